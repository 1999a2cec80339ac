// ExcelJS worksheet → SheetGrid: the values a person sees in each cell, and nothing twice.
import * as ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../core';

type RawValue = ExcelJS.CellValue | undefined;

function utcMidnight(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function richTextToPlain(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One raw ExcelJS value as the engine wants it; formulas have already been replaced by their cached result. */
function plainValue(value: RawValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : utcMidnight(value);
  if (isObject(value)) {
    if (typeof value.error === 'string') return { error: value.error };
    if (Array.isArray(value.richText)) return richTextToPlain(value as ExcelJS.CellRichTextValue);
    if ('hyperlink' in value && 'text' in value) return plainValue(value.text as RawValue);
    if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as RawValue);
  }
  return null;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  // ExcelJS repeats the master's value in every cell of a merge; Excel shows it once, in the master.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return plainValue(cell.value);
}

function trimTrailingNulls(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return row.slice(0, end);
}

/**
 * Reads every row and column, hidden or not, from A1 to the sheet's last used cell. Only cells that exist are
 * visited: `getCell` would create styled empty cells and so change the file on the next save.
 */
export function readSheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      while (values.length < columnNumber - 1) values.push(null);
      values[columnNumber - 1] = cellValue(cell);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = trimTrailingNulls(values);
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { name: sheet.name, grid: rows, firstRow: 1, firstColumn: 1 };
}
