// Unit names the registry does not know, or knows under another spelling. When the registry knows too few of the
// table's units (another city's table), one finding says so instead of flagging nearly every cell.
import type { AnalyzedTask, PlacedMention } from './analyzedTask';
import { mentionName } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

/** Share of the table's distinct units that must be unknown before the registry is judged not to cover the table. */
export const NOT_COVERING_SHARE = 0.5;
/** Below this many distinct units a table is too small to judge the registry by. */
export const NOT_COVERING_MIN_UNITS = 4;
const EXAMPLES = 3;

function coverage(tasks: readonly AnalyzedTask[]): { unknown: string[]; total: number } {
  const known = new Set<string>();
  const unknown = new Set<string>();
  for (const { mentions } of tasks) {
    for (const { mention } of mentions) {
      if (mention.status === 'known') known.add(mention.unit);
      else if (mention.status === 'unknown') unknown.add(mention.written);
    }
  }
  return { unknown: [...unknown], total: known.size + unknown.size };
}

function mentionDraft(task: AnalyzedTask, placed: PlacedMention): FindingDraft | null {
  const { mention, column } = placed;
  const at = { row: task.task.row, column, taskNo: task.task.no || null, unit: mentionName(mention) };
  if (mention.status === 'unknown') return draft('UNIT_UNKNOWN', { ...at, facts: { written: mention.written, closest: mention.suggestion ?? null } });
  if (mention.status === 'known' && mention.standardForm)
    return draft('UNIT_NONSTANDARD', { ...at, facts: { written: mention.written, standardForm: mention.standardForm } });
  return null;
}

export function unitNameFindings(tasks: readonly AnalyzedTask[]): FindingDraft[] {
  const { unknown, total } = coverage(tasks);
  const notCovering = total >= NOT_COVERING_MIN_UNITS && unknown.length / total > NOT_COVERING_SHARE;
  const drafts: FindingDraft[] = notCovering
    ? [draft('REGISTRY_NOT_COVERING', { row: null, column: null, taskNo: null, unit: null, facts: { unknown: unknown.length, total, examples: unknown.slice(0, EXAMPLES) } })]
    : [];
  for (const task of tasks) {
    // One finding per spelling and cell: a spelling repeated in a cell is the duplicate check's business.
    const seen = new Set<string>();
    for (const placed of task.mentions) {
      const key = `${placed.column}\u0000${placed.mention.written}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = mentionDraft(task, placed);
      if (found && !(notCovering && found.code === 'UNIT_UNKNOWN')) drafts.push(found);
    }
  }
  return drafts;
}
