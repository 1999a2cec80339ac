// Returns merged into the table's check: each row matched to its task (by key, else by 序号 and text), each unit's
// report kept, the lights from what the lead units report, and the findings a supervisor chases; a second period
// keeps the first one and says what changed.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { jsonReport } from '../../../src/core/jsonReport';
import type { CellValue, CheckResult, ReturnReport, ReturnRow, SheetGrid } from '../../../src/core/model';
import { planWorkbookOutput } from '../../../src/core/plan/planWorkbookOutput';
import { readReturn } from '../../../src/core/progress/readReturn';
import { taskKeys } from '../../../src/core/progress/taskKeys';

const TABLE: SheetGrid = {
  name: '分工方案',
  firstRow: 1,
  firstColumn: 1,
  grid: [
    ['2023年重点工作任务分工方案'],
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
    [1, '召开工作推进会', '区委办', '区政府办', '年底前'],
    [2, '全年新增城镇就业1000人以上', '区人社局', '区财政局', '年底前'],
    [3, '建设口袋公园', '区城管局、区住建局', '', '10月底前'],
    [4, '开展职业技能培训', '区人社局', '', '年底前'],
    [5, '开展垃圾分类宣传', '各街道', '', '年底前'],
  ] as CellValue[][],
};
const AS_OF = '2023-11-30';
const KEYS = taskKeys(checkTaskTable(TABLE, { asOf: AS_OF }).tasks);

const row = (at: number, over: Partial<ReturnRow>): ReturnRow => ({
  row: at,
  key: '',
  no: '',
  text: '',
  progress: '',
  state: '',
  actual: null,
  measure: '',
  problems: '',
  nextSteps: '',
  ...over,
});
const sent = (file: string, unit: string | null, rows: ReturnRow[], period: string | null = '2023-11'): ReturnReport => ({ file, unit, period, recognized: true, rows });

const RETURNS: ReturnReport[] = [
  sent('区委办.xlsx', '区委办', [row(3, { key: KEYS[0], no: '1', text: '召开工作推进会', progress: '已召开推进会2次', state: '已完成' })]),
  sent('区政府办.xlsx', '区政府办', [row(3, { key: KEYS[0], no: '1', text: '召开工作推进会', progress: '会务保障滞后', state: '滞后' })]),
  sent('区人社局.xlsx', '区人社局', [
    row(3, { key: KEYS[1], no: '2', text: '全年新增城镇就业1000人以上', progress: '已完成全年任务的80%', state: '推进中', actual: 800, measure: '人', problems: '企业用工需求下降', nextSteps: '12月举办招聘会' }),
    row(4, { key: KEYS[3], no: '4', text: '开展职业技能培训' }),
    row(5, { no: '9', text: '新增的一项工作', progress: '已开展' }),
  ]),
  // Retyped, without its key column and with the task's text reworded.
  sent('城管局11月.xlsx', '区城管局', [
    row(3, { no: '3', text: '建设口袋公园10个', progress: '完成7个', state: '滞后' }),
    row(4, { key: KEYS[3], no: '4', text: '开展职业技能培训', progress: '配合开展' }),
  ]),
  { file: '会议通知.xlsx', unit: null, period: null, recognized: false, rows: [] },
  sent('区住建局10月.xlsx', '区住建局', [row(3, { key: KEYS[2], progress: '完成5个', state: '推进中' })], '2023-10'),
  sent('区委办（补报）.xlsx', '区委办', [row(3, { key: KEYS[0], progress: '已召开推进会3次', state: '已完成' })]),
];

/** The table checked with a period's returns merged, and 进展汇总 from an earlier merge where there is one. */
const mergeInto = (table: SheetGrid, returns: readonly ReturnReport[], period: string, asOf: string, history?: SheetGrid): CheckResult =>
  checkTaskTable(table, { asOf, progress: { period, returns, ...(history ? { history } : {}) } });
const merge = (returns: readonly ReturnReport[], period: string, asOf: string, history?: SheetGrid): CheckResult => mergeInto(TABLE, returns, period, asOf, history);

describe('merging a period’s returns', () => {
  const result = merge(RETURNS, '2023-11', AS_OF);
  const progressFindings = result.findings.filter((f) => /^(PROGRESS|RETURN)_/.test(f.code));

  it('keeps each unit’s report on its task, the lead first, the later of two from the same unit', () => {
    const merged = result.progress?.merged ?? [];
    expect(merged.map((m) => m.reports.map((r) => [r.unit, r.role, r.state, r.file]))).toEqual([
      [
        ['区委办', 'lead', 'done', '区委办（补报）.xlsx'],
        ['区政府办', 'support', 'lagging', '区政府办.xlsx'],
      ],
      [['区人社局', 'lead', 'ongoing', '区人社局.xlsx']],
      [['区城管局', 'lead', 'lagging', '城管局11月.xlsx']],
      [],
      [],
    ]);
    expect(merged[1]?.reports[0]).toMatchObject({ actual: 800, problems: '企业用工需求下降', nextSteps: '12月举办招聘会' });
  });

  it('lights the tasks from the lead units’ reports', () => {
    expect(result.tasks.map((t) => [t.no, t.light, t.progressRecord?.percent ?? null, t.progressRecord?.source])).toEqual([
      ['1', 'done', null, 'returns'],
      ['2', 'yellow', 80, 'returns'],
      ['3', 'red', null, 'returns'],
      ['4', 'green', null, 'returns'],
      ['5', 'green', null, 'returns'],
    ]);
    expect(result.tasks[1]?.progressRecord?.figures).toEqual([
      { unit: '区人社局', target: 1000, actual: 800, statedRate: null, rate: 80, lowerIsBetter: false, measure: '人', row: 4, columns: { target: null, actual: null, rate: null } },
    ]);
  });

  it('says what a supervisor chases, each where it belongs', () => {
    expect(progressFindings.map((f) => [f.code, f.row, f.unit])).toEqual([
      ['RETURN_NOT_RECOGNIZED', null, null],
      ['RETURN_OTHER_PERIOD', null, '区住建局'],
      ['RETURN_ROW_UNMATCHED', null, '区人社局'],
      ['PROGRESS_CONFLICT', 3, '区委办'],
      ['RETURN_DUPLICATE', 3, '区委办'],
      ['PROGRESS_BEHIND', 4, null],
      ['PROGRESS_NOT_REPORTED', 5, '区住建局'],
      ['RETURN_TEXT_CHANGED', 5, '区城管局'],
      ['PROGRESS_NOT_REPORTED', 6, '区人社局'],
      ['RETURN_NOT_RESPONSIBLE', 6, '区城管局'],
    ]);
    const say = (code: string, unit: string | null) => progressFindings.find((f) => f.code === code && f.unit === unit)?.message;
    expect(say('PROGRESS_NOT_REPORTED', '区住建局')).toBe('“区住建局”未报送本期（2023-11）进展。');
    expect(say('PROGRESS_NOT_REPORTED', '区人社局')).toBe('“区人社局”的本期（2023-11）报送表未填写此项任务的进展。');
    expect(say('RETURN_ROW_UNMATCHED', '区人社局')).toBe('“区人社局”的区人社局.xlsx 第5行（序号9，“新增的一项工作”）对不上分工方案中的任务，未合并。');
    expect(say('PROGRESS_CONFLICT', '区委办')).toBe('“区委办”报告已完成，配合单位“区政府办”报告滞后。');
  });

  it('ranks the lead units in their order, and names the ones that sent nothing', () => {
    expect(result.progress?.units.map((u) => [u.unit, u.led, u.done, u.behind, u.overdue, u.notReported])).toEqual([
      ['区委办', 1, 1, 0, 0, 0],
      ['区人社局', 2, 0, 1, 0, 1],
      ['区城管局', 1, 0, 0, 1, 0],
      ['区住建局', 1, 0, 0, 1, 1],
    ]);
    expect(result.progress?.notReturned).toEqual(['区住建局']);
    // The files merged are counted, not the files given: a file that is no return, or for another period, is not.
    expect(result.progress?.mergedFiles).toEqual(['区委办.xlsx', '区政府办.xlsx', '区人社局.xlsx', '城管局11月.xlsx', '区委办（补报）.xlsx']);
    expect(result.progress?.rejectedFiles).toEqual(['会议通知.xlsx', '区住建局10月.xlsx']);
    expect(merge(RETURNS, '2023-11', AS_OF).progress?.units.map((u) => u.unit)).toEqual(['区委办', '区人社局', '区城管局', '区住建局']);
    const league = checkTaskTable(TABLE, { asOf: AS_OF, progress: { period: '2023-11', returns: RETURNS, rankByCompletion: true } });
    expect(league.progress?.units[0]?.unit).toBe('区委办');
  });

  it('writes each period’s summary: the light, each unit’s report, who sent nothing', () => {
    expect(result.progress?.merged?.[2]?.summary).toBe('【红】\n区城管局（滞后）：完成7个\n区住建局（未报送）');
    expect(result.progress?.merged?.[0]?.change).toBeNull();
  });
});

describe('a return that does not say who sent it', () => {
  it('is the one unit’s that leads every task its rows match', () => {
    const anonymous: ReturnReport = { file: '进展.xlsx', unit: null, period: null, recognized: true, rows: [row(3, { no: '4', text: '开展职业技能培训', progress: '已培训300人', state: '推进中' })] };
    const result = merge([anonymous], '2023-11', AS_OF);
    expect(result.progress?.merged?.[3]?.reports.map((r) => r.unit)).toEqual(['区人社局']);
    expect(result.findings.filter((f) => f.code === 'RETURN_NOT_RECOGNIZED')).toEqual([]);
  });

  it('is the unit of the table its title or file name names anywhere, a co-led task’s too', () => {
    const shared = checkTaskTable(TABLE, { asOf: AS_OF }).tasks[2];
    const retyped = readReturn(
      { name: 'Sheet1', grid: [['区住建局2023年11月进展情况'], ['序号', '工作任务', '进展情况', '状态'], [3, shared?.text ?? '', '完成5个', '推进中']] },
      '住建11月进展.xlsx',
      null,
    );
    expect(retyped).toMatchObject({ unit: null, period: '2023-11', recognized: true });
    const byTitle = merge([retyped], '2023-11', AS_OF);
    expect(byTitle.progress?.merged?.[2]?.reports.map((r) => r.unit)).toEqual(['区住建局']);
    const byFileName = merge([{ ...retyped, title: '', file: '区住建局11月进展.xlsx' }], '2023-11', AS_OF);
    expect(byFileName.progress?.merged?.[2]?.reports.map((r) => r.unit)).toEqual(['区住建局']);
  });

  it('is said to be of no known sender, with its file, when nothing tells', () => {
    const nameless: ReturnReport = { file: '进展情况.xlsx', unit: null, period: null, recognized: true, title: '11月进展情况', rows: [row(3, { no: '3', text: '建设口袋公园', progress: '完成5个' })] };
    const result = merge([nameless], '2023-11', AS_OF);
    expect(result.findings.filter((f) => /^RETURN_/.test(f.code)).map((f) => [f.code, f.message])).toEqual([
      ['RETURN_SENDER_UNKNOWN', '进展情况.xlsx 是进展报送表，但看不出是哪个单位报送的（标题和文件名中都没有本表的单位名称），未合并。'],
    ]);
    expect(result.progress?.merged?.[2]?.reports).toEqual([]);
  });
});

/** 进展汇总 as a merge writes it, read back as a grid (its title, its header, its rows). */
function progressSheetGrid(result: CheckResult): SheetGrid {
  const plan = planWorkbookOutput(result, { parts: ['summaries'], lang: 'zh-CN', existingSheets: ['分工方案'], ownedSheets: {} });
  const sheet = plan.sheets.find((s) => s.key === 'progress')!;
  return { name: sheet.name, grid: [[sheet.layout?.title ?? ''], sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.text : c)))] };
}

describe('merging month after month', () => {
  const november = merge(RETURNS, '2023-11', AS_OF);
  const history = progressSheetGrid(november);
  const december = merge(
    [sent('区人社局.xlsx', '区人社局', [row(3, { key: KEYS[1], progress: '已完成全年任务的80%', state: '推进中' }), row(4, { key: KEYS[3], progress: '已完成', state: '已完成' })], '2023-12')],
    '2023-12',
    '2023-12-31',
    history,
  );

  it('keeps November beside December, and says what changed', () => {
    expect(december.progress?.earlierPeriods).toEqual(['2023-11']);
    const merged = december.progress?.merged ?? [];
    expect(merged[1]?.history['2023-11']).toBe('【黄】\n区人社局（推进中）：已完成全年任务的80%');
    expect(merged[1]?.change).toEqual({ lightBefore: 'yellow', sameText: true });
    expect(merged[3]?.change).toEqual({ lightBefore: 'green', sameText: false });
    expect(december.tasks[3]?.light).toBe('done');
  });

  it('writes 进展汇总 with this period first and the earlier one after, the key column hidden', () => {
    const plan2 = planWorkbookOutput(december, { parts: ['summaries'], lang: 'zh-CN', existingSheets: ['分工方案', '进展汇总'], ownedSheets: { progress: '进展汇总' } });
    const sheet2 = plan2.sheets.find((s) => s.key === 'progress')!;
    expect(sheet2.name).toBe('进展汇总');
    expect(sheet2.columns.map((c) => c.header).slice(-3)).toEqual(['2023-12 进展', '2023-11 进展', '任务标识']);
    expect(sheet2.columns[sheet2.columns.length - 1]?.hidden).toBe(true);
    expect(sheet2.rows[1]?.[9]).toBe('进展与上期相同');
    expect(sheet2.rows[3]?.[9]).toBe('绿→已完成');
    // Each 亮灯 cell in its light's colour, as on the task sheet, and the legend below the table.
    expect(sheet2.rows.map((r) => r[5])).toEqual(['已完成', '黄', '红', '已完成', '黄']);
    expect(sheet2.highlights).toEqual([
      { style: 'error', ranges: ['F6'] },
      { style: 'warning', ranges: ['F5', 'F8'] },
      { style: 'closed', ranges: ['F4', 'F7'] },
    ]);
    expect(sheet2.layout?.note).toBe('亮灯：红＝逾期未完成；黄＝滞后或临近完成时限；绿＝按序时推进；已完成＝已办结。');
    // Laid out as every tool sheet: the plan's name before the sheet's, the period in the sheet's.
    expect(sheet2.layout).toMatchObject({ title: '2023年重点工作任务分工方案 2023年12月重点任务进展汇总', autoFilter: true, print: { paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1 } });
  });
});

describe('a task led by several units', () => {
  const SHARED: SheetGrid = {
    name: '分工方案',
    grid: [
      ['2023年福州市重点工作任务分工方案'],
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '新建口袋公园10个，具体任务是：鼓楼区、台江区各5个', '鼓楼区、台江区', '10月底前'],
      [2, '开展垃圾分类入户宣传', '鼓楼区、台江区', '10月底前'],
    ] as CellValue[][],
  };
  const keys = taskKeys(checkTaskTable(SHARED, { asOf: AS_OF }).tasks);
  const mergeShared = (returns: readonly ReturnReport[]) => mergeInto(SHARED, returns, '2023-11', AS_OF);

  it('is not closed by one unit’s figures: every lead’s part must be done, and no finding says otherwise', () => {
    const result = mergeShared([sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '建成5个', actual: 5, measure: '个' }), row(4, { key: keys[1], progress: '已完成', state: '已完成' })])]);
    expect(result.tasks.map((t) => [t.no, t.light, t.state])).toEqual([
      ['1', 'red', 'overdue'],
      ['2', 'red', 'overdue'],
    ]);
    expect(result.tasks[0]?.progressRecord?.figures.map((f) => [f.unit, f.actual, f.target])).toEqual([
      ['鼓楼区', 5, 5],
      ['台江区', null, 5],
    ]);
    expect(result.findings.filter((f) => f.code === 'DEADLINE_OVERDUE').map((f) => f.taskNo)).toEqual(['1', '2']);
  });

  it('names in the 通报 and counts in 单位进展排名 each unit by its own part', () => {
    const result = mergeShared([sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '建成5个', actual: 5, measure: '个' }), row(4, { key: keys[1], progress: '已完成', state: '已完成' })])]);
    expect(result.progress?.bulletin).toBe('截至11月30日，2项重点任务中，已完成0项，占0%；序时推进0项；滞后2项（其中逾期2项），分别是第1项（台江区）、第2项（台江区）。');
    expect(result.progress?.behind.map((b) => [b.no, b.lead, b.lagging])).toEqual([
      ['1', ['鼓楼区', '台江区'], ['台江区']],
      ['2', ['鼓楼区', '台江区'], ['台江区']],
    ]);
    expect(result.progress?.units.map((u) => [u.unit, u.led, u.done, u.onSchedule, u.behind, u.overdue, u.notReported])).toEqual([
      ['鼓楼区', 2, 2, 0, 0, 0, 0],
      ['台江区', 2, 0, 0, 0, 2, 2],
    ]);
    // The JSON report gains them, added after the fields it had.
    const json = jsonReport(result).progress;
    expect(Object.keys(json ?? {}).slice(-4)).toEqual(['yellow', 'mergedFiles', 'rejectedFiles', 'heldIn']);
    expect(json?.behind[0]).toEqual({ no: '1', row: 3, lead: ['鼓楼区', '台江区'], overdue: true, lagging: ['台江区'] });
    expect(json?.mergedFiles).toEqual(['鼓楼区.xlsx']);
  });

  it('is closed when every lead’s part is, by its 已完成 or its own target met, and is then no longer overdue', () => {
    const result = mergeShared([
      sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '建成5个', actual: 5, measure: '个' }), row(4, { key: keys[1], progress: '已完成', state: '已完成' })]),
      sent('台江区.xlsx', '台江区', [row(3, { key: keys[0], progress: '建成6个', actual: 6, measure: '个' }), row(4, { key: keys[1], progress: '已完成' })]),
    ]);
    expect(result.tasks.map((t) => [t.no, t.light, t.state])).toEqual([
      ['1', 'done', 'done'],
      ['2', 'done', 'done'],
    ]);
    expect(result.findings.filter((f) => f.code === 'DEADLINE_OVERDUE')).toEqual([]);
    expect(result.progress?.bulletin).toContain('已完成2项');
  });

  it('takes the state a unit picked over its figure: 推进中 with the figure met leaves its part open', () => {
    const result = mergeShared([
      sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '建成5个', state: '已完成', actual: 5, measure: '个' })]),
      sent('台江区.xlsx', '台江区', [row(3, { key: keys[0], progress: '建成5个，配套设施在建', state: '推进中', actual: 5, measure: '个' })]),
    ]);
    expect(result.tasks[0]?.light).toBe('red');
  });
});

describe('amounts in a merge', () => {
  const MONEY: SheetGrid = {
    name: '分工方案',
    grid: [
      ['2023年福州市重点工作任务分工方案'],
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '落实帮扶资金600万元，鼓楼区、台江区各300万元', '鼓楼区、台江区', '10月底前'],
    ] as CellValue[][],
  };
  const keys = taskKeys(checkTaskTable(MONEY, { asOf: AS_OF }).tasks);
  const result = checkTaskTable(MONEY, {
    asOf: AS_OF,
    progress: {
      period: '2023-11',
      returns: [
        sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '已拨付', unreadableActual: { written: '-5', cell: 'J3', negative: true } })]),
        sent('台江区.xlsx', '台江区', [row(3, { key: keys[0], progress: '已拨付', actual: 500, measure: '万元' })]),
      ],
    },
  });
  const say = (code: string) => result.findings.filter((f) => f.code === code).map((f) => f.message);

  it('speaks in the measure the return uses, not in 元', () => {
    expect(say('PROGRESS_TARGET_EXCEEDED')).toEqual(['“台江区”完成值500万元超过目标值300万元（166.7%）。']);
  });

  it('says which actual it could not merge, with its file and cell', () => {
    expect(say('RETURN_VALUE_UNREADABLE')).toEqual(['“鼓楼区”在 鼓楼区.xlsx 的 J3 填写的完成值“-5”是负数，未合并此完成值。']);
    expect(result.tasks[0]?.progressRecord?.figures.map((f) => [f.unit, f.actual])).toEqual([
      ['鼓楼区', null],
      ['台江区', 5_000_000],
    ]);
  });
});

describe('a part closed in an earlier period', () => {
  const SHARED: SheetGrid = {
    name: '分工方案',
    grid: [
      ['2023年福州市重点工作任务分工方案'],
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '开展垃圾分类入户宣传', '鼓楼区、台江区', '年底前'],
      [2, '建设口袋公园', '鼓楼区、台江区', '10月底前'],
    ] as CellValue[][],
  };
  const keys = taskKeys(checkTaskTable(SHARED, { asOf: AS_OF }).tasks);
  const mergeShared = (returns: readonly ReturnReport[], period: string, asOf: string, history?: SheetGrid) => mergeInto(SHARED, returns, period, asOf, history);
  const november = mergeShared(
    [
      sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '入户宣传过半', state: '推进中' }), row(4, { key: keys[1], progress: '已建成', state: '已完成' })]),
      sent('台江区.xlsx', '台江区', [row(3, { key: keys[0], progress: '入户宣传过半', state: '推进中' }), row(4, { key: keys[1], progress: '已完成' })]),
    ],
    '2023-11',
    AS_OF,
  );
  const december = mergeShared([sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '入户宣传基本完成', state: '推进中' })], '2023-12')], '2023-12', '2023-12-20', progressSheetGrid(november));

  it('stays closed in the next period, read back from 进展汇总, and its unit is not chased for it', () => {
    expect(november.tasks[1]?.light).toBe('done');
    expect(december.tasks.map((t) => t.light)).toEqual(['yellow', 'done']);
    expect(december.progress?.merged?.[1]?.summary).toBe('【已完成】\n鼓楼区（已完成）：2023年11月已报完成\n台江区（已完成）：2023年11月已报完成');
    expect(december.progress?.merged?.[1]?.change).toEqual({ lightBefore: 'done', sameText: false });
    expect(december.findings.filter((f) => f.code === 'PROGRESS_NOT_REPORTED').map((f) => [f.taskNo, f.unit])).toEqual([['1', '台江区']]);
  });

  it('keeps the period it was closed in month after month, and a unit with nothing open is not listed as sending nothing', () => {
    const january = mergeShared([sent('鼓楼区.xlsx', '鼓楼区', [row(3, { key: keys[0], progress: '已完成', state: '已完成' })], '2024-01')], '2024-01', '2024-01-20', progressSheetGrid(december));
    expect(january.progress?.merged?.[1]?.summary).toBe('【已完成】\n鼓楼区（已完成）：2023年11月已报完成\n台江区（已完成）：2023年11月已报完成');
    expect(january.progress?.notReturned).toEqual(['台江区']);
    const closedAll = mergeShared([sent('台江区.xlsx', '台江区', [row(3, { key: keys[0], progress: '已完成', state: '已完成' })], '2024-02')], '2024-02', '2024-02-20', progressSheetGrid(january));
    expect(closedAll.tasks.map((t) => t.light)).toEqual(['done', 'done']);
    expect(closedAll.progress?.notReturned).toEqual([]);
  });

  it('says no text was copied forward where two periods only say who sent nothing', () => {
    const january = mergeShared([], '2024-01', '2024-01-20', progressSheetGrid(december));
    const february = mergeShared([], '2024-02', '2024-02-20', progressSheetGrid(january));
    expect(february.progress?.merged?.[0]?.summary.split('\n').slice(1)).toEqual(['鼓楼区（未报送）', '台江区（未报送）']);
    expect(february.progress?.merged?.[0]?.change).toEqual({ lightBefore: 'red', sameText: false });
  });

  it('opens again only when the unit itself states it open', () => {
    const reopened = mergeShared([sent('台江区.xlsx', '台江区', [row(4, { key: keys[1], progress: '发现质量问题，返工中', state: '推进中' })], '2023-12')], '2023-12', '2023-12-20', progressSheetGrid(november));
    expect(reopened.tasks[1]?.light).toBe('red');
    expect(reopened.progress?.merged?.[1]?.summary).toBe('【红】\n台江区（推进中）：发现质量问题，返工中\n鼓楼区（已完成）：2023年11月已报完成');
  });
});

describe('a check without returns of a workbook holding 进展汇总', () => {
  const november = merge(RETURNS, '2023-11', AS_OF);
  const history = progressSheetGrid(november);
  const rerun = checkTaskTable(TABLE, { asOf: AS_OF, progress: { history } });

  it('judges with the returns the sheet holds for its period, as the merge did', () => {
    expect(rerun.progress?.period).toBe('2023-11');
    expect(rerun.progress?.heldIn).toBe('进展汇总');
    expect(rerun.tasks.map((t) => [t.light, t.state])).toEqual(november.tasks.map((t) => [t.light, t.state]));
    expect(rerun.progress?.bulletin).toBe(november.progress?.bulletin);
    expect(rerun.progress?.units).toEqual(november.progress?.units);
    expect(rerun.tasks[1]?.progressRecord?.figures.map((f) => [f.unit, f.actual, f.target])).toEqual([['区人社局', 800, 1000]]);
  });

  it('writes 进展汇总 again as it was, the sheet the tool keeps', () => {
    expect(progressSheetGrid(rerun).grid.slice(1)).toEqual(history.grid.slice(1));
    expect(rerun.progress?.merged?.[1]?.reports[0]).toMatchObject({ unit: '区人社局', actual: 800, problems: '企业用工需求下降', nextSteps: '12月举办招聘会' });
  });

  it('says again who has not reported, but nothing of the files it no longer sees', () => {
    const codes = (result: CheckResult) => result.findings.filter((f) => /^(PROGRESS|RETURN)_/.test(f.code)).map((f) => [f.code, f.row, f.unit]);
    expect(codes(rerun)).toEqual(codes(november).filter(([code]) => !['RETURN_NOT_RECOGNIZED', 'RETURN_OTHER_PERIOD', 'RETURN_ROW_UNMATCHED', 'RETURN_DUPLICATE', 'RETURN_TEXT_CHANGED', 'RETURN_NOT_RESPONSIBLE'].includes(code as string)));
  });
});
