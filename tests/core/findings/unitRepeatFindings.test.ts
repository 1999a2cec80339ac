// Duplicates are grouped per cell: groups come out in the order of their first mention, and the same organ in the lead
// and the support column is no duplicate of either cell.
import type { AnalyzedTask, PlacedMention } from '../../../src/core/findings/analyzedTask';
import { unitRepeatFindings } from '../../../src/core/findings/unitRepeatFindings';
import type { Task } from '../../../src/core/model';
import type { TaskRow } from '../../../src/core/table/tableLayout';
import { parseUnitCell } from '../../../src/core/units/parseUnitCell';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry } from '../../../src/core/units/unitRegistry';

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);

function task(lead: string, support: string): AnalyzedTask {
  const mentions: PlacedMention[] = [
    ...parseUnitCell(lead, registry).map((mention) => ({ mention, column: 'C', role: 'lead' as const })),
    ...parseUnitCell(support, registry).map((mention) => ({ mention, column: 'D', role: 'support' as const })),
  ];
  const source: TaskRow = { kind: 'task', row: 7, no: '5', noInherited: false, text: '', textInherited: false, lead, support, units: '', deadline: null, status: '', section: 0, errors: [], ownText: '', subRowOf: null, target: '', measure: '', leader: '', firstListedLeads: false };
  const plain: Task = {
    row: 7,
    no: '5',
    text: '',
    lead: [...new Set(mentions.filter((m) => m.role === 'lead').map((m) => m.mention.unit))],
    support: [...new Set(mentions.filter((m) => m.role === 'support').map((m) => m.mention.unit))],
    deadline: { text: '', due: null, kind: 'missing' },
    state: 'unknown',
    status: '',
    quotas: [],
    quotaTotal: null,
  };
  return { source, task: plain, mentions };
}

describe('unitRepeatFindings', () => {
  it('reports each repeated organ of a cell once, in the order first written, with its count', () => {
    const found = unitRepeatFindings([task('马尾区党工委、政府、党工委、政府、政府', '')]);
    expect(found.map((f) => [f.code, f.column, f.facts])).toEqual([
      ['UNIT_DUPLICATE', 'C', { written: '马尾区党工委', count: 2 }],
      ['UNIT_DUPLICATE', 'C', { written: '马尾区政府', count: 3 }],
    ]);
  });

  it('quotes a place\'s organ as the cell writes it, not its unit and organ word run together', () => {
    const found = unitRepeatFindings([task('鼓楼区委、鼓楼区委、台江区党工委、台江区党工委', '')]);
    expect(found.map((f) => f.facts)).toEqual([
      { written: '鼓楼区委', count: 2 },
      { written: '台江区党工委', count: 2 },
    ]);
  });

  it('counts a repeat within the support cell, and the lead written again in it as leading and supporting', () => {
    const found = unitRepeatFindings([task('市商务局', '市商务局、市发改委、市商务局')]);
    expect(found.map((f) => [f.code, f.column, f.unit])).toEqual([
      ['UNIT_DUPLICATE', 'D', '市商务局'],
      ['UNIT_LEAD_AND_SUPPORT', 'D', '市商务局'],
    ]);
  });
});
