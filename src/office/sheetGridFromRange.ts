// A used range as Excel returned it (values, position, number formats where loaded) → the grid the engine reads.
import { excelSerialToDate, isDateFormat, type CellValue, type MergedRange, type SheetGrid } from '../core';
import { DATE_SYSTEM_1900, toSerial1900, type DateSystem } from './dateSystem';
import type { XlCellValue } from './excelTypes';
import { formatLookup } from './formatLookup';
import type { CellArea, LoadedCells } from './readCells';

/**
 * Excel's error values as `values` returns them. Reading `valueTypes` as well would tell them apart from the same text
 * typed by a user, but would add a third array to every read for a case no real table has.
 */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#TIMEOUT!',
]);

function toCellValue(value: XlCellValue | undefined, format: string | undefined, system: DateSystem): CellValue {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number' && isDateFormat(format)) {
    const date = excelSerialToDate(toSerial1900(value, system));
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

/** A 0-based area as Excel's range indexes give it → the sheet rows and columns the engine speaks in. */
const mergedRange = (area: CellArea): MergedRange => ({
  firstRow: area.top + 1,
  firstColumn: area.left + 1,
  lastRow: area.top + area.rows,
  lastColumn: area.left + area.columns,
});

/**
 * `cells` null: a sheet with no used range. Date serials are read in the workbook's `system`. The merged areas, where
 * they were read, come with the grid; without them the engine infers merged cells from empty ones.
 */
export function sheetGridFromRange(name: string, cells: LoadedCells | null, system: DateSystem = DATE_SYSTEM_1900): SheetGrid {
  if (cells === null) return { name, grid: [] };
  const { top, left } = cells.area;
  const formatAt = formatLookup(cells.formats, cells.area);
  // Only numbers can be dates, so only their formats are looked up.
  const grid = cells.values.map((row, r) => row.map((value, c) => toCellValue(value, typeof value === 'number' ? formatAt(r, c) : undefined, system)));
  const merges = cells.merges ? { merges: cells.merges.map(mergedRange) } : {};
  return { name, grid, firstRow: top + 1, firstColumn: left + 1, ...merges };
}
