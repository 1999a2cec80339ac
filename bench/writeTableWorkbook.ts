// The synthetic table as a real .xlsx, written the way Excel stores text (shared strings), for the command-line runs.
import * as ExcelJS from 'exceljs';
import type { SheetGrid } from '../src/core/model';

/** ExcelJS stores a CellError as its formula-result shape; the synthetic tables hold none, so they are refused here. */
function xlsxValue(value: SheetGrid['grid'][number][number]): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) throw new TypeError('error cells are not written');
  return value;
}

export async function writeTableWorkbook(sheet: SheetGrid, file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const worksheet = writer.addWorksheet(sheet.name);
  for (const row of sheet.grid) worksheet.addRow(row.map(xlsxValue)).commit();
  worksheet.commit();
  await writer.commit();
}
