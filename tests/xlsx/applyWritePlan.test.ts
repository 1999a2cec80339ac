import type * as ExcelJS from 'exceljs';
import type { SheetPlan, WritePlan } from '../../src/core/model';
import { HIGHLIGHT_COLORS, isOwnedHighlightFormula } from '../../src/core/plan/ownership';
import { applyWritePlan, clearOwned } from '../../src/xlsx/applyWritePlan';
import { ownedSheetNames } from '../../src/xlsx/ownedSheets';
import { SAMPLE_SHEET } from '../../seeds/build-sample';
import { dressedSampleWorkbook, USER_NAME, USER_RULE_FORMULA } from '../fixtures/workbooks/dressedSample';
import { conditionalFormats, readWorkbookBytes, sheetCells, workbookBytes, workbookState } from '../fixtures/workbooks/workbookFiles';

// Plans as the engine would hand them over for the sample table (row 6 is task 3, row 34 is task 23).
function findingsSheet(name: string, rows: SheetPlan['rows']): SheetPlan {
  return {
    key: 'findings',
    name,
    columns: [
      { header: '单元格', width: 10 },
      { header: '问题', width: 40 },
      { header: '建议', width: 30 },
    ],
    rows,
    boldRows: [],
  };
}

const DISTRICTS: SheetPlan = {
  key: 'districts',
  name: '区县汇总',
  columns: [
    { header: '区县', width: 10 },
    { header: '牵头任务', width: 30 },
    { header: '指标（元）', width: 14 },
  ],
  rows: [
    ['马尾区', '2、3、4、5、6、7、8、22、23、26', 90000000],
    ['闽侯县', '2、3、4、5、6、7、8、22、23、26', 90000000],
    ['合计', null, 750000000],
  ],
  boldRows: [2],
};

function plan(findingsName = '校验结果', firstFinding = '闽侯区委、政府：闽侯是县，应为闽侯县委'): WritePlan {
  return {
    taskSheet: SAMPLE_SHEET,
    highlights: [
      { style: 'error', ranges: ['C5', 'C34:D34'] },
      { style: 'warning', ranges: ['E17'] },
    ],
    sheets: [
      findingsSheet(findingsName, [
        [{ text: 'C5', link: { sheet: SAMPLE_SHEET, cell: 'C5' } }, firstFinding, '闽侯县委、政府'],
        [{ text: 'E17', link: { sheet: SAMPLE_SHEET, cell: 'E17' } }, '=SUM(A1)', '=这是建议，不是公式'],
      ]),
      DISTRICTS,
    ],
  };
}

async function saved(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readWorkbookBytes(await workbookBytes(workbook));
}

function ownedRules(sheet: ExcelJS.Worksheet): { ref: string; formula: unknown; fill: unknown; font: unknown }[] {
  return (conditionalFormats(sheet) as { ref: string; rules: ExcelJS.ExpressionRuleType[] }[]).flatMap((block) =>
    block.rules
      .filter((rule) => isOwnedHighlightFormula(rule.formulae?.[0] as string))
      .map((rule) => ({ ref: block.ref, formula: rule.formulae?.[0], fill: rule.style?.fill, font: rule.style?.font?.color })),
  );
}

describe('applyWritePlan', () => {
  it('adds the highlight rules over the plan ranges and keeps the user rule and the cells as they were', async () => {
    const original = await saved(dressedSampleWorkbook());
    const before = sheetCells(original.getWorksheet(SAMPLE_SHEET)!);
    applyWritePlan(original, plan());
    const checked = await saved(original);
    const sheet = checked.getWorksheet(SAMPLE_SHEET)!;

    expect(sheetCells(sheet)).toEqual(before);
    expect(ownedRules(sheet)).toEqual([
      { ref: 'C5 C34:D34', formula: 'N("TaskCheck:error")=0', fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${HIGHLIGHT_COLORS.error.fill}` } }, font: { argb: `FF${HIGHLIGHT_COLORS.error.font}` } },
      { ref: 'E17', formula: 'N("TaskCheck:warning")=0', fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${HIGHLIGHT_COLORS.warning.fill}` } }, font: { argb: `FF${HIGHLIGHT_COLORS.warning.font}` } },
    ]);
    const userRules = (conditionalFormats(sheet) as { ref: string; rules: ExcelJS.ExpressionRuleType[] }[]).filter(
      (block) => block.rules.some((rule) => rule.formulae?.[0] === USER_RULE_FORMULA),
    );
    expect(userRules.map((block) => block.ref)).toEqual(['E4:E40']);
  });

  it('writes the tool sheets with bold headers, widths, a frozen header, a bold totals row and internal links', async () => {
    const workbook = await saved(dressedSampleWorkbook());
    applyWritePlan(workbook, plan());
    const checked = await saved(workbook);
    const findings = checked.getWorksheet('校验结果')!;
    expect(findings.getRow(1).values).toEqual([undefined, '单元格', '问题', '建议']);
    expect(findings.getCell('A1').font?.bold).toBe(true);
    expect(findings.getColumn(2).width).toBe(40);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(findings.getCell('A2').value).toEqual({ text: 'C5', hyperlink: `#'${SAMPLE_SHEET}'!C5` });

    const districts = checked.getWorksheet('区县汇总')!;
    expect(districts.getRow(2).values).toEqual([undefined, '马尾区', '2、3、4、5、6、7、8、22、23、26', 90000000]);
    expect(districts.getCell('A4').value).toBe('合计');
    expect(districts.getCell('C4').font?.bold).toBe(true);
    expect(districts.getCell('C3').font?.bold).toBeFalsy();
    expect(ownedSheetNames(checked)).toEqual({
      existingSheets: [SAMPLE_SHEET, '统计', '校验结果', '区县汇总'],
      ownedSheets: { findings: '校验结果', districts: '区县汇总' },
    });
  });

  it('writes text that starts with = as text, never as a formula', async () => {
    const workbook = await saved(dressedSampleWorkbook());
    applyWritePlan(workbook, plan());
    const findings = (await saved(workbook)).getWorksheet('校验结果')!;
    for (const address of ['B3', 'C3']) {
      expect(findings.getCell(address).formula).toBeUndefined();
      expect(typeof findings.getCell(address).value).toBe('string');
    }
    expect(findings.getCell('B3').value).toBe('=SUM(A1)');
  });

  it('replaces its sheets and rules on a rerun: no second copy, no stacked rules, no leftover rows', async () => {
    const workbook = await saved(dressedSampleWorkbook());
    applyWritePlan(workbook, plan());
    const once = await saved(workbook);
    const rerunPlan = plan('校验结果', '福清市区委、政府：福清是市，应为福清市委');
    applyWritePlan(once, { ...rerunPlan, sheets: [findingsSheet('校验结果', rerunPlan.sheets[0]!.rows.slice(0, 1)), DISTRICTS] });
    const twice = await saved(once);

    expect(twice.worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET, '统计', '校验结果', '区县汇总']);
    expect(ownedRules(twice.getWorksheet(SAMPLE_SHEET)!)).toHaveLength(2);
    const findings = twice.getWorksheet('校验结果')!;
    expect(findings.getCell('B2').value).toBe('福清市区委、政府：福清是市，应为福清市委');
    expect(findings.actualRowCount).toBe(2);
    expect(twice.definedNames.model.filter((n) => n.name.startsWith('TaskCheck.'))).toHaveLength(2);
  });

  it('finds its sheet again after the user renamed it, and rewrites it under the name the plan gives', async () => {
    const workbook = await saved(dressedSampleWorkbook());
    applyWritePlan(workbook, plan());
    const once = await saved(workbook);
    // What Excel does when the user renames a sheet: the defined names that point at it follow (ExcelJS does not).
    once.getWorksheet('校验结果')!.name = '我的校验';
    once.definedNames.model = once.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace('校验结果', '我的校验')) }));
    const renamed = await saved(once);
    expect(ownedSheetNames(renamed).ownedSheets.findings).toBe('我的校验');
    applyWritePlan(renamed, plan('我的校验'));
    expect((await saved(renamed)).worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET, '统计', '我的校验', '区县汇总']);
  });

  it('never touches a user sheet that has the name the tool would use', async () => {
    const workbook = await saved(dressedSampleWorkbook({ userSheetNamed: '校验结果' }));
    const userCells = sheetCells(workbook.getWorksheet('校验结果')!);
    expect(ownedSheetNames(workbook).ownedSheets).toEqual({});
    applyWritePlan(workbook, plan('校验结果(2)'));
    const checked = await saved(workbook);
    expect(sheetCells(checked.getWorksheet('校验结果')!)).toEqual(userCells);
    expect(ownedSheetNames(checked).ownedSheets.findings).toBe('校验结果(2)');
    expect(() => applyWritePlan(checked, plan('校验结果'))).toThrow(expect.objectContaining({ name: 'HostError', code: 'UNEXPECTED', where: expect.objectContaining({ sheet: '校验结果' }) }));
    expect(sheetCells(checked.getWorksheet('校验结果')!)).toEqual(userCells);
  });

  it('says SHEET_NOT_FOUND when the plan names a task sheet the workbook lacks', async () => {
    const workbook = await saved(dressedSampleWorkbook());
    expect(() => applyWritePlan(workbook, { ...plan(), taskSheet: 'Sheet1' })).toThrow(expect.objectContaining({ code: 'SHEET_NOT_FOUND' }));
  });
});

describe('clearOwned', () => {
  it('leaves the workbook as it was before the tool wrote to it', async () => {
    const original = await saved(dressedSampleWorkbook());
    const expected = workbookState(await saved(original));
    applyWritePlan(original, plan());
    const checked = await saved(original);
    clearOwned(checked);
    const cleared = await saved(checked);
    expect(workbookState(cleared)).toEqual(expected);
    expect(cleared.definedNames.model.map((n) => n.name)).toEqual([USER_NAME]);
  });
});
