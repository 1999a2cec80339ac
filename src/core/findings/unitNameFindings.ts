// Unit names the registry does not know, or knows under another spelling. When the registry knows too few of the
// table's units (another city's table), one finding says so instead of flagging nearly every cell.
import type { UnitMention } from '../units/parseUnitCell';
import type { AnalyzedTask, PlacedMention } from './analyzedTask';
import { draft, type FindingDraft, type FindingFactsByCode, type FindingScan } from './findingFacts';
import { memoizeByObject } from '../memoize';

/** Share of the table's distinct units that must be unknown before the registry is judged not to cover the table. */
const NOT_COVERING_SHARE = 0.5;
/** Below this many distinct units a table is too small to judge the registry by. */
const NOT_COVERING_MIN_UNITS = 4;
const EXAMPLES = 3;

function* coverageSteps(tasks: readonly AnalyzedTask[], slice: number): Generator<void, { unknown: string[]; total: number }> {
  const known = new Set<string>();
  const unknown = new Set<string>();
  for (let i = 0; i < tasks.length; i += 1) {
    if ((i + 1) % slice === 0) yield;
    for (const { mention } of (tasks[i] as AnalyzedTask).mentions) {
      if (mention.status === 'known') known.add(mention.unit);
      else if (mention.status === 'unknown') unknown.add(mention.written);
    }
  }
  return { unknown: [...unknown], total: known.size + unknown.size };
}

type UnitNameFinding =
  | { readonly code: 'UNIT_UNKNOWN'; readonly facts: FindingFactsByCode['UNIT_UNKNOWN'] }
  | { readonly code: 'UNIT_NONSTANDARD'; readonly facts: FindingFactsByCode['UNIT_NONSTANDARD'] };

/** At least this many departments written with a level before one written without it counts as a slip. */
const OWN_LEVEL_MIN = 3;
/** … and those written without it must be fewer than this share of those written with it. */
const WITHOUT_LEVEL_SHARE = 1 / 3;

/**
 * The level a table writes its departments with (区 of 区发改局, 区财政局 …), when it nearly always does: a department
 * it then writes without one (Lishan's 税务局) is a slip. A table that writes them all without (教育局, 民政局) has none.
 */
function* ownDepartmentLevelSteps(tasks: readonly AnalyzedTask[], slice: number): Generator<void, string | null> {
  const seen = new Set<UnitMention>();
  const levels = new Map<string, number>();
  let without = 0;
  for (let i = 0; i < tasks.length; i += 1) {
    if ((i + 1) % slice === 0) yield;
    for (const { mention } of (tasks[i] as AnalyzedTask).mentions) {
      if (mention.basis !== 'form' || !mention.takesLevel || seen.has(mention)) continue;
      seen.add(mention);
      if (mention.formLevel === null) without += 1;
      else levels.set(mention.formLevel, (levels.get(mention.formLevel) ?? 0) + 1);
    }
  }
  const [level, count] = [...levels].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const written = [...levels.values()].reduce((s, n) => s + n, 0);
  return level !== null && count >= OWN_LEVEL_MIN && count === written && without > 0 && without < written * WITHOUT_LEVEL_SHARE ? level : null;
}

function judgeWith(level: string | null): (mention: UnitMention) => UnitNameFinding | null {
  return (mention) => {
    if (mention.status === 'unknown') return { code: 'UNIT_UNKNOWN', facts: { written: mention.written, closest: mention.suggestion ?? null } };
    if (mention.status === 'known' && mention.standardForm) return { code: 'UNIT_NONSTANDARD', facts: { written: mention.written, standardForm: mention.standardForm } };
    if (level !== null && mention.basis === 'form' && mention.takesLevel && mention.formLevel === null) {
      return { code: 'UNIT_NONSTANDARD', facts: { written: mention.written, standardForm: level + mention.written } };
    }
    return null;
  };
}

/** A row holds a few mentions: a scan back costs less than a set of keys per row. */
function writtenBefore(mentions: readonly PlacedMention[], i: number): boolean {
  const { column, mention } = mentions[i] as PlacedMention;
  for (let j = 0; j < i; j += 1) {
    const other = mentions[j] as PlacedMention;
    if (other.column === column && other.mention.written === mention.written) return true;
  }
  return false;
}

/**
 * The registry's coverage and the table's own level are judged on the whole table, yielding after every `slice` tasks
 * read; the rows are then checked a slice at a time.
 */
export function* unitNameCheckSteps(tasks: readonly AnalyzedTask[], slice = Number.POSITIVE_INFINITY): Generator<void, FindingScan> {
  const { unknown, total } = yield* coverageSteps(tasks, slice);
  const notCovering = total >= NOT_COVERING_MIN_UNITS && unknown.length / total > NOT_COVERING_SHARE;
  const table: FindingDraft[] = notCovering
    ? [draft('REGISTRY_NOT_COVERING', { row: null, column: null, taskNo: null, unit: null, facts: { unknown: unknown.length, total, examples: unknown.slice(0, EXAMPLES) } })]
    : [];
  // The judgement depends on the parsed mention alone, and the units phase hands every row with the same cell text the
  // same mention objects: judging each once lets thousands of findings share one facts object, put into words once.
  const judgeMention = memoizeByObject(judgeWith(yield* ownDepartmentLevelSteps(tasks, slice)));
  const rows = (slice: readonly AnalyzedTask[]): FindingDraft[] => {
    const drafts: FindingDraft[] = [];
    for (const task of slice) {
      const { mentions } = task;
      for (let i = 0; i < mentions.length; i += 1) {
        const { mention, column } = mentions[i] as PlacedMention;
        // One finding per spelling and cell: a spelling repeated in a cell is the duplicate check's business.
        if (writtenBefore(mentions, i)) continue;
        const found = judgeMention(mention);
        if (found === null || (notCovering && found.code === 'UNIT_UNKNOWN')) continue;
        // Built directly rather than through draft(): this runs for most of a table's findings.
        const { code, facts } = found;
        drafts.push({ code, row: task.task.row, column, taskNo: task.task.no || null, unit: mention.unit, facts } as FindingDraft);
      }
    }
    return drafts;
  };
  return { table, rows };
}
