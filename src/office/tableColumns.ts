// Which columns of a sheet hold its table, judged from its first rows: a used range can reach far beyond the table (a
// stray value in XFD1, a note typed far to the right), and reading all of it can pass Excel's 5,000,000-cell limit for
// one read. The engine finds the header among the first 30 rows of the sheet (core/table/locateTable.ts); the
// table's columns are those that hold something in the first rows, up to the first wide run of empty columns.
import type { XlCellValue } from './excelTypes';

/** The engine looks for the header among the first 30 rows; a few more cover a two-row header that starts late. */
export const HEAD_ROWS = 32;

/** Empty columns inside a table (a hidden spacer, a blank column between groups) rarely run this wide. */
export const MAX_EMPTY_COLUMNS = 10;

const isEmpty = (value: XlCellValue | undefined): boolean => value === undefined || value === '';

/**
 * How many columns, from the first, make the table: through the last column holding a value in `head` before a run of
 * more than MAX_EMPTY_COLUMNS empty columns. At least one.
 */
export function tableColumnCount(head: readonly (readonly XlCellValue[])[]): number {
  const width = head.reduce((max, row) => Math.max(max, row.length), 0);
  let last = 0;
  for (let c = 0; c < width; c += 1) {
    if (head.some((row) => !isEmpty(row[c]))) last = c + 1;
    else if (last > 0 && c + 1 - last > MAX_EMPTY_COLUMNS) break;
  }
  return Math.max(1, last);
}
