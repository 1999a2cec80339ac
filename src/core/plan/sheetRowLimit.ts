// Excel holds at most 1,048,576 rows in a sheet. A very long table (a province's merged tables) can give the unit task
// list more rows than that; ExcelJS and Excel would fail on it, so the sheet ends with a row that says what was left out.
import type { PlanCell } from '../model';
import type { SheetBody } from './sheetBody';
import { rowsBelowBody } from './sheetLayout';

const EXCEL_MAX_ROWS = 1_048_576;

/**
 * The sheet cut to fit under its title and header rows (and above its note and closing text) within `maxRows`
 * (Excel's limit unless told), saying how many rows it left out. Row groups cut short keep the rows left of them; a
 * group whose summary row was cut goes.
 */
export function fitSheetRows(body: SheetBody, omittedNote: (count: number) => string, maxRows = EXCEL_MAX_ROWS): SheetBody {
  // The rows a sheet without a body would take: the title, header, note and closing text.
  const room = maxRows - rowsBelowBody(body.layout, 0).last;
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
