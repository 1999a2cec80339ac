import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CheckResult, HighlightRule, PlanCell } from '../../../src/core/model';
import { compactRanges } from '../../../src/core/plan/highlightRanges';
import { planWorkbookOutput, planWorkbookOutputSteps } from '../../../src/core/plan/planWorkbookOutput';
import { filterLastRow } from '../../../src/core/plan/sheetLayout';
import { sanitizeSheetName, uniqueSheetName } from '../../../src/core/plan/sheetNaming';
import { seedRowOf, seedSheetGrid } from '../../fixtures/seedGrid';

const result = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });
const base = { lang: 'zh-CN' as const, existingSheets: ['分工方案'], ownedSheets: {} };

/** Every cell of A1 ranges such as E5:E9 (the plan only merges vertical runs). */
function cellsOf(ranges: readonly string[]): string[] {
  return ranges.flatMap((range) => {
    const [from, to = from] = range.split(':') as [string, string?];
    const [, column, start] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
    const end = Number(/\d+$/.exec(to as string)?.[0]);
    return Array.from({ length: end - Number(start) + 1 }, (_, i) => `${column}${Number(start) + i}`);
  });
}
const rule = (rules: readonly HighlightRule[], style: 'error' | 'warning') => cellsOf(rules.find((r) => r.style === style)?.ranges ?? []);

describe('highlights', () => {
  const plan = planWorkbookOutput(result, { ...base, parts: ['highlights'] });
  const errors = rule(plan.highlights, 'error');
  const warnings = rule(plan.highlights, 'warning');

  it('colours overdue deadlines and quota errors red', () => {
    for (const no of [3, 18, 23]) expect(errors).toContain(`E${seedRowOf(no)}`);
    for (const no of [8, 11, 18, 23]) expect(errors).toContain(`B${seedRowOf(no)}`);
  });

  it('colours due-soon deadlines and unit warnings amber, never a red cell too', () => {
    expect(warnings).toContain(`E${seedRowOf(4)}`);
    expect(warnings).toContain(`C${seedRowOf(24)}`);
    expect(warnings.filter((c) => errors.includes(c))).toEqual([]);
  });

  it('leaves info findings (repeated headers) uncoloured', () => {
    const headerRow = seedRowOf(7) - 1;
    expect([...errors, ...warnings].filter((c) => Number(/\d+$/.exec(c)?.[0]) === headerRow)).toEqual([]);
  });

  it('merges vertical runs into one range', () => {
    expect(compactRanges([{ column: 'E', row: 9 }, { column: 'E', row: 5 }, { column: 'E', row: 6 }, { column: 'E', row: 7 }, { column: 'B', row: 7 }, { column: 'AA', row: 1 }])).toEqual([
      'B7',
      'E5:E7',
      'E9',
      'AA1',
    ]);
    const dueSoonRun = `E${seedRowOf(15)}:E${seedRowOf(16)}`; // task 17 is 全年, not due soon
    expect(plan.highlights.find((r) => r.style === 'warning')?.ranges).toContain(dueSoonRun);
  });

  it('writes no highlights and no sheets for parts not asked for', () => {
    expect(planWorkbookOutput(result, { ...base, parts: ['findings'] }).highlights).toEqual([]);
    expect(plan.sheets).toEqual([]);
    expect(plan.taskSheet).toBe('分工方案');
  });
});

describe('findings sheet', () => {
  const [sheet] = planWorkbookOutput(result, { ...base, parts: ['findings'] }).sheets;

  it('has a row per group of repeated findings, its first cell a link to the task sheet', () => {
    expect(sheet?.name).toBe('校验结果');
    expect(sheet?.columns.map((c) => c.header)).toEqual(['级别', '问题类型', '单元格', '序号', '单位', '问题', '建议', '处数', '代码']);
    const groups = sheet?.rows.filter((r) => r[7] !== null) ?? [];
    expect(groups.length).toBeLessThan(result.findings.length);
    expect(groups.reduce((sum, r) => sum + Number(r[7]), 0)).toBe(result.findings.length);
    const duplicate = sheet?.rows.find((r) => r[8] === 'UNIT_DUPLICATE');
    const cell = `C${seedRowOf(24)}`;
    expect(duplicate).toEqual(['警告', '单位重复列出', { text: cell, link: { sheet: '分工方案', cell } }, '24', '福清市', '“福清市政府”在同一任务中出现3次。', '删除重复的单位。', 1, 'UNIT_DUPLICATE']);
  });

  it('sizes columns for Chinese text within limits', () => {
    const widths = sheet?.columns.map((c) => c.width) ?? [];
    expect(widths[5]).toBe(60);
    expect(widths.every((w) => w >= 6 && w <= 60)).toBe(true);
  });

  it('makes rows of wrapped text tall enough, and the title and the wrapped header', () => {
    const heights = new Map((sheet?.rowHeights ?? []).map((h) => [h.row, h.points]));
    expect(heights.get(1)).toBeGreaterThan(20);
    // The suggestion 将“台江区”列入牵头单位或配合单位。 fits its column to the last 。: its rows are one line high where
    // the message fits too, two where the message (分解了8000万元) runs on.
    const suggestionRows = (sheet?.rows ?? []).flatMap((r, i) => (String(r[6]).startsWith('将“台江区”列入') ? [i + 4] : []));
    expect(suggestionRows).toHaveLength(4);
    expect(suggestionRows.map((row) => heights.get(row) ?? 'one line')).toEqual([32, 'one line', 'one line', 'one line']);
    expect([...heights.keys()]).toEqual([...heights.keys()].sort((a, b) => a - b));
  });
});

describe('summary sheets', () => {
  const plan = planWorkbookOutput(result, { ...base, parts: ['summaries'], madeAt: '2023-11-21 09:30' });
  const districts = plan.sheets.find((s) => s.key === 'districts');
  const units = plan.sheets.find((s) => s.key === 'unitTasks');

  it('has a row per district, columns that say what they count, a quota column per task named from its text', () => {
    expect(districts?.name).toBe('区县汇总表');
    expect(districts?.columns.map((c) => c.header)).toEqual([
      // Broken where the header wraps: between words and before the bracketed unit, never inside a word.
      '区县', '牵头任务\n（项）', '牵头任务序号', '配合任务\n（项）', '配合任务序号',
      '任务8\n消费帮扶\n（万元）', '任务11\n招商引资实际到资额\n（亿元）', '任务18\n专业技术人员\n（名）', '任务23\n社会帮扶资金\n（万元）',
      '逾期任务\n（项）', '临近时限任务\n（项）',
    ]);
    expect(districts?.rows.map((r) => r[0])).toEqual(['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县', '合计']);
  });

  it('keeps amounts as numbers in 万元 or 亿元 with thousands separators, never in 元', () => {
    const mawei = districts?.rows.find((r) => r[0] === '马尾区');
    expect(mawei).toEqual(['马尾区', 16, '2、3、4、5、6、7、8、10、11、13、15、18、22、23、24、26', 0, '', 9000, 1.33, 12, 300, 3, 10]);
    expect(districts?.columns.slice(5, 9).map((c) => c.numberFormat)).toEqual(['#,##0', '#,##0.00', '#,##0', '#,##0']);
    // Counts stand centred, so that 16 beside a list of task numbers never reads as 162、3…
    expect(districts?.columns.map((c) => c.center === true)).toEqual([false, true, false, true, false, false, false, false, false, true, true]);
  });

  it('ends with a bold totals row counting tasks of the plan, not district-task pairs, and a note saying so', () => {
    const totalsIndex = (districts?.rows.length ?? 0) - 1;
    expect(districts?.boldRows).toEqual([totalsIndex]);
    const totals = districts?.rows[totalsIndex] as readonly PlanCell[];
    expect(totals).toEqual(['合计', 17, null, 14, null, 75_000, 10, 100, 2_700, 3, 10]);
    // Three tasks of the plan are overdue (3, 18, 23), as the task list says; the districts' own rows add up to 25.
    const overdue = new Set(result.tasks.filter((t) => t.state === 'overdue').map((t) => t.no));
    expect(totals[9]).toBe(overdue.size);
    expect(districts?.rows.slice(0, -1).reduce((sum, r) => sum + Number(r[9]), 0)).toBeGreaterThan(20);
    expect(districts?.layout?.note).toBe('说明：合计行的任务项数按任务计，一项任务涉及几个区县也只计一次；分解指标为各区县之和。');
  });

  it('leaves the totals row out of the AutoFilter, so that sorting the districts never moves 合计 among them', () => {
    expect(districts?.layout?.totalsRow).toBe(true);
    // Title, subtitle, header in row 3, nine districts in rows 4-12, 合计 in row 13.
    expect(filterLastRow(districts?.layout, districts?.rows.length ?? 0)).toBe(12);
    expect(filterLastRow(units?.layout, units?.rows.length ?? 0)).toBe(3 + (units?.rows.length ?? 0));
  });

  it('titles each sheet with the plan, the sheet checked, the as-of date and when it was made', () => {
    expect(districts?.layout).toMatchObject({
      title: '2023年闽宁协作福州市重点工作分方案 区县汇总表',
      subtitle: '校验工作表“分工方案” · 2023 年度 · 截至 2023-11-20 · 生成于 2023-11-21 09:30',
      freezeHeader: true,
      autoFilter: true,
      // Ruled, so that the printed table has its lines.
      borders: true,
    });
    expect(units?.layout?.title).toBe('2023年闽宁协作福州市重点工作分方案 单位任务清单');
  });

  it('lists every unit’s tasks with the task text, localized roles and states', () => {
    expect(units?.name).toBe('单位任务清单');
    expect(units?.columns.map((c) => c.header)).toEqual(['单位', '类别', '序号', '工作任务', '角色', '完成时限', '到期日', '任务状态']);
    const task29 = result.tasks.find((t) => t.no === '29');
    expect(units?.rows.find((r) => r[0] === '福州日报社')).toEqual([
      '福州日报社', '媒体', '29', { text: task29?.text, copyOf: { sheet: '分工方案', cell: `B${seedRowOf(29)}` } }, '配合', '全年', '2023-12-31', '正常推进',
    ]);
    expect(units?.rows.filter((r) => r[7] === '逾期').map((r) => r[2])).toContain('18');
    // The task's text wraps in a wide column: a printed list shows each task whole.
    expect(units?.columns[3]).toEqual({ header: '工作任务', width: 70, wrap: true });
  });

  it('lists a task’s sub-rows under its number once, a row repeating the text again only for another deadline', () => {
    // Task 1's text is merged over three rows, each with its own deadline or units: 区住建局 is named on all three.
    const grid = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [1, '整改背街小巷', '市城管局', '区住建局', '2023-06-30'],
      [null, null, '区住建局', '区城管局', '2023-12-31'],
      [null, null, '区城管局', '区住建局', '2023-12-31'],
    ];
    const merged = checkTaskTable({ name: '问题清单', grid, firstRow: 1, firstColumn: 1 }, { asOf: '2023-11-20' });
    const sheet = planWorkbookOutput(merged, { ...base, existingSheets: ['问题清单'], parts: ['summaries'] }).sheets.find((s) => s.key === 'unitTasks');
    const text = (cell: PlanCell | undefined) => (cell !== null && typeof cell === 'object' ? cell.text : cell);
    expect(sheet?.rows.filter((r) => r[0] === '区住建局').map((r) => [r[2], text(r[3]), r[4], r[5]])).toEqual([
      ['1', '整改背街小巷', '配合', '2023-06-30'],
      ['', '整改背街小巷', '牵头', '2023-12-31'],
    ]);
  });

  it('names sheets and columns in English on request', () => {
    const en = planWorkbookOutput(result, { ...base, lang: 'en-US', parts: ['findings', 'summaries'] });
    expect(en.sheets.map((s) => s.name)).toEqual(['Findings', 'District summary', 'Unit tasks']);
    expect(en.sheets[1]?.columns[7]?.header).toBe('Task 18\n专业技术人员\n(people)');
    expect(en.sheets[1]?.columns[6]?.header).toBe('Task 11\n招商引资实际到资额\n(100 million yuan)');
    expect(en.sheets[1]?.rows.at(-1)?.[0]).toBe('Total');
  });
});

describe('sheet names', () => {
  it('reuses the name an earlier run’s sheet carries now', () => {
    const plan = planWorkbookOutput(result, { ...base, existingSheets: ['分工方案', '我的汇总'], ownedSheets: { districts: '我的汇总' }, parts: ['summaries'] });
    expect(plan.sheets.map((s) => s.name)).toEqual(['我的汇总', '单位任务清单']);
  });

  it('does not take the name of a user’s own sheet', () => {
    const plan = planWorkbookOutput(result, { ...base, existingSheets: ['分工方案', '区县汇总表', '区县汇总表 (2)'], parts: ['summaries'] });
    expect(plan.sheets.map((s) => s.name)).toEqual(['区县汇总表 (3)', '单位任务清单']);
  });

  it('keeps to Excel’s rules: 31 characters, no []:*?/\\', () => {
    expect(sanitizeSheetName('汇总[2023]: 区/县*?')).toBe('汇总2023 区县');
    const long = 'x'.repeat(40);
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toBe(`${'x'.repeat(27)} (2)`);
    expect(uniqueSheetName('Findings', ['findings'])).toBe('Findings (2)');
  });
});

it('plans nothing to highlight for a sheet without a table', () => {
  const empty: CheckResult = checkTaskTable({ name: '空表', grid: [] }, { asOf: '2023-11-20' });
  const plan = planWorkbookOutput(empty, { ...base, parts: ['highlights', 'findings'] });
  expect(plan.highlights).toEqual([]);
  expect(plan.sheets[0]?.rows).toEqual([
    ['错误', '未找到任务表', '全表', null, null, '工作表“空表”前30行中没有任务表的表头行（未看到表头行；缺少任务列（如“工作任务”）和单位、时限或进展列（如“牵头单位”“责任单位”“完成时限”））。', expect.any(String), 1, 'TABLE_NOT_FOUND'],
  ]);
});

it('plans a 10,000-task table with one range per column run', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府', '11月底前']);
  const big = checkTaskTable({ name: '大表', grid: [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows] }, { asOf: '2023-11-20' });
  const plan = planWorkbookOutput(big, { ...base, existingSheets: ['大表'], parts: ['highlights', 'findings', 'summaries'] });
  expect(plan.highlights).toEqual([{ style: 'warning', ranges: ['E2:E10001'] }]);
  expect(plan.sheets.find((s) => s.key === 'unitTasks')?.rows).toHaveLength(20_000);
  // In steps, for a host on a UI thread: the same plan, with a chance of a turn every 500 rows' worth of work.
  const steps = planWorkbookOutputSteps(big, { ...base, existingSheets: ['大表'], parts: ['highlights', 'findings', 'summaries'] }, 500);
  let yields = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) yields += 1;
  expect(step.value).toEqual(plan);
  expect(yields).toBeGreaterThan(20_000 / 500);
});
