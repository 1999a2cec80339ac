// The tool sheets' layout as the Office adapter applies it, over the fake of Excel (tests/office/fakeExcel.ts stands for
// Excel, which cannot run here): the same plan the file writer writes, applied through Office.js, with what ExcelApi
// 1.7 lacks (AutoFilter and print setup at 1.9, folded row groups at 1.10) applied only where the host has it.
import { checkTaskTable, planWorkbookOutput, type CheckSettings, type SheetPlan } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import { seedSheetGrid } from '../fixtures/seedGrid';
import { cellBorders, ExcelApiError, FakeExcel, type FakeSheet } from './fakeExcel';
import { fakeRuntime } from './fakeRuntime';
import { seedWorkbook } from './seedWorkbook';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };
const HEADER_ROW = 3;

/** The plan the adapter writes from, made again from the same table: what each sheet should look like. */
function plannedSheets(): readonly SheetPlan[] {
  const result = checkTaskTable(seedSheetGrid(), { asOf: SETTINGS.asOf ?? '', planYear: 2023 });
  return planWorkbookOutput(result, { parts: ['findings', 'summaries'], lang: 'zh-CN', existingSheets: ['分工方案'], ownedSheets: {} }).sheets;
}
const planned = (key: SheetPlan['key']): SheetPlan => plannedSheets().find((s) => s.key === key)!;

async function pressBoth(apiVersion: string): Promise<FakeExcel> {
  const { excel } = seedWorkbook();
  excel.apiVersion = apiVersion;
  const host = createOfficeHost(fakeRuntime(excel));
  await host.validate(SETTINGS);
  await host.summarize(SETTINGS);
  return excel;
}

const cell = (sheet: FakeSheet, row: number, column: number) => sheet.cells.get(`${row},${column}`);

describe('on current Excel (ExcelApi 1.20)', () => {
  let excel: FakeExcel;

  beforeAll(async () => {
    excel = await pressBoth('1.20');
  });

  it('writes the title and subtitle merged across the table, the header in row 3, frozen, bold and wrapped', () => {
    const sheet = excel.sheet('区县汇总表');
    const plan = planned('districts');
    expect(cell(sheet, 1, 1)).toMatchObject({ value: plan.layout?.title, bold: true, size: 14 });
    expect(String(cell(sheet, 2, 1)?.value)).toMatch(/^校验工作表“分工方案” · 2023 年度 · 截至 2023-11-20 · 生成于 \d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(sheet.merges.slice(0, 2)).toEqual(['A1:K1', 'A2:K2']);
    expect(excel.valuesOf('区县汇总表')[HEADER_ROW - 1]).toEqual(plan.columns.map((c) => c.header));
    expect(cell(sheet, HEADER_ROW, 6)).toMatchObject({ bold: true, wrapText: true, verticalAlignment: 'Top' });
    expect(sheet.frozenRows).toBe(HEADER_ROW);
  });

  it('shows amounts as numbers in the column’s format, wraps task lists, bolds the totals row and writes the note', () => {
    const sheet = excel.sheet('区县汇总表');
    const rows = excel.valuesOf('区县汇总表');
    const mawei = rows.findIndex((r) => r[0] === '马尾区') + 1;
    expect(cell(sheet, mawei, 6)).toMatchObject({ value: 9000, format: '#,##0' });
    expect(cell(sheet, mawei, 7)).toMatchObject({ value: 1.33, format: '#,##0.00' });
    expect(cell(sheet, mawei, 3)?.wrapText).toBe(true);
    expect(cell(sheet, mawei, 2)).toMatchObject({ value: 16, horizontalAlignment: 'Center' });
    const totals = rows.findIndex((r) => r[0] === '合计') + 1;
    expect(cell(sheet, totals, 2)).toMatchObject({ value: 17, bold: true });
    expect(rows[totals + 1]?.[0]).toBe(planned('districts').layout?.note);
    expect(sheet.merges).toContain(`A${totals + 2}:K${totals + 2}`);
  });

  it('rules the header and body with thin lines round every cell, and leaves the title and the note without', () => {
    const sheet = excel.sheet('区县汇总表');
    const plan = planned('districts');
    const lastRow = HEADER_ROW + plan.rows.length;
    const thin = { style: 'Continuous', weight: 'Thin' };
    for (let row = HEADER_ROW; row <= lastRow; row += 1) {
      for (let column = 1; column <= plan.columns.length; column += 1) {
        expect({ row, column, borders: cellBorders(sheet, row, column) }).toEqual({ row, column, borders: { top: thin, bottom: thin, left: thin, right: thin } });
      }
    }
    for (const row of [1, 2, lastRow + 2]) expect({ row, borders: cellBorders(sheet, row, 1) }).toEqual({ row, borders: undefined });
  });

  it('gives the title block and the rows below the body the plan’s heights, and lets Excel fit the body’s rows of wrapped text', () => {
    for (const key of ['findings', 'districts', 'unitTasks'] as const) {
      const plan = planned(key);
      const sheet = excel.sheet(plan.name);
      const lastRow = HEADER_ROW + plan.rows.length;
      const outside = (plan.rowHeights ?? []).filter((h) => h.row <= HEADER_ROW || h.row > lastRow);
      for (const { row, points } of outside) expect({ row, points: sheet.rowHeights.get(row) }).toEqual({ row, points });
      expect(sheet.rowHeights.size).toBe(outside.length);
      // Every one of these sheets has body rows taller than a line (the unit task list's task texts wrap).
      expect(outside.length).toBeLessThan(plan.rowHeights?.length ?? 0);
      expect(sheet.fittedRows).toEqual([{ top: HEADER_ROW + 1, bottom: lastRow }]);
    }
  });

  it('puts an AutoFilter on the header and sets up every sheet for A4 landscape, one page wide, header rows on each page', () => {
    for (const name of ['校验结果', '区县汇总表', '单位任务清单']) {
      const sheet = excel.sheet(name);
      const plan = plannedSheets().find((s) => s.name === name)!;
      // The totals row (合计) stays out of the filter.
      const lastRow = HEADER_ROW + plan.rows.length - (plan.layout?.totalsRow ? 1 : 0);
      expect(sheet.autoFilter).toMatch(new RegExp(`^A${HEADER_ROW}:[A-Z]+${lastRow}$`));
      expect(sheet.pageLayout).toEqual({
        paperSize: 'A4',
        orientation: 'Landscape',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: `$1:$${HEADER_ROW}`,
        leftFooter: '截至 2023-11-20',
        centerFooter: '第 &P 页，共 &N 页',
        rightFooter: '&A',
      });
    }
  });

  it('folds each group’s linked cells under its row', () => {
    const sheet = excel.sheet('校验结果');
    const plan = planned('findings');
    expect(plan.rowGroups?.length).toBeGreaterThan(5);
    for (const group of plan.rowGroups ?? []) {
      for (let i = group.first; i < group.first + group.count; i += 1) {
        const row = HEADER_ROW + 1 + i;
        expect({ row, level: sheet.outlineLevels.get(row), hidden: sheet.hiddenRows.has(row) }).toEqual({ row, level: 1, hidden: true });
      }
      expect(sheet.hiddenRows.has(HEADER_ROW + 1 + group.first + group.count)).toBe(false);
    }
    expect(sheet.outlineLevels.size).toBe((plan.rowGroups ?? []).reduce((sum, g) => sum + g.count, 0));
  });

  it('writes the unit task list’s task text as a reference to the task’s cell', () => {
    const sheet = excel.sheet('单位任务清单');
    const first = cell(sheet, HEADER_ROW + 1, 4);
    expect(first).toMatchObject({ value: "='分工方案'!B5", formula: true, format: 'General' });
  });

  it('writes the same sheets again on a rerun, its earlier heights, merges, groups and filter gone first', async () => {
    const before = ['校验结果', '区县汇总表', '单位任务清单'].map((name) => {
      const sheet = excel.sheet(name);
      return { values: excel.valuesOf(name), merges: [...sheet.merges], heights: [...sheet.rowHeights], levels: [...sheet.outlineLevels], filter: sheet.autoFilter };
    });
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    const after = ['校验结果', '区县汇总表', '单位任务清单'].map((name) => {
      const sheet = excel.sheet(name);
      return { values: excel.valuesOf(name), merges: [...sheet.merges], heights: [...sheet.rowHeights], levels: [...sheet.outlineLevels], filter: sheet.autoFilter };
    });
    // Only the made-at minute of the subtitle may differ between the two runs.
    const withoutMadeAt = (states: typeof before) => states.map((s) => ({ ...s, values: s.values.filter((_, i) => i !== 1) }));
    expect(withoutMadeAt(after)).toEqual(withoutMadeAt(before));
  });
});

describe('on volume-licensed Office 2019 (ExcelApi 1.7)', () => {
  let excel: FakeExcel;

  beforeAll(async () => {
    excel = await pressBoth('1.7');
  });

  it('writes the same cells, title, header, formats and heights, without calling what 1.7 lacks', () => {
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '校验结果', '区县汇总表', '单位任务清单']);
    const calls = excel.syncs.flatMap((s) => s.calls);
    for (const call of ['AutoFilter.apply', 'PageLayout.paperSize', 'Range.group', 'Range.hideGroupDetails']) expect(calls).not.toContain(call);
    const sheet = excel.sheet('区县汇总表');
    expect(sheet.frozenRows).toBe(HEADER_ROW);
    expect(sheet.merges.slice(0, 2)).toEqual(['A1:K1', 'A2:K2']);
    expect(sheet.autoFilter).toBeNull();
    expect(sheet.pageLayout).toEqual({});
    expect(excel.sheet('校验结果').hiddenRows.size).toBe(0);
  });

  it('is refused by the fake when asked for an AutoFilter, as Excel 2019 refuses it', async () => {
    const sheet = excel.context.workbook.worksheets.getItem('区县汇总表');
    sheet.autoFilter.apply('A3:K13');
    await expect(excel.context.sync()).rejects.toEqual(expect.any(ExcelApiError));
  });
});

describe('a table that reports progress (the district summary’s 通报, 单位进展排名)', () => {
  const TABLE: (string | number | null)[][] = [
    ['2023年福州市重点工作推进情况'],
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '进展情况'],
    [1, '新建口袋公园10个', '鼓楼区', '台江区', '年底前', '完成95%'],
    [2, '改造老旧小区20个', '台江区', '鼓楼区', '年底前', '完成60%'],
    [3, '新增停车位500个', '仓山区', '', '10月底前', '完成90%'],
  ];
  let excel: FakeExcel;

  beforeAll(async () => {
    excel = new FakeExcel();
    excel.addSheet('推进情况', TABLE);
    await createOfficeHost(fakeRuntime(excel)).summarize({ ...SETTINGS, asOf: '2023-11-30', sheet: '推进情况' });
  });

  it('writes the 通报 under the totals note, its heading bold, its text wrapped across the table, outside the filter', () => {
    const sheet = excel.sheet('区县汇总表');
    const rows = excel.valuesOf('区县汇总表');
    const totals = rows.findIndex((r) => r[0] === '合计') + 1;
    const heading = totals + 4;
    expect(cell(sheet, heading, 1)).toMatchObject({ value: '进展通报', bold: true });
    expect(cell(sheet, heading + 1, 1)).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
    expect(String(cell(sheet, heading + 1, 1)?.value)).toMatch(/^截至11月30日，3项重点任务中/);
    expect(sheet.merges).toEqual(expect.arrayContaining([`A${heading}:G${heading}`, `A${heading + 1}:G${heading + 1}`]));
    expect(sheet.rowHeights.get(heading + 1)).toBeGreaterThan(15);
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:G${totals - 1}`);
  });

  it('lays 单位进展排名 out as every tool sheet', () => {
    const sheet = excel.sheet('单位进展排名');
    // A narrow sheet: its title wraps within the table and its row is as tall as the plan says.
    expect(cell(sheet, 1, 1)).toMatchObject({ value: '2023年福州市重点工作推进情况 各单位进展情况', wrapText: true });
    const plan = planWorkbookOutput(checkTaskTable({ name: '推进情况', grid: TABLE }, { asOf: '2023-11-30', planYear: 2023 }), {
      parts: ['summaries'],
      lang: 'zh-CN',
      existingSheets: ['推进情况'],
      ownedSheets: {},
    }).sheets.find((s) => s.key === 'unitProgress')!;
    expect(sheet.rowHeights.get(1)).toBe(plan.rowHeights?.find((h) => h.row === 1)?.points);
    expect(excel.valuesOf('单位进展排名')[HEADER_ROW - 1]?.[0]).toBe('单位');
    expect(sheet.frozenRows).toBe(HEADER_ROW);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: `$1:$${HEADER_ROW}`, centerFooter: '第 &P 页，共 &N 页' });
  });
});
