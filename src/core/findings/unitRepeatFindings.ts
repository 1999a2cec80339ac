// The same unit listed twice. Within one cell it is a duplicate only for the same organ: 马尾区党工委 and 马尾区政府
// are two organs of one district. Across the lead and support columns the same standard unit is a contradiction.
import type { AnalyzedTask, PlacedMention } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

/** What makes two mentions of a cell the same organ: the unit and its organ word, or the text of an unknown one. */
function organLabel({ mention }: PlacedMention): string {
  if (mention.status !== 'known') return mention.written;
  return mention.organ ? `${mention.unit}${mention.organ}` : mention.unit;
}

/**
 * The organ as the finding quotes it: a place's organ as the cell first writes it (鼓楼区委, which the unit and its
 * organ word run together would make 鼓楼区区委), so that Find in the cell meets it; its spelling is another finding's.
 */
function quotedOrgan(placed: PlacedMention): string {
  const { mention } = placed;
  return mention.status === 'known' && mention.organ ? mention.written : organLabel(placed);
}

function duplicates(task: AnalyzedTask): FindingDraft[] {
  const groups = new Map<string, PlacedMention[]>();
  for (const placed of task.mentions) {
    if (placed.mention.status === 'collective') continue;
    const key = `${placed.column}\u0000${organLabel(placed)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [placed]);
    else group.push(placed);
  }
  const drafts: FindingDraft[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0] as PlacedMention;
    drafts.push(
      draft('UNIT_DUPLICATE', {
        row: task.task.row,
        column: first.column,
        taskNo: task.task.no || null,
        unit: first.mention.unit,
        facts: { written: quotedOrgan(first), count: group.length },
      }),
    );
  }
  return drafts;
}

function leadAndSupport(task: AnalyzedTask): FindingDraft[] {
  const byRole = (role: 'lead' | 'support') => task.mentions.filter((m) => m.role === role && m.mention.status !== 'collective');
  const support = byRole('support');
  if (support.length === 0) return [];
  const lead = byRole('lead');
  // With one unit column the roles come from the order of one cell; a repeat there is a duplicate, not a contradiction.
  const leadColumns = new Set(lead.map((m) => m.column));
  const leadNames = new Set(lead.map((m) => m.mention.unit));
  const reported = new Set<string>();
  const drafts: FindingDraft[] = [];
  for (const placed of support) {
    const name = placed.mention.unit;
    if (leadColumns.has(placed.column) || !leadNames.has(name) || reported.has(name)) continue;
    reported.add(name);
    drafts.push(draft('UNIT_LEAD_AND_SUPPORT', { row: task.task.row, column: placed.column, taskNo: task.task.no || null, unit: name, facts: { unit: name } }));
  }
  return drafts;
}

export function unitRepeatFindings(tasks: readonly AnalyzedTask[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const task of tasks) drafts.push(...duplicates(task), ...leadAndSupport(task));
  return drafts;
}
