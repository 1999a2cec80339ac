// A used range as Excel returned it (values, position, number formats where loaded) → the grid the engine reads.
import { excelSerialToDate, type CellValue, type SheetGrid } from '../core';
import { isDateFormat } from './dateFormats';
import type { XlCellValue } from './excelTypes';
import type { FormatAt } from './formatLookup';

/**
 * Excel's error values as `values` returns them. Reading `valueTypes` as well would tell them apart from the same text
 * typed by a user, but would add a third array to every read for a case no real table has.
 */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#TIMEOUT!',
]);

function toCellValue(value: XlCellValue | undefined, format: string | undefined): CellValue {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number' && isDateFormat(format)) {
    const date = excelSerialToDate(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

export interface RangeRead {
  readonly values: readonly (readonly XlCellValue[])[];
  /** A cell's number format by its place in `values`; undefined where none was loaded, which reads as no date. */
  readonly formatAt?: FormatAt;
  /** 0-based, as Excel's Range.rowIndex / columnIndex. */
  readonly rowIndex: number;
  readonly columnIndex: number;
}

export function sheetGridFromRange(name: string, range: RangeRead | null): SheetGrid {
  if (range === null) return { name, grid: [] };
  // Only numbers can be dates, so only their formats are looked up.
  const formatOf = (value: XlCellValue | undefined, r: number, c: number) => (typeof value === 'number' ? range.formatAt?.(r, c) : undefined);
  const grid = range.values.map((row, r) => row.map((value, c) => toCellValue(value, formatOf(value, r, c))));
  return { name, grid, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex + 1 };
}
