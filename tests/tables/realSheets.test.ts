// The sheets the tool writes for the real tables, read as a clerk reads them: each unit's list names its own tasks
// (a matrix's indicators share a sheet row), a task merged over sub-rows lists every sub-row the unit answers for,
// the summary's totals add up only what adds up and equal the table's own, and the summary is titled for its level.
import { checkTaskTable } from '../../src/core/checkTaskTable';
import type { CheckResult, Lang, PlanCell, ReturnReport, SheetPlan } from '../../src/core/model';
import { planWorkbookOutput } from '../../src/core/plan/planWorkbookOutput';
import { taskKeys } from '../../src/core/progress/taskKeys';
import { countTasks } from '../../src/core/summaries/taskCounts';
import { tableGrid, type TableName } from '../fixtures/tables/tableGrid';

const check = (name: TableName, asOf = '2026-12-01'): CheckResult => checkTaskTable(tableGrid(name), { asOf });
const sheetOf = (result: CheckResult, key: SheetPlan['key'], lang: Lang = 'zh-CN'): SheetPlan => {
  const plan = planWorkbookOutput(result, { parts: ['summaries'], lang, existingSheets: [], ownedSheets: {} });
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet`);
  return sheet;
};
const text = (cell: PlanCell | undefined): string | number | null => (cell !== null && typeof cell === 'object' ? cell.text : (cell ?? null));
/** A unit's rows of the unit task list: 序号, 工作任务, 角色. */
const unitRows = (sheet: SheetPlan, unit: string): (string | number | null)[][] =>
  sheet.rows.filter((r) => r[0] === unit).map((r) => [r[2], r[3], r[4]].map(text));

describe('meishan-2019-minsheng-wancheng: five indicators on one sheet row', () => {
  const result = check('meishan-2019-minsheng-wancheng', '2019-12-31');
  const names = ['城镇新增就业(人)', '城镇失业人员再就业(人)', '就业困难人员就业(人)', '城镇登记失业率低于(%)', '下岗失业人员再就业(人)'];

  it('lists each indicator under its own name in the unit task list', () => {
    const units = sheetOf(result, 'unitTasks');
    expect(unitRows(units, '市人力资源社会保障局')).toEqual(names.slice(0, 4).map((name, i) => [String(i + 1), name, '牵头']));
    expect(unitRows(units, '市总工会')).toEqual([['5', names[4], '牵头']]);
    expect(unitRows(units, '东坡区').map((r) => r[1])).toEqual(names);
  });

  it('gives each indicator its own row in 进展汇总 after a merge', () => {
    const keys = taskKeys(result.tasks);
    const returned: ReturnReport = {
      file: '市人社局.xlsx',
      unit: '市人力资源社会保障局',
      period: '2019-12',
      recognized: true,
      rows: result.tasks.slice(0, 4).map((t, i) => ({
        row: 3 + i, key: keys[i] as string, no: t.no, text: t.text, progress: `指标${t.no}已完成`, state: '已完成', actual: null, measure: '', problems: '', nextSteps: '',
      })),
    };
    const merged = checkTaskTable(tableGrid('meishan-2019-minsheng-wancheng'), { asOf: '2019-12-31', progress: { period: '2019-12', returns: [returned] } });
    const progress = sheetOf(merged, 'progress');
    expect(progress.rows.map((r) => [r[0], r[1]])).toEqual(names.map((name, i) => [String(i + 1), name]));
  });
});

describe('tasks merged over sub-rows in the unit task list', () => {
  it('lists each of 市卫生健康委员会’s 15 problems (Jingzhou), each point’s number once, and counts 3 tasks', () => {
    const result = check('jingzhou-2019-chuangwen-zhenggai', '2019-09-03');
    const rows = unitRows(sheetOf(result, 'unitTasks'), '市卫生健康委员会');
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r[0]).filter((no) => no !== '')).toEqual(['2', '3', '4']);
    expect(rows[1]).toEqual(['', '(2)宣传牌内容不规范;', '牵头']);
    expect(rows[14]?.[1]).toBe('(7)未组织干部职工学习《荆州市文明行为促进条例》。');
    expect(unitRows(sheetOf(result, 'unitTasks'), '市科技馆').map((r) => r[1])).toEqual([
      '(1)院内电动车未按指定区域停放;',
      '(2)灭火器过期未更换;',
      '(3)意见簿投诉记录和回复处理记录不规范。',
    ]);
    const entries = result.units.find((u) => u.unit === '市卫生健康委员会')?.tasks ?? [];
    expect(entries.map((e) => [e.taskNo, e.parts.length])).toEqual([['2', 3], ['3', 5], ['4', 7]]);
  });

  it('lists 民政局’s four deliverables (Zhonglou) each on its own row under the project’s number and name, and each unit only the rows that name it', () => {
    const result = check('zhonglou-2021-minsheng-fenjie', '2021-11-20');
    const units = sheetOf(result, 'unitTasks');
    expect(unitRows(units, '民政局')).toEqual([
      ['4', '优化养老服务', '牵头'],
      ['', '为全区23000名老年人提供居家上门服务。', '牵头'],
      ['', '提升改造8家城乡社区居家养老服务中心(站)。', '牵头'],
      ['', '对300户困难老人家庭进行居家适老化改造。', '牵头'],
      ['', '提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。', '牵头'],
    ]);
    // 住建局 answers for the second row of project 3 only, 文体旅局 for the first.
    expect(unitRows(units, '住建局')).toEqual([['3', '老城厢复兴发展\n推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。', '牵头']]);
    expect(unitRows(units, '文体旅局').map((r) => r[0])).toEqual(['3']);
    // The summary still counts project 4 once for 高新园（邹区镇）, which supports all four rows.
    expect(result.units.find((u) => u.unit === '高新园（邹区镇）')?.tasks.map((t) => t.taskNo)).toEqual(['1', '2', '4']);
    expect(countTasks(result.tasks)).toBe(4);
  });
});

describe('meishan-2019-minsheng-wancheng: the district summary’s totals', () => {
  const result = check('meishan-2019-minsheng-wancheng', '2019-12-31');
  const sheet = sheetOf(result, 'districts');
  const column = (start: string) => sheet.columns.findIndex((c) => c.header.startsWith(start));

  it('lists 市本级 as a row of its own, before the counties, with its share of indicator 5', () => {
    expect(sheet.rows.map((r) => r[0])).toEqual(['市本级', '东坡区', '彭山区', '仁寿县', '洪雅县', '丹棱县', '青神县', '合计']);
    expect(sheet.rows[0]?.[column('任务5')]).toBe(60);
    expect(sheet.rows[0]?.slice(0, 5)).toEqual(['市本级', 0, '', 1, '5']);
  });

  it('adds up the counts to the table’s 全市 figures, and adds no rate: the ceiling shows the table’s own 4.3', () => {
    const totals = sheet.rows.at(-1) ?? [];
    expect(['任务1', '任务2', '任务3', '任务4', '任务5'].map((start) => totals[column(start)])).toEqual([27_800, 4_400, 2_000, 4.3, 400]);
    expect(result.tasks.map((t) => t.quotaTotal?.amount)).toEqual([27_800, 4_400, 2_000, 4.3, 400]);
    expect(sheet.layout?.note).toBe('说明：合计行的任务项数按任务计，一项任务涉及几个区县也只计一次；分解指标为上列各行之和，比率和上限类指标不相加，合计行填表中所列总目标（未列则空）。');
    // Still five tasks, 市本级 or not.
    expect(totals.slice(0, 4)).toEqual(['合计', 0, null, 5]);
  });
});

describe('the summary’s title follows the places it lists', () => {
  it('titles a district table’s summary of towns 乡镇（街道）汇总表, in the sheet the product names 区县汇总表', () => {
    const jindong = check('jindong-2024-minsheng-fenjie');
    const zh = sheetOf(jindong, 'districts');
    expect(zh.name).toBe('区县汇总表');
    expect(zh.layout?.title).toBe('2024年金东区政府民生实事任务分解方案 乡镇（街道）汇总表');
    expect(zh.columns[0]?.header).toBe('乡镇（街道）');
    const en = sheetOf(jindong, 'districts', 'en-US');
    expect(en.name).toBe('District summary');
    expect(en.layout?.title).toMatch(/: Town and street summary$/);
    expect(en.columns[0]?.header).toBe('Town or street');
  });

  it('keeps 区县汇总表 for a city table’s summary of its districts and counties', () => {
    const meishan = sheetOf(check('meishan-2019-minsheng-wancheng'), 'districts');
    expect(meishan.layout?.title).toBe('2019年十大民生工程项目完成情况表 区县汇总表');
    expect(meishan.columns[0]?.header).toBe('区县');
  });
});
