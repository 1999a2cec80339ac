// Number formats loaded for parts of a sheet (whole used range, or only columns that may hold dates), looked up by a
// cell's position in the values grid.
import type { FormatPart } from './readCells';

export type FormatAt = (row: number, column: number) => string | undefined;

/** `origin`: the sheet position (0-based) of the values grid's first cell. Cells outside every area have no format. */
export function formatLookup(parts: readonly FormatPart[], origin: { readonly top: number; readonly left: number }): FormatAt {
  return (row, column) => {
    const sheetRow = origin.top + row;
    const sheetColumn = origin.left + column;
    for (const { area, numberFormat } of parts) {
      const r = sheetRow - area.top;
      const c = sheetColumn - area.left;
      if (r >= 0 && r < area.rows && c >= 0 && c < area.columns) return numberFormat[r]?.[c];
    }
    return undefined;
  };
}
