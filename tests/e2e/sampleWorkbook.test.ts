import type * as ExcelJS from 'exceljs';
import { buildSampleWorkbook, SAMPLE_SHEET, SAMPLE_TITLE, SAMPLE_WORKBOOK_PATH, sampleRows } from '../../seeds/build-sample';
import { samplePlanText } from '../fixtures/workbooks/dressedSample';
import { readWorkbookBytes, readWorkbookFile, workbookBytes } from '../fixtures/workbooks/workbookFiles';

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (row) => row ?? []);
}

describe('seeds/fuzhou-2023.xlsx', () => {
  it('holds exactly what seeds/build-sample.ts builds from the published plan', async () => {
    const committed = (await readWorkbookFile(SAMPLE_WORKBOOK_PATH)).getWorksheet(SAMPLE_SHEET)!;
    const built = (await readWorkbookBytes(await workbookBytes(buildSampleWorkbook(samplePlanText())))).getWorksheet(SAMPLE_SHEET)!;
    expect(values(committed)).toEqual(values(built));
    expect(committed.model.merges).toEqual(['A1:E1']);
  });

  it('is the attachment as published: title, header repeated before tasks 7, 13, 20 and 25, 29 tasks', async () => {
    const sheet = (await readWorkbookFile(SAMPLE_WORKBOOK_PATH)).getWorksheet(SAMPLE_SHEET)!;
    expect(sheet.getCell('A1').value).toBe(SAMPLE_TITLE);
    const firstColumn = values(sheet).map((row) => row[0] ?? null);
    const headerRows = firstColumn.flatMap((v, i) => (v === '序号' ? [i + 1] : []));
    expect(headerRows.map((r) => sheet.getCell(r + 1, 1).value)).toEqual([1, 7, 13, 20, 25]);
    expect(firstColumn.filter((v) => typeof v === 'number')).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(sheet.getCell(headerRows[1]! - 1, 1).value).toBeNull();
  });

  it('keeps the cell text of the published plan, including its mistakes', async () => {
    const sheet = (await readWorkbookFile(SAMPLE_WORKBOOK_PATH)).getWorksheet(SAMPLE_SHEET)!;
    const task2 = sampleRows(samplePlanText()).find((cells) => cells[0] === '2')!;
    const row = values(sheet).find((cells) => cells[0] === 2)!;
    expect(row.slice(1)).toEqual(task2.slice(1));
    expect(row[2]).toBe('马尾区区委、政府 闽侯区委、政府 福清市区委、政府');
  });
});
