// The checks one by one, over tasks built as the pipeline builds them, with mentions from the real unit parser.
import type { AnalyzedTask } from '../../../src/core/findings/analyzedTask';
import { districtCheck, districtCheckSteps } from '../../../src/core/findings/districtFindings';
import { compareFindings, finalizeFindings } from '../../../src/core/findings/finalizeFindings';
import { quotaFindings } from '../../../src/core/findings/quotaFindings';
import { unitRepeatFindings } from '../../../src/core/findings/unitRepeatFindings';
import type { ColumnMap, Quota, QuotaTotal, Task } from '../../../src/core/model';
import { placeMentions } from '../../../src/core/table/placeMentions';
import type { TaskRow } from '../../../src/core/table/tableLayout';
import { parseUnitCell } from '../../../src/core/units/parseUnitCell';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry } from '../../../src/core/units/unitRegistry';

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);
const DISTRICTS = registry.districts();
const COLUMNS: ColumnMap = { no: 'A', task: 'B', lead: 'C', support: 'D', units: null, deadline: 'E', status: null };

function analyzed(lead: string, support: string, quotas: Quota[] = [], quotaTotal: QuotaTotal | null = null, row = 5): AnalyzedTask {
  const source: TaskRow = { kind: 'task', row, no: '8', noInherited: false, text: '', textInherited: false, lead, support, units: '', deadline: null, status: '', section: 0, errors: [], ownText: '', subRowOf: null, target: '', measure: '', leader: '', firstListedLeads: false };
  const mentions = placeMentions(source, COLUMNS, (cell) => parseUnitCell(cell, registry));
  const names = (role: 'lead' | 'support') => [...new Set(mentions.filter((m) => m.role === role).map((m) => m.mention.unit))];
  const task: Task = {
    row,
    no: '8',
    text: '',
    lead: names('lead'),
    support: names('support'),
    deadline: { text: '', due: null, kind: 'missing' },
    state: 'unknown',
    status: '',
    quotas,
    quotaTotal,
  };
  return { source, task, mentions };
}

const yuan = (unit: string, amount: number): Quota => ({ unit, amount, measure: '元' });

describe('unit repeats', () => {
  it('does not count two organs of one district as a duplicate', () => {
    expect(unitRepeatFindings([analyzed('马尾区党工委、政府', '')])).toEqual([]);
  });

  it('counts the same organ twice in a cell once, with how often', () => {
    const [found] = unitRepeatFindings([analyzed('福清市党委、政府、政府、政府', '')]);
    expect(found).toMatchObject({ code: 'UNIT_DUPLICATE', column: 'C', unit: '福清市', facts: { written: '福清市政府', count: 3 } });
  });

  it('finds a unit that both leads and supports', () => {
    expect(unitRepeatFindings([analyzed('市商务局 前方工作组', '前方工作组')])).toEqual([
      expect.objectContaining({ code: 'UNIT_LEAD_AND_SUPPORT', column: 'D', unit: '前方工作组' }),
    ]);
  });
});

describe('district omissions', () => {
  const nine = '马尾区党工委、政府 闽侯县委、政府 福清市委、政府';
  const others = '鼓楼区委、政府 晋安区委、政府 仓山区委、政府 台江区委、政府 长乐区委、政府 连江县委、政府';

  it('finds the one district a task leaves out of the table’s nine', () => {
    const tasks = [analyzed(nine, others), analyzed(nine, others.replace('台江区委、政府 ', ''), [], null, 6)];
    expect(districtCheck(tasks, DISTRICTS, COLUMNS)(tasks)).toEqual([
      expect.objectContaining({ code: 'DISTRICT_OMITTED', row: 6, column: 'D', unit: '台江区', facts: { district: '台江区', named: 8, total: 9, level: 'county' } }),
    ]);
  });

  it('reads the districts the table names a slice of tasks at a time when asked, to the same findings', () => {
    const tasks = [analyzed(nine, others), analyzed(nine, others), analyzed(nine, others.replace('台江区委、政府 ', ''), [], null, 6)];
    const steps = districtCheckSteps(tasks, DISTRICTS, COLUMNS, 'county', 1);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(yields).toBe(3);
    expect(step.value(tasks)).toEqual(districtCheck(tasks, DISTRICTS, COLUMNS)(tasks));
    expect(step.value(tasks)).toHaveLength(1);
  });

  it('leaves alone tasks that name only a few districts', () => {
    const tasks = [analyzed(nine, others), analyzed(nine, '', [], null, 6)];
    expect(districtCheck(tasks, DISTRICTS, COLUMNS)(tasks)).toEqual([]);
  });
});

describe('quota checks', () => {
  it('accepts parts that add up to the total (seed task 8: 3×9000万 + 6×8000万 = 7.5亿)', () => {
    const quotas = [...['马尾区', '闽侯县', '福清市'].map((u) => yuan(u, 9e7)), ...['鼓楼区', '长乐区', '仓山区', '晋安区', '台江区', '连江县'].map((u) => yuan(u, 8e7))];
    const task = analyzed('马尾区党工委 闽侯县委 福清市委', '鼓楼区委 晋安区委 仓山区委 台江区委 长乐区委 连江县委', quotas, { amount: 7.5e8, measure: '元' });
    expect(quotaFindings([task], DISTRICTS, COLUMNS)).toEqual([]);
  });

  it('reports parts that do not add up', () => {
    const task = analyzed('马尾区党工委 闽侯县委', '', [yuan('马尾区', 1.33e8), yuan('闽侯县', 1.33e8)], { amount: 3e8, measure: '元' });
    expect(quotaFindings([task], DISTRICTS, COLUMNS)).toEqual([
      expect.objectContaining({ code: 'QUOTA_SUM_MISMATCH', column: 'B', facts: { sum: 2.66e8, total: 3e8, measure: '元' } }),
    ]);
  });

  it('takes a district’s share as its own where the task names the districts as a group, not where it names departments', () => {
    const grouped = (support: string, collective: string[]): AnalyzedTask => {
      const task = analyzed('市人社局', support, [yuan('马尾区', 5e3), yuan('台江区', 5e3)]);
      return { ...task, task: { ...task.task, collective } };
    };
    expect(quotaFindings([grouped('各县（市）区', ['各县（市）区'])], DISTRICTS, COLUMNS)).toEqual([]);
    expect(quotaFindings([grouped('各区、县（市）政府', ['各区、县（市）政府'])], DISTRICTS, COLUMNS)).toEqual([]);
    expect(quotaFindings([grouped('市直各部门', ['市直各部门'])], DISTRICTS, COLUMNS).map((f) => [f.code, f.unit])).toEqual([
      ['QUOTA_UNIT_NOT_RESPONSIBLE', '马尾区'],
      ['QUOTA_UNIT_NOT_RESPONSIBLE', '台江区'],
    ]);
  });

  it('reports a share for a unit the task does not name, and a district without the share its peers have', () => {
    const task = analyzed('马尾区党工委 闽侯县委 福清市委', '', [yuan('马尾区', 9e7), yuan('闽侯县', 9e7), yuan('台江区', 8e7)]);
    const found = quotaFindings([task], DISTRICTS, COLUMNS);
    expect(found.map((f) => [f.code, f.unit])).toEqual([
      ['QUOTA_UNIT_NOT_RESPONSIBLE', '台江区'],
      ['QUOTA_SHARE_MISSING', '福清市'],
    ]);
  });
});

describe('finalizing', () => {
  it('orders by row, then column number (B before AA), then code, table findings first', () => {
    const f = (row: number | null, column: string | null, code: 'UNIT_UNKNOWN' | 'DEADLINE_MISSING') => ({ row, column, code });
    const list = [f(3, 'AA', 'UNIT_UNKNOWN'), f(3, 'B', 'UNIT_UNKNOWN'), f(2, 'C', 'UNIT_UNKNOWN'), f(3, 'B', 'DEADLINE_MISSING'), f(null, null, 'UNIT_UNKNOWN')];
    expect(list.sort(compareFindings)).toEqual([f(null, null, 'UNIT_UNKNOWN'), f(2, 'C', 'UNIT_UNKNOWN'), f(3, 'B', 'DEADLINE_MISSING'), f(3, 'B', 'UNIT_UNKNOWN'), f(3, 'AA', 'UNIT_UNKNOWN')]);
  });

  it('takes severity from the table and words from the language', () => {
    const draft = { code: 'QUOTA_SUM_MISMATCH' as const, row: 9, column: 'B', taskNo: '8', unit: null, facts: { sum: 7e8, total: 7.5e8, measure: '元' } };
    expect(finalizeFindings([draft], 'zh-CN')[0]).toEqual({
      code: 'QUOTA_SUM_MISMATCH',
      severity: 'error',
      row: 9,
      column: 'B',
      taskNo: '8',
      unit: null,
      message: '各单位分解数合计7亿元，与总数7.5亿元不符。',
      suggestion: '核对总数和各单位分解数。',
    });
    expect(finalizeFindings([draft], 'en-US')[0]?.message).toBe('The shares add up to 700,000,000 yuan, not the stated total of 750,000,000 yuan.');
  });
});
