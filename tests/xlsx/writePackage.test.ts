import type * as ExcelJS from 'exceljs';
import type { SheetPlan, WritePlan } from '../../src/core/model';
import { HIGHLIGHT_COLORS, isOwnedHighlightFormula } from '../../src/core/plan/ownership';
import { WorkbookReader } from '../../src/xlsx/read/workbookReader';
import { writePackage } from '../../src/xlsx/write/writePackage';
import { SAMPLE_SHEET } from '../../seeds/build-sample';
import { dressedSampleWorkbook, USER_NAME, USER_RULE_FORMULA } from '../fixtures/workbooks/dressedSample';
import { sheetLinks } from '../fixtures/workbooks/packageParts';
import { conditionalFormats, ownedSheetNames, readWorkbookBytes, sheetCells, workbookBytes, workbookState } from '../fixtures/workbooks/workbookFiles';

/** The plan applied to the package as checkWorkbook applies it. */
function applyPlan(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  const reader = new WorkbookReader(bytes);
  const sheet = reader.sheetNamed(plan.taskSheet);
  if (!sheet) throw Object.assign(new Error('SHEET_NOT_FOUND'), { code: 'SHEET_NOT_FOUND' });
  return writePackage(reader, { highlights: { sheet, rules: plan.highlights }, sheets: plan.sheets, clear: false });
}

const clearPackage = (bytes: Uint8Array): Uint8Array => writePackage(new WorkbookReader(bytes), { highlights: null, sheets: [], clear: true });

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

const saved = (bytes: Uint8Array): Promise<ExcelJS.Workbook> => readWorkbookBytes(bytes);

function ownedRules(sheet: ExcelJS.Worksheet): { ref: string; formula: unknown; fill: unknown; font: unknown }[] {
  return (conditionalFormats(sheet) as { ref: string; rules: ExcelJS.ExpressionRuleType[] }[]).flatMap((block) =>
    block.rules
      .filter((rule) => isOwnedHighlightFormula(rule.formulae?.[0] as string))
      .map((rule) => ({ ref: block.ref, formula: rule.formulae?.[0], fill: rule.style?.fill, font: rule.style?.font?.color })),
  );
}

describe('writePackage', () => {
  it('adds the highlight rules over the plan ranges and keeps the user rule and the cells as they were', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const before = sheetCells((await saved(input)).getWorksheet(SAMPLE_SHEET)!);
    const checked = await saved(applyPlan(input, plan()));
    const sheet = checked.getWorksheet(SAMPLE_SHEET)!;

    expect(sheetCells(sheet)).toEqual(before);
    expect(ownedRules(sheet)).toEqual([
      // Excel's own "light red fill" preset: a dxf pattern fill with a background colour and no pattern type.
      { ref: 'C5 C34:D34', formula: 'N("TaskCheck:error")=0', fill: { type: 'pattern', pattern: undefined, bgColor: { argb: `FF${HIGHLIGHT_COLORS.error.fill}` } }, font: { argb: `FF${HIGHLIGHT_COLORS.error.font}` } },
      { ref: 'E17', formula: 'N("TaskCheck:warning")=0', fill: { type: 'pattern', pattern: undefined, bgColor: { argb: `FF${HIGHLIGHT_COLORS.warning.fill}` } }, font: { argb: `FF${HIGHLIGHT_COLORS.warning.font}` } },
    ]);
    const userRules = (conditionalFormats(sheet) as { ref: string; rules: ExcelJS.ExpressionRuleType[] }[]).filter(
      (block) => block.rules.some((rule) => rule.formulae?.[0] === USER_RULE_FORMULA),
    );
    expect(userRules.map((block) => block.ref)).toEqual(['E4:E40']);
  });

  it('writes the tool sheets with bold headers, widths, a frozen header, a bold totals row and internal links', async () => {
    const checkedBytes = applyPlan(await workbookBytes(dressedSampleWorkbook()), plan());
    const checked = await saved(checkedBytes);
    const findings = checked.getWorksheet('校验结果')!;
    expect(findings.getRow(1).values).toEqual([undefined, '单元格', '问题', '建议']);
    expect(findings.getCell('A1').font?.bold).toBe(true);
    expect(findings.getColumn(2).width).toBe(40);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(findings.getCell('A2').value).toBe('C5');
    expect(findings.getCell('A2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(sheetLinks(checkedBytes, '校验结果')).toEqual([
      { ref: 'A2', location: `'${SAMPLE_SHEET}'!C5`, display: 'C5' },
      { ref: 'A3', location: `'${SAMPLE_SHEET}'!E17`, display: 'E17' },
    ]);

    const districts = checked.getWorksheet('区县汇总')!;
    expect(districts.getRow(2).values).toEqual([undefined, '马尾区', '2、3、4、5、6、7、8、22、23、26', 90000000]);
    expect(districts.getCell('A4').value).toBe('合计');
    expect(districts.getCell('C4').font?.bold).toBe(true);
    expect(districts.getCell('C3').font?.bold).toBeFalsy();
    expect(checked.worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET, '统计', '校验结果', '区县汇总']);
    expect(ownedSheetNames(checked)).toEqual({ findings: '校验结果', districts: '区县汇总' });
  });

  it('writes text that starts with = as text, never as a formula', async () => {
    const findings = (await saved(applyPlan(await workbookBytes(dressedSampleWorkbook()), plan()))).getWorksheet('校验结果')!;
    for (const address of ['B3', 'C3']) {
      expect(findings.getCell(address).formula).toBeUndefined();
      expect(typeof findings.getCell(address).value).toBe('string');
    }
    expect(findings.getCell('B3').value).toBe('=SUM(A1)');
  });

  it('replaces its sheets and rules on a rerun: no second copy, no stacked rules, no leftover rows', async () => {
    const once = applyPlan(await workbookBytes(dressedSampleWorkbook()), plan());
    const rerunPlan = plan('校验结果', '福清市区委、政府：福清是市，应为福清市委');
    const twice = await saved(applyPlan(once, { ...rerunPlan, sheets: [findingsSheet('校验结果', rerunPlan.sheets[0]!.rows.slice(0, 1)), DISTRICTS] }));

    expect(twice.worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET, '统计', '校验结果', '区县汇总']);
    expect(ownedRules(twice.getWorksheet(SAMPLE_SHEET)!)).toHaveLength(2);
    const findings = twice.getWorksheet('校验结果')!;
    expect(findings.getCell('B2').value).toBe('福清市区委、政府：福清是市，应为福清市委');
    expect(findings.actualRowCount).toBe(2);
    expect(twice.definedNames.model.filter((n) => n.name.startsWith('TaskCheck.'))).toHaveLength(2);
  });

  it('finds its sheet again after the user renamed it, and rewrites it under the name the plan gives', async () => {
    const once = await saved(applyPlan(await workbookBytes(dressedSampleWorkbook()), plan()));
    // What Excel does when the user renames a sheet: the defined names that point at it follow (ExcelJS does not).
    once.getWorksheet('校验结果')!.name = '我的校验';
    once.definedNames.model = once.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace('校验结果', '我的校验')) }));
    const renamed = await workbookBytes(once);
    expect(ownedSheetNames(await saved(renamed)).findings).toBe('我的校验');
    expect((await saved(applyPlan(renamed, plan('我的校验')))).worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET, '统计', '我的校验', '区县汇总']);
  });

  it('never touches a user sheet that has the name the tool would use', async () => {
    const input = await workbookBytes(dressedSampleWorkbook({ userSheetNamed: '校验结果' }));
    const userCells = sheetCells((await saved(input)).getWorksheet('校验结果')!);
    expect(ownedSheetNames(await saved(input))).toEqual({});
    const checkedBytes = applyPlan(input, plan('校验结果(2)'));
    const checked = await saved(checkedBytes);
    expect(sheetCells(checked.getWorksheet('校验结果')!)).toEqual(userCells);
    expect(ownedSheetNames(checked).findings).toBe('校验结果(2)');
    expect(() => applyPlan(checkedBytes, plan('校验结果'))).toThrow(expect.objectContaining({ name: 'HostError', code: 'UNEXPECTED', where: expect.objectContaining({ sheet: '校验结果' }) }));
  });

  it('says SHEET_NOT_FOUND when the plan names a task sheet the workbook lacks', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    expect(() => applyPlan(input, { ...plan(), taskSheet: 'Sheet1' })).toThrow(expect.objectContaining({ code: 'SHEET_NOT_FOUND' }));
  });
});

describe('clear', () => {
  it('leaves the workbook as it was before the tool wrote to it', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const expected = workbookState(await saved(input));
    const cleared = await saved(clearPackage(applyPlan(input, plan())));
    expect(workbookState(cleared)).toEqual(expected);
    expect(cleared.definedNames.model.map((n) => n.name)).toEqual([USER_NAME]);
  });
});
