// Which units of a row lead and which support. With separate columns the column says it. With one column of
// responsible units the first-listed unit leads and the rest support, unless the cell says every unit leads its own
// part (分别牵头). All organs of the first-listed unit lead with it (马尾区党工委、政府 are both 马尾区). Conventions the
// table states apply too (tableConventions.ts): under "列第一位的为牵头单位" only the first unit of a lead cell leads;
// and where the second column is headed 责任单位, a row without a 牵头单位 is led by its 责任单位. A role the cell states of
// a unit in its own words (市发改委牵头，市财政局配合; 配合单位：…) is that unit's, in whatever column.
import type { PlacedMention } from '../findings/analyzedTask';
import type { UnitMention } from '../units/parseUnitCell';
import { saysAllLead } from './tableConventions';
import type { TaskRow } from './tableLayout';

export interface MentionColumns {
  readonly lead: string | null;
  readonly support: string | null;
  readonly units: string | null;
}

export interface MentionRules {
  /** The supporting column is headed 责任单位 (beside 牵头单位): its units lead a row that leaves 牵头单位 empty. */
  readonly supportIsUnits: boolean;
}

/** The first-listed unit (with its other organs) leads, the rest support; 分别牵头 makes all lead. */
function firstListedRoles(cell: string, mentions: readonly UnitMention[], column: string): PlacedMention[] {
  if (saysAllLead(cell)) return mentions.map((mention) => ({ mention, column, role: 'lead' }));
  const first = mentions[0];
  const leader = first === undefined ? null : first.unit;
  return mentions.map((mention) => ({ mention, column, role: mention.unit === leader ? 'lead' : 'support' }));
}

/** Whether the row's leads come from its 责任单位 column (无牵头单位的，责任单位即为牵头单位). */
export function ledByUnitsColumn(row: TaskRow, columns: MentionColumns, rules: MentionRules): boolean {
  return rules.supportIsUnits && columns.lead !== null && row.lead === '' && row.support !== '';
}

/** A role the cell states in its own words (市发改委牵头，市财政局配合) wins over the one its column gives. */
const asStated = (placed: PlacedMention): PlacedMention =>
  placed.mention.statedRole === null || placed.mention.statedRole === placed.role ? placed : { ...placed, role: placed.mention.statedRole };

export function placeMentions(row: TaskRow, columns: MentionColumns, parse: (cell: string) => readonly UnitMention[], rules: MentionRules = { supportIsUnits: false }): PlacedMention[] {
  return columnPlacements(row, columns, parse, rules).map(asStated);
}

function columnPlacements(row: TaskRow, columns: MentionColumns, parse: (cell: string) => readonly UnitMention[], rules: MentionRules): PlacedMention[] {
  const placed: PlacedMention[] = [];
  const { lead, units, support } = columns;
  if (lead !== null) {
    const mentions = parse(row.lead);
    if (row.firstListedLeads) placed.push(...firstListedRoles(row.lead, mentions, lead));
    else for (const mention of mentions) placed.push({ mention, column: lead, role: 'lead' });
  }
  if (units !== null) placed.push(...firstListedRoles(row.units, parse(row.units), units));
  if (support !== null) {
    const role = ledByUnitsColumn(row, columns, rules) ? 'lead' : 'support';
    for (const mention of parse(row.support)) placed.push({ mention, column: support, role });
  }
  return placed;
}
