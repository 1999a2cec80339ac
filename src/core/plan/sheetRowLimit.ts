// Excel holds at most 1,048,576 rows in a sheet. A very long table (a province's merged tables) can give the unit task
// list more rows than that; ExcelJS and Excel would fail on it, so the sheet ends with a row that says what was left out.
import type { PlanCell } from '../model';
import type { SheetBody } from './sheetBody';
import { headerRowOf } from './sheetLayout';

const EXCEL_MAX_ROWS = 1_048_576;

/** Rows a layout's note takes below the body: an empty row, then the note. */
const NOTE_ROWS = 2;

/**
 * The sheet cut to fit under its title and header rows (and above its note) within `maxRows` (Excel's limit unless
 * told), saying how many rows it left out. Row groups cut short keep the rows left of them; a group whose summary row
 * was cut goes.
 */
export function fitSheetRows(body: SheetBody, omittedNote: (count: number) => string, maxRows = EXCEL_MAX_ROWS): SheetBody {
  const room = maxRows - headerRowOf(body.layout) - (body.layout?.note !== undefined ? NOTE_ROWS : 0);
  if (body.rows.length <= room) return body;
  const kept = body.rows.slice(0, room - 1);
  const note: PlanCell[] = [omittedNote(body.rows.length - kept.length)];
  return {
    ...body,
    rows: [...kept, note],
    boldRows: body.boldRows.filter((i) => i < kept.length),
    ...(body.rowGroups ? { rowGroups: body.rowGroups.filter((g) => g.first + g.count < kept.length) } : {}),
  };
}
