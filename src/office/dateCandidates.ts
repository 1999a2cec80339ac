// Which cells' number formats a read needs: only a format tells a date serial from a plain number, but loading the
// formats of the whole used range cost 0.64 of 2.34 MB at 10,000 rows. Values are read first; formats are then loaded
// for each column that holds numbers a date could be, from its first such row to its last (0.13 MB for the one
// deadline column at 10,000 rows).
//
// Other ways measured on the bench's 10,000-row table (JSON of the used range): `valueTypes` (0.57 MB) calls a date
// 'Double' like any number, so it cannot replace the formats; `numberFormatCategories` spends as much on 'General' as
// `numberFormat` does; `text` (1.72 MB) repeats every task's text and gives dates only as the user's locale shows them.
import type { CellArea, LoadedCells } from './readCells';

/**
 * Serials of 1950-01-01 through 9999-12-31. Plans are dated this century; the lower bound keeps 序号 columns (1, 2, 3…)
 * and years typed as numbers (2023) out up to 18,000 rows, so a plain table costs no sync for formats. A date-formatted
 * number below it stays a number, as the engine reads a deadline number outside its plausible years anyway.
 */
export const DATE_SERIALS = { first: 18_264, last: 2_958_465 } as const;

function mayBeDate(value: unknown): boolean {
  return typeof value === 'number' && value >= DATE_SERIALS.first && value < DATE_SERIALS.last + 1;
}

/** One area per column with possible dates, in sheet coordinates; none for a table of text deadlines. */
export function dateCandidateAreas(cells: LoadedCells): CellArea[] {
  const spans = new Map<number, { first: number; last: number }>();
  (cells.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (!mayBeDate(value)) return;
      const span = spans.get(c);
      if (span) span.last = r;
      else spans.set(c, { first: r, last: r });
    }),
  );
  return [...spans]
    .sort(([a], [b]) => a - b)
    .map(([column, { first, last }]) => ({ top: cells.area.top + first, left: cells.area.left + column, rows: last - first + 1, columns: 1 }));
}
