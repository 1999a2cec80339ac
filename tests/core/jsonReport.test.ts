import { checkTaskTable } from '../../src/core/checkTaskTable';
import { jsonReport } from '../../src/core/jsonReport';
import { seedRowOf, seedSheetGrid } from '../fixtures/seedGrid';
import { tableGrid } from '../fixtures/tables/tableGrid';

describe('jsonReport', () => {
  const report = jsonReport(checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' }));

  it('has exactly the contract’s fields', () => {
    expect(Object.keys(report)).toEqual(['sheet', 'headerRow', 'columns', 'tasks', 'findings', 'districts', 'level', 'headers', 'progress']);
    expect(Object.keys(report.columns)).toEqual(['no', 'task', 'lead', 'support', 'deadline', 'status']);
    expect(Object.keys(report.tasks[0] ?? {})).toEqual(['row', 'no', 'lead', 'support', 'deadline', 'state', 'quotas', 'quotaTotal', 'leader', 'progress', 'subRowOf', 'light', 'expected', 'progressRecord', 'collective']);
    expect(Object.keys(report.findings[0] ?? {})).toEqual(['code', 'severity', 'row', 'column', 'taskNo', 'unit', 'message', 'suggestion']);
    expect(Object.keys(report.districts[0] ?? {})).toEqual(['name', 'leadTasks', 'supportTasks', 'quotas', 'overdue', 'dueSoon']);
  });

  it('reports the seed’s task 8 with its quotas and deadline', () => {
    const task = report.tasks.find((t) => t.no === '8');
    expect(task).toMatchObject({
      row: seedRowOf(8),
      lead: ['马尾区', '闽侯县', '福清市'],
      deadline: { text: '11月底前', due: '2023-11-30', kind: 'date' },
      state: 'dueSoon',
      quotaTotal: { amount: 750_000_000, measure: '元' },
    });
    expect(task?.quotas).toContainEqual({ unit: '台江区', amount: 80_000_000, measure: '元' });
    expect(report.columns).toEqual({ no: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E', status: null });
  });

  it('says which of a task’s units are collective terms, kept as written and counted as no unit (Xuhui 109, the seed)', () => {
    const xuhui = checkTaskTable(tableGrid('xuhui-2006-shiyiwu-fenjie'), { asOf: '2010-06-30' });
    const tasks = jsonReport(xuhui).tasks;
    expect(tasks.find((t) => t.no === '109')).toMatchObject({ lead: ['教育局'], support: ['相关部门'], collective: ['相关部门'] });
    expect(tasks.find((t) => t.no === '114')).toMatchObject({ support: ['民政局', '残联', '13个街道、镇'], collective: ['13个街道、镇'] });
    expect(xuhui.units.map((u) => u.unit)).not.toContain('相关部门');
    expect(xuhui.units.map((u) => u.unit)).not.toContain('13个街道、镇');
    expect(xuhui.districts).toEqual([]);
    expect(report.tasks.find((t) => t.no === '9')).toMatchObject({ support: ['各预算主管部门'], collective: ['各预算主管部门'] });
    expect(report.tasks.find((t) => t.no === '8')?.collective).toEqual([]);
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('reports a single unit column as the lead column', () => {
    const single = jsonReport(checkTaskTable({ name: 'S', grid: [['序号', '工作任务', '责任单位'], [1, '调研', '市商务局、市财政局']] }, { asOf: '2023-11-20' }));
    expect(single.columns.lead).toBe('C');
    expect(single.tasks[0]).toMatchObject({ lead: ['市商务局'], support: ['市财政局'] });
  });
});
