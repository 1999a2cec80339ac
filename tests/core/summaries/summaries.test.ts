import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { Task } from '../../../src/core/model';
import { districtSummary, placeTotals } from '../../../src/core/summaries/districtSummary';
import { countTasks, taskStateCounts } from '../../../src/core/summaries/taskCounts';
import { planTitle } from '../../../src/core/summaries/planTitle';
import { sharesAddUp } from '../../../src/core/summaries/sharesAddUp';
import { isOwnLevel } from '../../../src/core/summaries/summaryPlaces';
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

describe('a level’s own share in the district summary', () => {
  const task = (no: string, quotas: Task['quotas']): Task => ({
    row: 6,
    no,
    text: '',
    lead: ['市总工会'],
    support: quotas.map((q) => q.unit),
    deadline: { text: '', due: null, kind: 'missing' },
    state: 'unknown',
    status: '',
    quotas,
    quotaTotal: null,
  });
  const tasks = [
    task('1', [{ unit: '东坡区', amount: 80, measure: '人' }, { unit: '彭山区', amount: 80, measure: '人' }]),
    task('2', [{ unit: '东坡区', amount: 30, measure: '人' }, { unit: '市本级', amount: 60, measure: '人' }]),
  ];

  it('is a row of its own before the places, with its share, so that the rows add up to the whole', () => {
    const summary = districtSummary(tasks, ['东坡区', '彭山区']);
    expect(summary.map((d) => d.name)).toEqual(['市本级', '东坡区', '彭山区']);
    expect(summary[0]).toMatchObject({ leadTasks: [], supportTasks: ['2'], quotas: [{ taskNo: '2', amount: 60, measure: '人' }] });
    expect(placeTotals(tasks, summary.map((d) => d.name))).toMatchObject({ lead: 0, support: 2 });
  });

  it('is known by its ending, whatever the level', () => {
    expect(['市本级', '区本级', '眉山市本级'].map(isOwnLevel)).toEqual([true, true, true]);
    expect(['本级', '市本级单位财政局', '东坡区'].map(isOwnLevel)).toEqual([false, false, false]);
  });
});

describe('sharesAddUp', () => {
  it('adds counts and amounts, never a rate or a ceiling to stay under', () => {
    expect(sharesAddUp('人', '城镇新增就业(人)')).toBe(true);
    expect(sharesAddUp('元', '推动消费帮扶，2023年帮助宁夏销售农副产品7.5亿元以上')).toBe(true);
    expect(sharesAddUp('%', '农林牧渔业增加值增幅')).toBe(false);
    expect(sharesAddUp('‰', '人口自然增长率')).toBe(false);
    expect(sharesAddUp('%', '城镇登记失业率低于(%)')).toBe(false);
    expect(sharesAddUp('家', '超标排放企业数量控制在2家以内')).toBe(false);
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
      tasks: [{ taskNo: '29', row: seedRowOf(29), role: 'support', deadline: { text: '全年', due: '2023-12-31', kind: 'date' }, state: 'onTrack', parts: [28] }],
    });
    expect(tasks[28]?.row).toBe(seedRowOf(29));
    expect(list.find((u) => u.unit === '前方工作组')?.tasks.filter((t) => t.role === 'lead').map((t) => t.taskNo)).toEqual(['4', '5', '12', '15', '18', '22', '26', '27']);
  });

  it('lists a task over several rows once per unit, as lead where any row says so, with each row naming the unit as a part', () => {
    const grid = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [1, '整改背街小巷', '市城管局', '区住建局', '2023-06-30'],
      [null, '整改农贸市场', '区住建局', '市城管局', '2023-12-31'],
      [null, '整改城中村', '区城管局', '市城管局', '2023-12-31'],
      [2, '整改公厕', '区住建局', null, '2023-12-31'],
    ];
    const { tasks: rows } = checkTaskTable({ name: '问题清单', grid }, { asOf: '2023-11-20' });
    const own = unitTaskList(rows, { places: [], categoryOf: () => null, isCollective: () => false });
    expect(own.find((u) => u.unit === '区住建局')?.tasks.map((t) => [t.taskNo, t.role, t.parts])).toEqual([
      ['1', 'lead', [0, 1]],
      ['2', 'lead', [3]],
    ]);
    expect(own.find((u) => u.unit === '区城管局')?.tasks.map((t) => t.parts)).toEqual([[2]]);
  });

  it('keeps unknown units, with no category', () => {
    expect(list.find((u) => u.unit === '市工党工委')).toMatchObject({ category: '', tasks: [expect.objectContaining({ taskNo: '13', role: 'lead' })] });
  });
});

describe('the totals of the seed’s district summary', () => {
  const totals = placeTotals(tasks, registry.districts());

  it('counts tasks of the plan, each once however many districts share it', () => {
    // Tasks 3, 18 and 23 are overdue: three tasks, though 25 district rows count them.
    expect(totals.overdue).toBe(3);
    const perDistrict = districtSummary(tasks, registry.districts()).reduce((sum, d) => sum + d.overdue, 0);
    expect(perDistrict).toBeGreaterThan(20);
    const ledByDistricts = new Set(districtSummary(tasks, registry.districts()).flatMap((d) => d.leadTasks));
    expect(totals.lead).toBe(ledByDistricts.size);
  });

  it('counts a task one district leads and another supports under both, and nothing for places the table does not name', () => {
    const task = (row: number, lead: string[], support: string[], state: Task['state'], subRowOf?: number): Task => ({
      row,
      no: String(subRowOf ?? row),
      text: '',
      lead,
      support,
      deadline: { text: '', due: null, kind: 'missing' },
      state,
      status: '',
      quotas: [],
      quotaTotal: null,
      ...(subRowOf === undefined ? {} : { subRowOf }),
    });
    const rows = [task(2, ['马尾区'], ['闽侯县'], 'overdue'), task(3, [], ['马尾区'], 'overdue', 2), task(4, ['市商务局'], [], 'dueSoon')];
    expect(placeTotals(rows, ['马尾区', '闽侯县'])).toEqual({ lead: 1, support: 1, overdue: 1, dueSoon: 0 });
  });
});

describe('taskStateCounts', () => {
  it('counts the seed’s 29 tasks, each once', () => {
    const counts = taskStateCounts(tasks);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(countTasks(tasks));
    expect(counts).toMatchObject({ overdue: 3, dueSoon: 19 });
  });

  it('counts a task over several rows once, in the most pressing of its rows’ states', () => {
    const grid = [
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '整改背街小巷', '市城管局', '2023-06-30'],
      [null, null, '区住建局', '2023-12-31'],
      [null, null, '区城管局', null],
      [2, '整改农贸市场', '市市场监管局', '2023-12-31'],
    ];
    const { tasks: rows } = checkTaskTable({ name: '问题清单', grid }, { asOf: '2023-11-20' });
    expect(rows).toHaveLength(4);
    expect(taskStateCounts(rows)).toEqual({ overdue: 1, dueSoon: 0, onTrack: 1, ongoing: 0, done: 0, unknown: 0 });
  });
});

describe('planTitle', () => {
  it('takes the line above the header that names the plan, not a label or a note', () => {
    expect(planTitle(['附件1', '2023年闽宁协作福州市重点工作分方案', '说明：排在第一位的为牵头单位'])).toBe('2023年闽宁协作福州市重点工作分方案');
    expect(planTitle(['创文进行时丨27个问题清单曝光,要求限期整改'])).toBe('创文进行时丨27个问题清单曝光,要求限期整改');
  });

  it('has none when the rows above hold only labels or a paragraph', () => {
    expect(planTitle(['附件', '表一'])).toBeNull();
    expect(planTitle(['为深入贯彻习近平总书记关于东西部协作的重要指示精神，根据6月25日《福建省东西部扶贫协作工作办公室关于印发〈2023年闽宁协作重点工作任务分工方案〉的通知》精神，现印发。'])).toBeNull();
  });
});
