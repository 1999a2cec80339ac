// Runs every check over the analysed tasks. Each check is a pure function in its own module. The checks that judge
// the table as a whole do so first; the rows are then checked a slice at a time, so that the engine can hand control
// back to its host between slices (checkPhases). The drafts come out in the order one pass over all rows would give.
import type { TableLayout } from '../table/tableLayout';
import type { AnalyzedTask } from './analyzedTask';
import { cellErrorFindings } from './cellErrorFindings';
import { deadlineFindings } from './deadlineFindings';
import { districtCheckSteps } from './districtFindings';
import type { FindingScan, RowCheck } from './findingFacts';
import { leadCheck } from './leadFindings';
import { quotaFindings } from './quotaFindings';
import { repeatedHeaders } from './tableFindings';
import { taskNumberCheck } from './taskNumberFindings';
import { taskTextFindings } from './taskTextFindings';
import { unitNameCheckSteps } from './unitNameFindings';
import { unitRepeatFindings } from './unitRepeatFindings';

export interface FindingContext {
  readonly layout: TableLayout;
  readonly tasks: readonly AnalyzedTask[];
  readonly registryDistricts: readonly string[];
  /** The level of those places (a district's table lists towns), for the words of a place left out. */
  readonly summaryLevel?: 'county' | 'town';
  readonly asOf: string;
}

/** The checks, set up on the whole table (yielding after every `slice` tasks read), ready to check it a slice at a time. */
export function* findingScanSteps({ layout, tasks, registryDistricts, summaryLevel, asOf }: FindingContext, slice = Number.POSITIVE_INFINITY): Generator<void, FindingScan> {
  const columns = layout.columns;
  const lead = leadCheck(tasks, columns);
  const unitNames = yield* unitNameCheckSteps(tasks, slice);
  const districts = yield* districtCheckSteps(tasks, registryDistricts, columns, summaryLevel, slice);
  const checks: readonly RowCheck[] = [
    taskNumberCheck(columns),
    (slice) => taskTextFindings(slice, columns),
    lead.rows,
    unitNames.rows,
    unitRepeatFindings,
    districts,
    (slice) => quotaFindings(slice, registryDistricts, columns),
    (slice) => deadlineFindings(slice, columns, asOf),
    cellErrorFindings,
  ];
  return { table: [...repeatedHeaders(layout), ...lead.table, ...unitNames.table], rows: (slice) => checks.flatMap((check) => check(slice)) };
}

/**
 * The tasks in slices of at least `size` rows, in order; a slice never parts the rows of one merged task cell, whose
 * quotas are read together.
 */
export function* taskSlices(tasks: readonly AnalyzedTask[], size: number): Generator<readonly AnalyzedTask[]> {
  let start = 0;
  while (start < tasks.length) {
    let end = Math.min(tasks.length, start + Math.max(1, size));
    while (end < tasks.length && (tasks[end] as AnalyzedTask).source.textInherited) end += 1;
    yield tasks.slice(start, end);
    start = end;
  }
}
