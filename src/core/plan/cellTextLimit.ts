// Excel holds at most 32,767 characters in a cell; a longer text makes it repair the file on open and cut the text.
// A finding quotes the cell it is about, so a full cell plus the message's words would pass the limit.
import type { PlanCell } from '../model';
import type { SheetBody } from './sheetBody';
import { finish } from '../steps';

export const EXCEL_CELL_TEXT_LIMIT = 32767;
/** Ends a text or list cut to the limit. */
export const ELLIPSIS = '…';

/** The text cut to Excel's limit, ending in an ellipsis, never inside a surrogate pair. */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  let end = EXCEL_CELL_TEXT_LIMIT - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/**
 * The items joined, ending in an ellipsis after the last whole item that fits in one Excel cell: a list cut inside an
 * item ("D1…", "12…") would name a cell or task that is not on it. Items past the cut are never taken from `items`
 * (a district of a 100,000-row table leads 50,000 tasks; a misspelling's task numbers are found as they are joined).
 */
export function joinWithinCell(items: Iterable<string>, separator: string): string {
  const iterator = items[Symbol.iterator]();
  let text = '';
  let next = iterator.next();
  for (let first = true; next.done !== true; first = false) {
    const joined = first ? next.value : `${text}${separator}${next.value}`;
    next = iterator.next();
    // The last item may fill the cell; any other must leave room for the ellipsis.
    const room = next.done === true ? EXCEL_CELL_TEXT_LIMIT : EXCEL_CELL_TEXT_LIMIT - ELLIPSIS.length;
    if (joined.length > room) return `${text}${ELLIPSIS}`;
    text = joined;
  }
  return text;
}

const overLimit = (cell: PlanCell): boolean =>
  (typeof cell === 'string' && cell.length > EXCEL_CELL_TEXT_LIMIT) || (cell !== null && typeof cell === 'object' && cell.text.length > EXCEL_CELL_TEXT_LIMIT);

function fitCell(cell: PlanCell): PlanCell {
  if (typeof cell === 'string') return fitCellText(cell);
  if (cell !== null && typeof cell === 'object') return { ...cell, text: fitCellText(cell.text) };
  return cell;
}

/** The sheet with every header and cell text within Excel's limit; rows that fit are kept as they are, not copied. */
export function fitSheetCells(body: SheetBody): SheetBody {
  return finish(fitSheetCellsSteps(body));
}

/** As fitSheetCells, yielding after every `slice` rows. */
export function* fitSheetCellsSteps(body: SheetBody, slice = Number.POSITIVE_INFINITY): Generator<void, SheetBody> {
  const rows: (readonly PlanCell[])[] = [];
  for (const row of body.rows) {
    if ((rows.length + 1) % slice === 0) yield;
    rows.push(row.some(overLimit) ? row.map(fitCell) : row);
  }
  return { ...body, columns: body.columns.map((column) => ({ ...column, header: fitCellText(column.header) })), rows };
}
