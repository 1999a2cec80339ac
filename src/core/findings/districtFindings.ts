// A task that names nearly all of the table's districts was meant for all of them; the one left out is most likely a
// slip (the seed leaves 台江区 out of tasks whose text even gives it a quota).
import type { ColumnMap } from '../model';
import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingDraft, type RowCheck } from './findingFacts';
import { finish } from '../steps';

/** A task must name at least this many of the table's districts … */
const OMISSION_MIN_NAMED = 7;
/** … and at least this share of them, before a missing one counts as omitted. */
const OMISSION_MIN_SHARE = 0.75;

/** The districts the table names anywhere as lead or support, in registry order. */
function* tableDistrictsSteps(tasks: readonly AnalyzedTask[], registryDistricts: readonly string[], slice: number): Generator<void, string[]> {
  const named = new Set<string>();
  for (let i = 0; i < tasks.length; i += 1) {
    if ((i + 1) % slice === 0) yield;
    const { task } = tasks[i] as AnalyzedTask;
    for (const unit of task.lead) named.add(unit);
    for (const unit of task.support) named.add(unit);
  }
  return registryDistricts.filter((d) => named.has(d));
}

/** The districts the whole table names are found first; the rows are then checked a slice at a time. */
export function districtCheck(tasks: readonly AnalyzedTask[], registryDistricts: readonly string[], columns: ColumnMap, level: 'county' | 'town' = 'county'): RowCheck {
  return finish(districtCheckSteps(tasks, registryDistricts, columns, level));
}

/** As districtCheck, yielding after every `slice` tasks read for the districts the table names. */
export function* districtCheckSteps(
  tasks: readonly AnalyzedTask[],
  registryDistricts: readonly string[],
  columns: ColumnMap,
  level: 'county' | 'town' = 'county',
  slice = Number.POSITIVE_INFINITY,
): Generator<void, RowCheck> {
  const districts = yield* tableDistrictsSteps(tasks, registryDistricts, slice);
  const column = columns.support ?? columns.units ?? columns.lead;
  return (slice) => {
    const drafts: FindingDraft[] = [];
    for (const { task } of slice) {
      // Most tasks name a unit or two: too few districts to count as omitting one, whatever they name.
      if (task.lead.length + task.support.length < OMISSION_MIN_NAMED) continue;
      const responsible = new Set([...task.lead, ...task.support]);
      const named = districts.filter((d) => responsible.has(d)).length;
      if (named === districts.length || named < OMISSION_MIN_NAMED || named / districts.length < OMISSION_MIN_SHARE) continue;
      for (const district of districts.filter((d) => !responsible.has(d))) {
        drafts.push(draft('DISTRICT_OMITTED', { row: task.row, column, taskNo: task.no || null, unit: district, facts: { district, named, total: districts.length, level } }));
      }
    }
    return drafts;
  };
}
