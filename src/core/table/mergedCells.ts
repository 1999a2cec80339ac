// What the merged ranges a host reports give the rows below their first. Excel shows a range merged over rows 3-5
// once, and a clerk reads it on each of those rows: a 牵头单位 merged over tasks 3, 4 and 5 leads all three, though
// each has its own 序号. Every row of a range reads as its first row does, and the first row reads a range merged
// across columns in its first column only (where Excel shows the value), so a range over 牵头单位 and 配合单位 leads
// on every row and supports on none.
import type { CellValue, MergedRange, SheetGrid } from '../model';
import { cellText } from './cellText';

/** The value a range merged from a row above gives the cell at a grid position (0-based); undefined where none does. */
export type MergedValueAt = (index: number, column: number) => CellValue | undefined;

/** Excel's widest sheet: grid positions are keyed as one number, index × this + column. */
const MAX_COLUMNS = 16_384;

const NONE: MergedValueAt = () => undefined;

/**
 * The values the sheet's merged ranges give in `columns` (grid column indices) of the rows from `firstDataIndex` on.
 * A range whose first row is above that row (a header cell merged over two header rows) gives the table's rows
 * nothing; nor does a range whose first cell is empty. In steps: after every `slice` ranges read or cells given (a
 * range merged down a whole column of a long table gives thousands), it yields the number of ranges read.
 */
export function* mergedValuesSteps(sheet: SheetGrid, firstDataIndex: number, columns: readonly number[], slice = Number.POSITIVE_INFINITY): Generator<number, MergedValueAt> {
  const merges: readonly MergedRange[] = sheet.merges ?? [];
  if (merges.length === 0) return NONE;
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const read = new Set(columns);
  const given = new Map<number, CellValue>();
  let work = 0;
  for (let m = 0; m < merges.length; m += 1) {
    work += 1;
    if (work % slice === 0) yield m;
    const merge = merges[m] as MergedRange;
    const top = merge.firstRow - firstRow;
    const column = merge.firstColumn - firstColumn;
    if (top < firstDataIndex || !read.has(column) || merge.lastRow <= merge.firstRow) continue;
    const value = sheet.grid[top]?.[column] ?? null;
    if (cellText(value) === '') continue;
    const bottom = Math.min(merge.lastRow - firstRow, sheet.grid.length - 1);
    for (let index = top + 1; index <= bottom; index += 1) {
      given.set(index * MAX_COLUMNS + column, value);
      work += 1;
      if (work % slice === 0) yield m;
    }
  }
  return given.size === 0 ? NONE : (index, column) => given.get(index * MAX_COLUMNS + column);
}
