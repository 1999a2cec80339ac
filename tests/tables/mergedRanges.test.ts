// A real .xlsx (written by ExcelJS) whose units, deadlines and a text are merged over several tasks, checked as the file
// host checks it: the merged ranges the reader reports make every row of a range read its value (issue 9 §2), where
// inferring merges from empty cells alone gave the numbered rows under a merged 牵头单位 a false LEAD_MISSING. The
// LibreOffice-written copy of the same table is checked in tests/e2e/realClientWorkbooks.test.ts, Excel's in
// tests/office/mergedAreas.test.ts.
import { checkTaskTable } from '../../src/core/checkTaskTable';
import type { CheckResult } from '../../src/core/model';
import { openWorkbookFile } from '../../src/xlsx';
import { checkWorkbookTable } from '../../src/xlsx/checkWorkbook';
import { EMPTY_LEAD_ROW, MERGED_LEAD_ROWS, MERGED_TABLE_SHEET, mergedTableXlsx } from '../fixtures/workbooks/mergedTable';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN' } as const;
const rowsWith = (result: CheckResult, code: string): (number | null)[] => result.findings.filter((f) => f.code === code).map((f) => f.row);

describe('a workbook with cells merged over several tasks', () => {
  let bytes: Uint8Array;
  let result: CheckResult;

  beforeAll(async () => {
    bytes = await mergedTableXlsx();
    result = (await checkWorkbookTable(bytes, OPTIONS)).result;
  });

  it('reads the sheet’s merged ranges with its cells', () => {
    const sheet = openWorkbookFile(bytes).sheetGrid(MERGED_TABLE_SHEET);
    expect(sheet?.merges).toContainEqual({ firstRow: 3, firstColumn: 3, lastRow: 5, lastColumn: 3 });
    expect(sheet?.merges).toHaveLength(6);
  });

  it('leads tasks 2 and 3 by the 牵头单位 merged over tasks 1-3, and keeps task 4’s empty lead an error', () => {
    expect(result.tasks.filter((t) => t.row <= 5).map((t) => [t.no, t.lead, t.deadline.due])).toEqual([
      ['1', ['市商务局'], '2023-11-30'],
      ['2', ['市商务局'], '2023-11-30'],
      ['3', ['市商务局'], '2023-11-30'],
    ]);
    expect(rowsWith(result, 'LEAD_MISSING')).toEqual([EMPTY_LEAD_ROW]);
    expect(rowsWith(result, 'DEADLINE_DUE_SOON')).toEqual([3, ...MERGED_LEAD_ROWS]);
  });

  it('gives the deadline merged over task 5’s measures to each of them, counted as one task', () => {
    const task5 = result.tasks.filter((t) => t.no === '5');
    expect(task5.map((t) => [t.row, t.lead, t.deadline.due, t.subRowOf ?? null])).toEqual([
      [7, ['市人社局'], '2023-12-31', null],
      [8, ['市教育局'], '2023-12-31', 7],
      [9, ['市总工会'], '2023-12-31', 7],
    ]);
    expect(rowsWith(result, 'DEADLINE_MISSING')).toEqual([]);
  });

  it('counts the district shares of a text merged over two tasks once, and finds them all responsible', () => {
    expect(result.tasks.filter((t) => t.row >= 10).map((t) => [t.no, t.quotas.map((q) => `${q.unit}${q.amount}`)])).toEqual([
      ['6', ['鼓楼区1000000', '台江区2000000']],
      ['7', []],
    ]);
    expect(result.districts.find((d) => d.name === '台江区')?.quotas).toEqual([{ taskNo: '6', amount: 2000000, measure: '元' }]);
    expect(result.findings.filter((f) => f.code.startsWith('QUOTA_'))).toEqual([]);
  });

  it('is what the ranges add: read without them, the numbered rows under the merged cells lack a lead', () => {
    const sheet = openWorkbookFile(bytes).sheetGrid(MERGED_TABLE_SHEET)!;
    const inferred = checkTaskTable({ name: sheet.name, grid: sheet.grid }, OPTIONS);
    expect(rowsWith(inferred, 'LEAD_MISSING')).toEqual([...MERGED_LEAD_ROWS, EMPTY_LEAD_ROW]);
    expect(rowsWith(inferred, 'DEADLINE_MISSING')).toEqual(MERGED_LEAD_ROWS);
  });
});
