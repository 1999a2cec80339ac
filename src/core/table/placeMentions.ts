// Which units of a row lead and which support. With separate columns the column says it. With one column of
// responsible units the first-listed unit leads and the rest support, unless the cell says every unit leads its own
// part (分别牵头). All organs of the first-listed unit lead with it (马尾区党工委、政府 are both 马尾区).
import type { PlacedMention } from '../findings/analyzedTask';
import type { UnitMention } from '../units/parseUnitCell';
import type { TaskRow } from './tableLayout';

/** Words in a single unit cell that make every listed unit a lead. */
const ALL_LEAD_WORDS: readonly string[] = ['分别牵头', '各自牵头', '均为牵头单位'];

export interface MentionColumns {
  readonly lead: string | null;
  readonly support: string | null;
  readonly units: string | null;
}

function unitsColumnRoles(cell: string, mentions: readonly UnitMention[], column: string): PlacedMention[] {
  if (ALL_LEAD_WORDS.some((w) => cell.includes(w))) return mentions.map((mention) => ({ mention, column, role: 'lead' }));
  const first = mentions[0];
  const leader = first === undefined ? null : first.unit;
  return mentions.map((mention) => ({ mention, column, role: mention.unit === leader ? 'lead' : 'support' }));
}

export function placeMentions(row: TaskRow, columns: MentionColumns, parse: (cell: string) => readonly UnitMention[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  const { lead, units, support } = columns;
  if (lead !== null) for (const mention of parse(row.lead)) placed.push({ mention, column: lead, role: 'lead' });
  if (units !== null) placed.push(...unitsColumnRoles(row.units, parse(row.units), units));
  if (support !== null) for (const mention of parse(row.support)) placed.push({ mention, column: support, role: 'support' });
  return placed;
}
