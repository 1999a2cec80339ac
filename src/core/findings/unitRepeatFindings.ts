// The same unit listed twice. Within one cell it is a duplicate only for the same organ: 马尾区党工委 and 马尾区政府
// are two organs of one district. Across the lead and support columns the same standard unit is a contradiction.
import type { AnalyzedTask, PlacedMention } from './analyzedTask';
import { mentionName } from './analyzedTask';
import type { UnitMention } from '../units/parseUnitCell';
import { draft, type FindingDraft } from './findingFacts';

function organLabel(mention: UnitMention): string {
  if (mention.status !== 'known') return mention.written;
  return mention.organ ? `${mention.unit}${mention.organ}` : mention.unit;
}

/** Parsed mentions are shared by every row with the same cell text: each label is built once, not once per row. */
function cachedOrganLabel(): (mention: UnitMention) => string {
  const labels = new WeakMap<UnitMention, string>();
  return (mention) => {
    let label = labels.get(mention);
    if (label === undefined) {
      label = organLabel(mention);
      labels.set(mention, label);
    }
    return label;
  };
}

// A row lists a few units: comparing each with the others costs less than a map of string keys per row.
function duplicates(task: AnalyzedTask, labelOf: (mention: UnitMention) => string): FindingDraft[] {
  const { mentions } = task;
  const drafts: FindingDraft[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i] as PlacedMention;
    if (first.mention.status === 'collective') continue;
    const label = labelOf(first.mention);
    const same = (m: PlacedMention) => m.column === first.column && m.mention.status !== 'collective' && labelOf(m.mention) === label;
    // A group is reported at its first mention.
    if (mentions.slice(0, i).some(same)) continue;
    const count = 1 + mentions.slice(i + 1).filter(same).length;
    if (count < 2) continue;
    drafts.push(
      draft('UNIT_DUPLICATE', {
        row: task.task.row,
        column: first.column,
        taskNo: task.task.no || null,
        unit: mentionName(first.mention),
        facts: { written: label, count },
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
  const leadNames = new Set(lead.map((m) => mentionName(m.mention)));
  const reported = new Set<string>();
  const drafts: FindingDraft[] = [];
  for (const placed of support) {
    const name = mentionName(placed.mention);
    if (leadColumns.has(placed.column) || !leadNames.has(name) || reported.has(name)) continue;
    reported.add(name);
    drafts.push(draft('UNIT_LEAD_AND_SUPPORT', { row: task.task.row, column: placed.column, taskNo: task.task.no || null, unit: name, facts: { unit: name } }));
  }
  return drafts;
}

export function unitRepeatFindings(tasks: readonly AnalyzedTask[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const labelOf = cachedOrganLabel();
  for (const task of tasks) drafts.push(...duplicates(task, labelOf), ...leadAndSupport(task));
  return drafts;
}
