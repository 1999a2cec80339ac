// The tool's highlight rules where Excel has no RangeAreas (ExcelApi 1.7, volume-licensed Office 2019), through the
// fake of Excel (tests/office/fakeExcel.ts stands for Excel, which cannot run here). The fake evaluates the rules'
// formulas and the marks sheet's cells (fakeFormulas.ts), so the tests read which cells are coloured, as Excel would
// paint them, rather than what the adapter meant to write.
import { HIGHLIGHT_COLORS, isOwnedHighlightFormula, type CheckResult, type CheckSettings, type HighlightStyle } from '../../src/core';
import { highlightRules } from '../../src/core/plan/highlightRanges';
import { createOfficeHost } from '../../src/office';
import { MAX_RECTANGLE_RULES, joinRectangles, rectangleAddress, styleAreas } from '../../src/office/highlightAreas';
import { FakeExcel, type FakeSheet } from './fakeExcel';
import { fakeRuntime } from './fakeRuntime';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };
const SHEET = '分工方案';
const HEADER_ROW = 2;

type Row = (string | number | null)[];

/**
 * `count` tasks under a title and a header; every third task lacks its 牵头单位 (an error in column C) and every
 * second one was due by the end of October (overdue on 2023-11-20: an error in column E): 3,333 + 5,000 cells apart.
 */
function gappyRows(count: number): Row[] {
  const rows: Row[] = [['2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let i = 1; i <= count; i += 1) rows.push([i, `组织第${i}批劳务协作对接活动`, i % 3 === 0 ? '' : '市人社局', '马尾区、闽侯县', i % 2 === 0 ? '10月底前' : '12月底前']);
  return rows;
}

const STYLE_OF_FILL = new Map<string, HighlightStyle>(
  (Object.entries(HIGHLIGHT_COLORS) as [HighlightStyle, { fill: string }][]).map(([style, colors]) => [`#${colors.fill}`, style]),
);
const toolRules = (sheet: FakeSheet) => sheet.rules.filter((rule) => isOwnedHighlightFormula(rule.formula));

/** The style the tool's rules paint a cell in, as Excel would evaluate them (the first true rule wins), or null. */
function paintedStyle(excel: FakeExcel, row: number, column: number): HighlightStyle | null {
  const rule = excel.formattingRules(SHEET, row, column).find((r) => isOwnedHighlightFormula(r.formula));
  return rule ? (STYLE_OF_FILL.get(rule.fill) ?? null) : null;
}

/** The style the plan gives each cell ('E7' → 'error'). */
function plannedStyles(result: CheckResult): Map<string, HighlightStyle> {
  const styles = new Map<string, HighlightStyle>();
  for (const rule of highlightRules(result)) {
    for (const area of joinRectangles(rule.ranges)) {
      for (let r = area.top; r <= area.bottom; r += 1) for (let c = area.left; c <= area.right; c += 1) styles.set(`${r},${c}`, rule.style);
    }
  }
  return styles;
}

/** Rows of the table to compare cell by cell: its first and last 120, and every 53rd between. */
const sampleRows = (count: number): number[] => {
  const last = HEADER_ROW + count;
  const rows: number[] = [];
  for (let r = HEADER_ROW + 1; r <= last; r += 1) if (r <= HEADER_ROW + 120 || r > last - 120 || r % 53 === 0) rows.push(r);
  return rows;
};

describe('rectangles of marked cells', () => {
  it('joins vertical runs, and side by side runs of the same rows, into one rectangle each', () => {
    const areas = joinRectangles(['C5:C9', 'D5:D9', 'E5:E7', 'E9', 'G5:G9', 'C12']);
    expect(areas.map(rectangleAddress)).toEqual(['C5:D9', 'C12', 'E5:E7', 'E9', 'G5:G9']);
  });

  it('lists a style only when its rectangles pass the cap, one list per column', () => {
    const scattered = Array.from({ length: MAX_RECTANGLE_RULES + 1 }, (_, i) => `E${3 + 2 * i}`);
    expect(styleAreas([{ style: 'error', ranges: scattered.slice(0, -1) }])[0]).toMatchObject({ kind: 'rectangles' });
    expect(styleAreas([{ style: 'error', ranges: [...scattered, 'C4'] }])[0]).toEqual({
      style: 'error',
      kind: 'listed',
      columns: [
        { column: 3, top: 4, bottom: 4, rows: [4] },
        { column: 5, top: 3, bottom: 3 + 2 * MAX_RECTANGLE_RULES, rows: scattered.map((address) => Number(address.slice(1))) },
      ],
    });
  });
});

describe('10,000 tasks with a gap on every third row, at ExcelApi 1.7', () => {
  const COUNT = 10_000;
  let excel: FakeExcel;
  let result: CheckResult;
  beforeAll(async () => {
    excel = new FakeExcel();
    excel.apiVersion = '1.7';
    excel.addSheet(SHEET, gappyRows(COUNT));
    result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
  });

  it('bounds the rules: one per column of a scattered style, where a rule per run made 8,333', () => {
    const plan = highlightRules(result);
    expect(plan.flatMap((rule) => rule.ranges)).toHaveLength(8_333);
    const rules = toolRules(excel.sheet(SHEET));
    // Both marked columns of the one style (error): C and E.
    expect(rules.map((rule) => rule.addresses)).toEqual([`C${HEADER_ROW + 3}:C${HEADER_ROW + 9_999}`, `E${HEADER_ROW + 2}:E${HEADER_ROW + COUNT}`]);
    expect(rules[1]?.formula).toBe(`=AND(N("TaskCheck:error")=0,COUNTIF('校验标记'!$B$2:$B$5001,ROW(E${HEADER_ROW + 2}))>0)`);
    // The marks sheet is hidden, found by its defined name, and holds one reference per marked cell.
    const marks = excel.sheet('校验标记');
    expect(marks.visibility).toBe('Hidden');
    expect(excel.names.get('TaskCheck.Marks')).toBe(marks);
    expect(excel.cell('校验标记', 'B2')?.value).toBe(`=ROW('${SHEET}'!E${HEADER_ROW + 2})`);
    expect(excel.valuesOf('校验标记')).toHaveLength(5_001);
  });

  it('colours exactly the cells the plan marks, and none else', () => {
    const planned = plannedStyles(result);
    const wrong: string[] = [];
    for (const row of sampleRows(COUNT)) {
      for (let column = 1; column <= 5; column += 1) {
        const [painted, meant] = [paintedStyle(excel, row, column), planned.get(`${row},${column}`) ?? null];
        if (painted !== meant) wrong.push(`${row},${column}: ${painted} for ${meant}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(paintedStyle(excel, HEADER_ROW + 2, 5)).toBe('error');
  });

  it('keeps each mark on its task when the user inserts rows above it', () => {
    const inserted = new FakeExcel();
    inserted.apiVersion = '1.7';
    inserted.addSheet(SHEET, gappyRows(300));
    return createOfficeHost(fakeRuntime(inserted))
      .validate(SETTINGS)
      .then((checked) => {
        const planned = plannedStyles(checked);
        // Two rows go in above task 100 (sheet row 102): every task from there on moves two rows down.
        inserted.insertRows(SHEET, 102, 2);
        for (let row = HEADER_ROW + 1; row <= HEADER_ROW + 302; row += 1) {
          const before = row < 102 ? row : row >= 104 ? row - 2 : null;
          for (const column of [3, 5]) {
            const expected = before === null ? null : (planned.get(`${before},${column}`) ?? null);
            expect([row, column, paintedStyle(inserted, row, column)]).toEqual([row, column, expected]);
          }
        }
      });
  });

  it('replaces its rules and its marks sheet on a rerun, and clears both', async () => {
    const host = createOfficeHost(fakeRuntime(excel));
    const userRule = excel.addUserRule(SHEET, 'B3:B20', '=LEN($B3)>50');
    await host.validate({ ...SETTINGS, asOf: '2023-09-01' });
    // On 2023-09-01 nothing is overdue or near: only column C is listed, on the marks sheet that took the other name.
    expect(toolRules(excel.sheet(SHEET)).map((rule) => rule.addresses)).toEqual([`C${HEADER_ROW + 3}:C${HEADER_ROW + 9_999}`]);
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET, '校验结果', '校验标记 (2)']);
    expect([...excel.names.keys()].sort()).toEqual(['TaskCheck.Findings', 'TaskCheck.Marks.2']);
    expect(excel.sheet(SHEET).rules[0]).toBe(userRule);
    await host.clear();
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(excel.sheet(SHEET).rules).toEqual([userRule]);
    expect([...excel.names.keys()]).toEqual([]);
  });
});

describe('a table whose marks come in runs, at ExcelApi 1.7', () => {
  it('gets a rule per rectangle and no marks sheet', async () => {
    const excel = new FakeExcel();
    excel.apiVersion = '1.7';
    const rows = gappyRows(40).map((row, i) => (i >= 2 ? [row[0] ?? null, row[1] ?? null, i < 12 ? '' : '市人社局', row[3] ?? null, '12月底前'] : row));
    excel.addSheet(SHEET, rows);
    await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(toolRules(excel.sheet(SHEET)).map((rule) => [rule.addresses, rule.formula])).toEqual([['C3:C12', '=N("TaskCheck:error")=0']]);
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET, '校验结果']);
  });
});
