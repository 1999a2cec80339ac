// The nine real tables of tests/fixtures/tables, each held to the ground truth a clerk states for it (the shared
// tables README): tasks, leads and supports of representative rows, targets, deadlines, states, and no false finding
// on a sound row. The grids come from the transcriptions; the last test reads every .xlsx as the file host does and
// finds the same.
import * as fs from 'fs';
import { checkTaskTable } from '../../src/core/checkTaskTable';
import type { CheckResult, FindingCode, Task } from '../../src/core/model';
import { planWorkbookOutput } from '../../src/core/plan/planWorkbookOutput';
import { countTasks } from '../../src/core/summaries/taskCounts';
import { checkWorkbookTable } from '../../src/xlsx/checkWorkbook';
import { rowOf, TABLE_NAMES, tableGrid, tablePath, type TableName } from '../fixtures/tables/tableGrid';

const AS_OF = '2026-12-01';
const check = (name: TableName): CheckResult => checkTaskTable(tableGrid(name), { asOf: AS_OF });
const byNo = (result: CheckResult, no: string): Task => {
  const task = result.tasks.find((t) => t.no === no && t.subRowOf === undefined);
  if (!task) throw new Error(`no task ${no}`);
  return task;
};
const codes = (result: CheckResult): FindingCode[] => result.findings.map((f) => f.code);
const severe = (result: CheckResult) => result.findings.filter((f) => f.severity !== 'info');

describe('jindong-2024-minsheng-fenjie (金东区: a district table, 事项分类 merged over its items)', () => {
  const result = check('jindong-2024-minsheng-fenjie');

  it('reads 9 tasks, one per row, with 事项分类 as a grouping and 项目内容 as part of the text', () => {
    expect(result.tasks.map((t) => t.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(result.headers?.map((h) => h.role)).toEqual(['no', 'category', 'task', 'taskDetail', 'lead', 'support']);
    expect(byNo(result, '2').text).toBe('中小学校清廉阳光厨房建设\n对28所中小学校食堂安装数字化验收平台。');
    expect(result.level).toEqual({ level: 'district', place: '金东区', summaryLevel: 'town' });
  });

  it('gives task 1 its lead and its ten supporting units, one a line', () => {
    expect(byNo(result, '1').lead).toEqual(['区教体局']);
    expect(byNo(result, '1').support).toEqual(['东孝街道', '孝顺镇', '傅村镇', '曹宅镇', '澧浦镇', '区发改局', '金义新区发展集团', '区城投集团', '区社发公司', '区资规分局']);
  });

  it('reads the / of task 2 as no supporting unit, and 团区委 leading task 8 with a collective term', () => {
    expect(byNo(result, '2')).toMatchObject({ lead: ['区教体局'], support: [] });
    expect(byNo(result, '8')).toMatchObject({ lead: ['团区委'], support: ['各乡镇（街道）', '区总工会', '区妇联', '区教体局'] });
  });

  it('gives no unit a share of the district-wide targets, and finds nothing wrong', () => {
    expect(result.tasks.every((t) => t.quotas.length === 0)).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it('summarises the towns and streets the table names, as a district table does, and the sheet says so', () => {
    expect(result.districts.map((d) => d.name)).toEqual(['东孝街道', '孝顺镇', '傅村镇', '曹宅镇', '澧浦镇', '源东乡']);
    expect(result.districts.find((d) => d.name === '源东乡')?.supportTasks).toEqual(['4']);
    const plan = planWorkbookOutput(result, { parts: ['summaries'], lang: 'zh-CN', existingSheets: [], ownedSheets: {} });
    expect(plan.sheets.find((s) => s.key === 'districts')?.columns[0]?.header).toBe('乡镇（街道）');
    const city = planWorkbookOutput(check('meishan-2019-minsheng-wancheng'), { parts: ['summaries'], lang: 'zh-CN', existingSheets: [], ownedSheets: {} });
    expect(city.sheets.find((s) => s.key === 'districts')?.columns[0]?.header).toBe('区县');
    expect(result.units.find((u) => u.unit === '孝顺镇')?.category).toBe('乡镇（街道）');
  });
});

describe('hangzhou-2021-zhongdian-fenjie (杭州市: one unit column, section rows naming the leader)', () => {
  const result = check('hangzhou-2021-zhongdian-fenjie');

  it('reads 11 tasks in 2 sections, each with the leader its section names', () => {
    expect(result.tasks).toHaveLength(11);
    expect(result.tasks.slice(0, 2).map((t) => t.leader)).toEqual(['刘忻', '刘忻']);
    expect(result.tasks.slice(2).every((t) => t.leader === '戴建平')).toBe(true);
    expect(result.level).toEqual({ level: 'city', place: '杭州市', summaryLevel: 'county' });
  });

  it('leads tasks 1-2 by the collective 市政府各直属单位 alone', () => {
    expect(byNo(result, '1')).toMatchObject({ lead: ['市政府各直属单位'], support: [] });
  });

  it('takes the first-listed unit as the lead, with another city’s departments as written', () => {
    expect(byNo(result, '3').lead).toEqual(['杭州城西科创产业集聚区管委会']);
    expect(byNo(result, '3').support).toEqual(['市科技局', '市发改委', '市经信局', '市规划和自然资源局', '市人力社保局', '市地方金融监管局', '市教育局', '市建委']);
    expect(byNo(result, '11')).toMatchObject({ lead: ['市财政局'], support: ['市发改委'] });
  });

  it('drops the trailing 配合落实 and keeps 各区、县(市)政府(管委会) as one collective term', () => {
    expect(byNo(result, '4')).toMatchObject({ lead: ['市发改委'], support: ['市人力社保局', '市科技局', '团市委'] });
    expect(byNo(result, '5').support).toEqual(['市经信局', '市商务局', '市投资促进局', '各区、县（市）政府（管委会）']);
  });

  it('reads the growth rates as no quotas and finds nothing wrong', () => {
    expect(result.tasks.every((t) => t.quotas.length === 0 && t.quotaTotal === null)).toBe(true);
    expect(result.findings).toEqual([]);
  });
});

describe('zhonglou-2021-minsheng-fenjie (钟楼区: projects merged over several rows, units without 区)', () => {
  const grid = tableGrid('zhonglou-2021-minsheng-fenjie');
  const result = checkTaskTable(grid, { asOf: AS_OF });

  it('reads 4 projects in 8 rows', () => {
    expect(result.tasks).toHaveLength(8);
    expect(countTasks(result.tasks)).toBe(4);
    expect(result.level).toMatchObject({ level: 'district', summaryLevel: 'town' });
  });

  it('gives each row of project 3 its own leader, lead and supports', () => {
    const [first, second] = result.tasks.filter((t) => t.no === '3');
    expect(first).toMatchObject({ leader: '何海平', lead: ['文体旅局'], support: ['晋陵公司', '轨道公司'] });
    expect(second).toMatchObject({ leader: '芮春祥', lead: ['住建局'], support: ['五星街道', '南大街街道', '荷花池街道'], subRowOf: first?.row });
    expect(second?.text).toMatch(/^老城厢复兴发展\n推进大庙弄核心区改造/);
  });

  it('gives all four rows of project 4 the merged leader, lead and supports', () => {
    const rows = result.tasks.filter((t) => t.no === '4');
    expect(rows).toHaveLength(4);
    for (const task of rows) expect(task).toMatchObject({ leader: '张菁', lead: ['民政局'], support: ['高新园（邹区镇）', '各街道'] });
    expect(rows[3]?.text).toContain('提升康复辅具社区租赁服务点建设水平');
  });

  it('reads project 1 with its supporting zones and collective terms', () => {
    expect(byNo(result, '1')).toMatchObject({ leader: '何海平', lead: ['教育局'], support: ['经开区', '高新园（邹区镇）', '各街道', '市国有公司'] });
  });

  it('finds no false error: no missing lead on merged rows, no unknown district bureau, no total among separate targets', () => {
    expect(severe(result)).toEqual([]);
    expect(result.tasks.every((t) => t.quotaTotal === null)).toBe(true);
  });

  it('counts project 3 once for each street of its second row, and 高新园(邹区镇) as the town it names', () => {
    expect(result.districts.map((d) => [d.name, d.supportTasks])).toEqual([
      ['高新园（邹区镇）', ['1', '2', '4']],
      ['五星街道', ['3']],
      ['南大街街道', ['3']],
      ['荷花池街道', ['3']],
    ]);
    expect(result.units.find((u) => u.unit === '民政局')?.tasks.map((t) => t.taskNo)).toEqual(['4']);
    expect(rowOf(grid, 0, 3)).toBe(5);
  });
});

describe('shengsi-2021-xiangcun-qingdan (嵊泗县: 序号 in column B, targets in columns)', () => {
  const result = check('shengsi-2021-xiangcun-qingdan');

  it('reads 13 indicators, with 考核内容 as the task and the merged 考核指标 as a grouping', () => {
    expect(result.tasks).toHaveLength(13);
    expect(result.columns).toMatchObject({ no: 'B', task: 'D', lead: null, support: null, units: 'G' });
    expect(byNo(result, '1').text).toBe('农林牧渔业增加值增幅');
    expect(result.headers?.find((h) => h.column === 'C')?.role).toBe('category');
    expect(result.headers?.find((h) => h.column === 'H')?.role).toBe('assessor');
    expect(result.level).toEqual({ level: 'county', place: '嵊泗县', summaryLevel: 'town' });
  });

  it('leads item 1 by the first of its two county bureaus, item 3 and 11 by their own', () => {
    expect(byNo(result, '1')).toMatchObject({ lead: ['县海洋与渔业局'], support: ['县农业农村局'] });
    expect(byNo(result, '3').lead).toEqual(['县经济和信息化局']);
    expect(byNo(result, '11').lead).toEqual(['县自然资源和规划局']);
  });

  it('reads the county’s targets in base measures, words as none, and item 10’s 0 without its 单位 in no measure', () => {
    expect(byNo(result, '4').quotaTotal).toEqual({ amount: 700, measure: '亩' });
    expect(byNo(result, '6').quotaTotal).toEqual({ amount: 380_000, measure: '斤' });
    expect(byNo(result, '8').quotaTotal).toEqual({ amount: 10_000, measure: '只' });
    expect(byNo(result, '9').quotaTotal).toEqual({ amount: 420_000, measure: '吨' });
    expect(byNo(result, '1').quotaTotal).toEqual({ amount: 2, measure: '%' });
    expect(byNo(result, '5').quotaTotal).toEqual({ amount: 0, measure: '亩' });
    expect(byNo(result, '2').quotaTotal).toBeNull();
    expect(byNo(result, '3').quotaTotal).toBeNull();
    expect(byNo(result, '10').quotaTotal).toEqual({ amount: 0, measure: '' });
  });

  it('reads the scoring city bureaus as neither lead nor support, and finds nothing wrong', () => {
    expect(result.tasks.flatMap((t) => [...t.lead, ...t.support]).some((u) => u.startsWith('市'))).toBe(false);
    expect(result.findings).toEqual([]);
  });
});

describe('xuhui-2006-shiyiwu-fenjie (徐汇区: deadlines as years, the header repeated at a page break)', () => {
  const result = check('xuhui-2006-shiyiwu-fenjie');

  it('reads 14 tasks numbered 108-121 and skips the repeated header', () => {
    expect(result.tasks.map((t) => t.no)).toEqual(Array.from({ length: 14 }, (_, i) => String(108 + i)));
    expect(result.findings.filter((f) => f.code === 'HEADER_REPEATED').map((f) => f.row)).toEqual([15]);
    expect(result.columns).toMatchObject({ task: 'C', lead: 'D', support: 'E', deadline: 'F' });
  });

  it('keeps 13个街道、镇 as one collective term and drops the placeholder 等相关部门', () => {
    expect(byNo(result, '108')).toMatchObject({ lead: ['教育局'], support: ['13个街道、镇'] });
    expect(byNo(result, '114')).toMatchObject({ lead: ['教育局'], support: ['民政局', '残联', '13个街道、镇'] });
    expect(byNo(result, '117')).toMatchObject({ lead: ['机管局'], support: ['教育局', '建设交通委', '规划局', '房地局', '财政局'] });
  });

  it('reads 2010年 as 2010-12-31 and 2007年 as 2007-12-31, late by the as-of day, and nothing else wrong', () => {
    expect(byNo(result, '108').deadline).toEqual({ text: '2010年', due: '2010-12-31', kind: 'date' });
    expect(byNo(result, '111').deadline.due).toBe('2007-12-31');
    expect(result.tasks.every((t) => t.state === 'overdue')).toBe(true);
    expect(new Set(codes(result))).toEqual(new Set(['DEADLINE_OVERDUE', 'HEADER_REPEATED']));
    expect(result.tasks.every((t) => t.quotas.length === 0)).toBe(true);
  });
});

describe('meishan-2019-minsheng-wancheng (眉山市: a target-and-result matrix under a five-row header)', () => {
  const result = check('meishan-2019-minsheng-wancheng');

  it('reads the five header rows as one and the five indicators as tasks', () => {
    expect(result.headerRow).toBe(2);
    expect(result.headers?.find((h) => h.column === 'B')?.header).toBe('就业促进工程/促进城乡劳动者就业创业/城镇新增就业(人)/市人力资源社会保障局/目标\n任务');
    expect(result.headers?.slice(1, 4).map((h) => h.role)).toEqual(['target', 'actual', 'rate']);
    expect(result.tasks.map((t) => t.text)).toEqual(['城镇新增就业(人)', '城镇失业人员再就业(人)', '就业困难人员就业(人)', '城镇登记失业率低于(%)', '下岗失业人员再就业(人)']);
    expect(result.level).toEqual({ level: 'city', place: '眉山市', summaryLevel: 'county' });
  });

  it('gives indicators 1-4 to 市人力资源社会保障局 and indicator 5 to 市总工会', () => {
    expect(result.tasks.map((t) => t.lead)).toEqual([...Array(4).fill(['市人力资源社会保障局']), ['市总工会']]);
  });

  it('takes the county targets as shares of the 全市 total, 市本级 included where it has one', () => {
    const jobs = byNo(result, '1');
    expect(jobs.quotaTotal).toEqual({ amount: 27_800, measure: '人' });
    expect(jobs.quotas.map((q) => q.amount)).toEqual([8000, 3800, 8600, 3600, 1900, 1900]);
    expect(byNo(result, '5').quotas.find((q) => q.unit === '市本级')?.amount).toBe(60);
    expect(byNo(result, '5').quotaTotal).toEqual({ amount: 400, measure: '人' });
    expect(byNo(result, '1').progress).toBe('进度：52242；完成比例(%)：187.9');
  });

  it('finds the sums right, the rate no sum, 眉山天府新区 without figures no omission', () => {
    // No mistakes: the targets beaten by far are the table's own, printed with their rates.
    expect(result.findings).toEqual([]);
    expect(result.tasks.flatMap((t) => t.support)).not.toContain('眉山天府新区');
    expect(result.districts.map((d) => d.name)).toEqual(['市本级', '东坡区', '彭山区', '仁寿县', '洪雅县', '丹棱县', '青神县']);
  });
});

describe('lishan-2023-zhongdian-fengong (立山区: 牵头单位 and 责任单位, a section row)', () => {
  const result = check('lishan-2023-zhongdian-fengong');

  it('reads 6 tasks under one section, 责任单位 as the supporting units', () => {
    expect(result.tasks).toHaveLength(6);
    expect(result.columns).toMatchObject({ lead: 'C', support: 'D' });
    expect(result.level).toEqual({ level: 'district', place: '立山区', summaryLevel: 'town' });
  });

  it('gives tasks 1, 3 and 5 their leads and supports, collective terms kept whole', () => {
    expect(byNo(result, '1')).toMatchObject({ lead: ['区发改局'], support: ['立山经济开发区', '全区经济运行各专班'] });
    expect(byNo(result, '3')).toMatchObject({ lead: ['区发改局'], support: ['立山经济开发区', '各街道', '区直各部门'] });
    expect(byNo(result, '5')).toMatchObject({ lead: ['区财政局'], support: ['立山经济开发区', '各街道', '税务局'] });
  });

  it('reads growth rates as no quotas, and points out only 税务局, written without the 区 of every other bureau', () => {
    expect(result.tasks.every((t) => t.quotas.length === 0 && t.quotaTotal === null)).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity, f.taskNo, f.message])).toEqual([
      ['UNIT_NONSTANDARD', 'warning', '5', '“税务局”写法不规范，应为“区税务局”。'],
    ]);
  });
});

describe('jingzhou-2019-chuangwen-zhenggai (荆州市: a rectification list, units and deadlines merged over problems)', () => {
  const result = check('jingzhou-2019-chuangwen-zhenggai');

  it('reads 18 problems in 4 points, each problem a row of its point', () => {
    expect(result.tasks).toHaveLength(18);
    expect(countTasks(result.tasks)).toBe(4);
    expect(result.tasks.filter((t) => t.no === '4')).toHaveLength(7);
  });

  it('gives every problem the merged unit and deadline of its point', () => {
    expect(result.tasks.filter((t) => t.no === '1').every((t) => t.lead.join() === '市科技馆' && t.deadline.text === '3天')).toBe(true);
    const hospitals = result.tasks.filter((t) => t.no !== '1');
    expect(hospitals.every((t) => t.lead.length === 1 && t.deadline.text === '5天')).toBe(true);
    expect(new Set(hospitals.map((t) => t.lead[0]))).toEqual(new Set([result.tasks[3]?.lead[0]]));
  });

  it('keeps 市卫生健康委员会 as written, a department by its form: the seed city’s registry renames no other city’s units', () => {
    expect(result.tasks.find((t) => t.no === '2')?.lead).toEqual(['市卫生健康委员会']);
    expect(result.units.map((u) => [u.unit, u.category])).toEqual([
      ['市科技馆', '部门'],
      ['市卫生健康委员会', '部门'],
    ]);
  });

  it('reads 3天 and 5天 as spans from the issue day, which the table does not give: no due day, no false warning', () => {
    expect(result.tasks[0]?.deadline).toEqual({ text: '3天', due: null, kind: 'relative' });
    expect(result.findings).toEqual([]);
  });
});

describe('chongchuan-2023-minsheng-jindu (崇川区: progress per period, a leader column)', () => {
  const result = check('chongchuan-2023-minsheng-jindu');

  it('reads 3 tasks whose text is in 全年目标任务, the 主要任务 column being empty', () => {
    expect(result.tasks.map((t) => t.no)).toEqual(['24', '25', '26']);
    expect(byNo(result, '24').text).toBe('优化提升50条背街后巷交通组织。');
    expect(result.level).toEqual({ level: 'district', place: '崇川区', summaryLevel: 'town' });
  });

  it('gives every task its leader, its lead and its supports as written at district level', () => {
    expect(result.tasks.every((t) => t.leader === '徐国江' && t.lead.join() === '城管局')).toBe(true);
    expect(byNo(result, '24').support).toEqual(['市政局', '相关街道']);
    expect(byNo(result, '25').support).toEqual(['市政局', '环卫处', '崇川经济开发区', '各街道']);
    expect(byNo(result, '26').support).toEqual(['崇川经济开发区', '相关街道']);
  });

  it('takes the 1-11月 column as the current progress, 60% as progress and not done', () => {
    expect(result.columns.status).toBe('H');
    expect(byNo(result, '24').progress).toBe('已进场施工,完成60%。');
    expect(result.tasks.every((t) => t.state !== 'done')).toBe(true);
  });

  it('judges the tasks, which have no deadline, by the plan year: 25 behind (否) in November, all red after the year', () => {
    const november = checkTaskTable(tableGrid('chongchuan-2023-minsheng-jindu'), { asOf: '2023-11-30' });
    expect(november.tasks.map((t) => [t.no, t.light])).toEqual([['24', 'green'], ['25', 'yellow'], ['26', 'green']]);
    expect(november.findings.map((f) => [f.code, f.taskNo])).toEqual([['PROGRESS_BEHIND', '25']]);
    expect(result.tasks.map((t) => t.light)).toEqual(['red', 'red', 'red']);
    expect(result.findings.map((f) => [f.code, f.taskNo])).toEqual([['PROGRESS_PAST_YEAR_END', '24'], ['PROGRESS_PAST_YEAR_END', '25'], ['PROGRESS_PAST_YEAR_END', '26']]);
  });
});

describe('the .xlsx built from each transcription', () => {
  it.each(TABLE_NAMES.map((name) => [name]))('%s reads as its transcription does', async (name) => {
    const { result } = await checkWorkbookTable(fs.readFileSync(tablePath(name, 'xlsx')), { asOf: AS_OF, lang: 'zh-CN' });
    const fromTsv = check(name);
    expect(result.tasks).toEqual(fromTsv.tasks);
    expect(result.findings).toEqual(fromTsv.findings);
    expect(result.level).toEqual(fromTsv.level);
  });
});
