// ExcelJS writes a row only when it has cells or a custom height, so a row the user hid, grouped or formatted while
// it was empty came back visible, ungrouped or plain in the checked copy. Such rows are given a model that keeps them.
import type * as ExcelJS from 'exceljs';
import type { RowInternals, WorksheetWithRows } from './excelTypes';

function isBare(row: ExcelJS.Row): boolean {
  return row.cellCount === 0 && !row.height;
}

function carriesFormat(row: ExcelJS.Row): boolean {
  const style = (row as unknown as RowInternals).style ?? {};
  return row.hidden || (row.outlineLevel ?? 0) > 0 || Object.keys(style).length > 0;
}

/** Call before saving: empty rows with a format of their own are written with it. */
export function keepBareRows(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    for (const row of (sheet as unknown as WorksheetWithRows)._rows) {
      if (!row || !isBare(row) || !carriesFormat(row)) continue;
      const internals = row as unknown as RowInternals;
      const prototype = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(row), 'model');
      Object.defineProperty(internals, 'model', {
        configurable: true,
        get: () => ({
          cells: [],
          number: row.number,
          min: 0,
          max: 0,
          height: row.height,
          style: internals.style,
          hidden: row.hidden,
          outlineLevel: row.outlineLevel,
          collapsed: row.collapsed,
        }),
        set: (value: unknown) => prototype?.set?.call(row, value),
      });
    }
  }
}
