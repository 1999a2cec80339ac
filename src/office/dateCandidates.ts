// Which cells' number formats a split read needs (readCells.ts): only a format tells a date serial from a plain number,
// and the formats of the whole used range are 0.64 of 2.24 MB at 10,000 rows. After the values, formats are loaded
// for each column that holds numbers a date could be, from its first such row to its last: 0.13 MB for the bench's
// one deadline column at 10,000 rows.
//
// Other ways measured on the bench's 10,000-row table (JSON of the used range): `valueTypes` (0.57 MB) calls a date
// 'Double' like any number, so it cannot replace the formats; `numberFormatCategories` spends as much on 'General' as
// `numberFormat` does; `text` (1.72 MB) repeats every task's text and gives dates only as the user's locale shows them.
import { toSerial1900, type DateSystem } from './dateSystem';
import type { XlCellValue } from './excelTypes';
import type { CellArea } from './readCells';

export type { DateSystem } from './dateSystem';

/**
 * Serials of 2000-01-01 through 9999-12-31: the engine's plausible deadline years start in 2000 (parseDeadline.ts),
 * and the lower bound keeps 序号 columns (1, 2, 3…) and years typed as numbers (2023) out of the format reads up to
 * 36,525 rows. A date-formatted cell before 2000 stays a number in a split read; no plan is dated then. The bounds are
 * 1900-system serials: a workbook on the 1904 system is compared after the shift.
 */
const DATE_SERIALS = { first: 36_526, last: 2_958_465 } as const;

function mayBeDate(value: unknown, system: DateSystem): boolean {
  if (typeof value !== 'number') return false;
  const serial = toSerial1900(value, system);
  return serial >= DATE_SERIALS.first && serial < DATE_SERIALS.last + 1;
}

/** One area per column with possible dates, in sheet coordinates; none for a table of text deadlines. */
export function dateCandidateAreas(
  cells: { readonly area: CellArea; readonly values: readonly (readonly XlCellValue[])[] },
  system: DateSystem = { date1904: false },
): CellArea[] {
  const spans = new Map<number, { first: number; last: number }>();
  cells.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!mayBeDate(value, system)) return;
      const span = spans.get(c);
      if (span) span.last = r;
      else spans.set(c, { first: r, last: r });
    }),
  );
  return [...spans]
    .sort(([a], [b]) => a - b)
    .map(([column, { first, last }]) => ({ top: cells.area.top + first, left: cells.area.left + column, rows: last - first + 1, columns: 1 }));
}
