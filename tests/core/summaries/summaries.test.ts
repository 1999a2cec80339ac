import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { districtSummary } from '../../../src/core/summaries/districtSummary';
import { unitTaskList } from '../../../src/core/summaries/unitTaskList';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry } from '../../../src/core/units/unitRegistry';
import { seedRowOf, seedSheetGrid } from '../../fixtures/seedGrid';

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);
const { tasks } = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });

describe('districtSummary on the seed table', () => {
  const summary = districtSummary(tasks, registry.districts());
  const of = (name: string) => summary.find((d) => d.name === name);

  it('lists the nine districts in registry order, and none of the three not in the table', () => {
    expect(summary.map((d) => d.name)).toEqual(['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县']);
  });

  it('gives each district its lead and support tasks', () => {
    expect(of('马尾区')?.leadTasks).toEqual(['2', '3', '4', '5', '6', '7', '8', '10', '11', '13', '15', '18', '22', '23', '24', '26']);
    expect(of('福清市')?.leadTasks).toContain('14');
    expect(of('台江区')).toMatchObject({ leadTasks: [], supportTasks: ['2', '3', '4', '5', '6'] });
  });

  it('gives each district its quotas, 台江区 included where the text names it', () => {
    expect(of('福清市')?.quotas).toEqual([
      { taskNo: '8', amount: 90_000_000, measure: '元' },
      { taskNo: '11', amount: 134_000_000, measure: '元' },
      { taskNo: '18', amount: 17, measure: '名' },
      { taskNo: '23', amount: 3_000_000, measure: '元' },
    ]);
    expect(of('台江区')?.quotas.map((q) => q.taskNo)).toEqual(['8', '11', '18', '23']);
  });

  it('counts overdue (tasks 3, 18, 23) and due-soon tasks per district', () => {
    expect(of('马尾区')).toMatchObject({ overdue: 3, dueSoon: 10 });
    expect(of('台江区')).toMatchObject({ overdue: 1, dueSoon: 2 });
  });
});

describe('unitTaskList on the seed table', () => {
  const list = unitTaskList(tasks, { places: registry.districts(), categoryOf: registry.categoryOf, isCollective: registry.isCollective });

  it('lists districts first, then units as the table first names them, without collective terms', () => {
    expect(list.slice(0, 9).map((u) => u.unit)).toEqual(['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县']);
    expect(list.slice(9, 12).map((u) => u.unit)).toEqual(['市委办公厅', '市政府办公厅', '市乡村振兴局']);
    expect(list.map((u) => u.unit)).not.toContain('各签约单位');
    expect(list.map((u) => u.unit)).not.toContain('各预算主管部门');
  });

  it('gives each unit its tasks with role, deadline and state', () => {
    const media = list.find((u) => u.unit === '福州日报社');
    expect(media).toEqual({
      unit: '福州日报社',
      category: '媒体',
      tasks: [{ taskNo: '29', row: seedRowOf(29), role: 'support', deadline: { text: '全年', due: '2023-12-31', kind: 'date' }, state: 'onTrack' }],
    });
    expect(list.find((u) => u.unit === '前方工作组')?.tasks.filter((t) => t.role === 'lead').map((t) => t.taskNo)).toEqual(['4', '5', '12', '15', '18', '22', '26', '27']);
  });

  it('keeps unknown units, with no category', () => {
    expect(list.find((u) => u.unit === '市工党工委')).toMatchObject({ category: '', tasks: [expect.objectContaining({ taskNo: '13', role: 'lead' })] });
  });
});
