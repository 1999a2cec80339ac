// English: the texts a host shows before any check: its errors and the words of the settings. Kept apart from the
// findings' sentences so that the task pane's first script carries these and not the engine's.
import type { MissingRole } from '../table/headerBlock';
import type { WriteStopped } from '../host';
import type { HostErrorPlace, Messages } from './catalog';

const at = (where: HostErrorPlace): string =>
  [where.sheet ? `sheet "${where.sheet}"` : '', where.cell ? `cell ${where.cell}` : ''].filter((s) => s !== '').join(', ');
const detail = (where: HostErrorPlace): string => (where.detail ? ` (${where.detail})` : '');

const MISSING_EN: Readonly<Record<MissingRole, string>> = { task: 'a task column (工作任务 …)', units: 'a unit, deadline or progress column (牵头单位, 责任单位, 完成时限 …)' };

/** header cells seen: 序号, 牵头单位; missing: a task column. */
export function headerDiagnosisEn(seen: readonly string[], missing: readonly MissingRole[]): string {
  const saw = seen.length > 0 ? `header cells seen: ${seen.map((t) => t.replace(/\s+/g, '')).join(', ')}` : 'no header row seen';
  return `${saw}; missing ${missing.map((m) => MISSING_EN[m]).join(' and ')}`;
}

export const EN_HOST_ERRORS: Messages['hostErrors'] = {
  FILE_NOT_FOUND: (w) => `File not found: ${w.path ?? ''}.`,
  FILE_EMPTY: (w) => `The file ${w.path ?? ''} is empty.`,
  NOT_A_WORKBOOK: (w) => `${w.path ?? 'The file'} is not an Excel workbook (.xlsx).`,
  WORKBOOK_ENCRYPTED: (w) => `The workbook ${w.path ?? ''} is password-protected; remove the password and try again.`,
  WORKBOOK_CORRUPT: (w) => `The workbook ${w.path ?? ''} is damaged and cannot be read${detail(w)}.`,
  SHEET_NOT_FOUND: (w) => `The workbook has no sheet named "${w.sheet ?? ''}".`,
  NO_TASK_TABLE: (w) =>
    w.header && w.sheet && (w.sheetsSearched ?? 1) > 1
      ? `No task table found on any of the workbook's ${w.sheetsSearched} sheets; the closest is sheet "${w.sheet}": ${headerDiagnosisEn(w.header.seen, w.header.missing)}.`
      : w.header
      ? `No task table found${w.sheet ? ` on sheet "${w.sheet}"` : ' in the workbook'}: ${headerDiagnosisEn(w.header.seen, w.header.missing)}.`
      : `No task table found${w.sheet ? ` on sheet "${w.sheet}"` : ' in the workbook'}: the header needs a task column and a unit or deadline column.`,
  SHEET_PROTECTED: (w) => `${at(w) || 'The sheet'} is protected; unprotect it and try again.`,
  RANGE_TOO_LARGE: (w) => `The used range of ${at(w) || 'the sheet'} is too large${detail(w)}; delete the empty rows and columns and try again.`,
  CELL_EDIT_MODE: () => 'Excel is editing a cell; press Enter or Esc and try again.',
  CONNECTION_LOST: () => 'The connection to Excel was lost; reopen the add-in and try again.',
  OUTPUT_IS_INPUT: (w) => `The output file must differ from the input file (${w.path ?? ''}).`,
  OUTPUT_NOT_WRITABLE: (w) => `Cannot write the output file ${w.path ?? ''}${detail(w)}.`,
  BAD_OPTION: (w) => `Invalid option${detail(w)}.`,
  UNEXPECTED: (w) => `Unexpected error${detail(w)}${at(w) ? ` at ${at(w)}` : ''}; please try again.`,
  EXCEL_BUSY: () => 'Excel is busy and is not taking more requests for now; wait a moment and try again.',
  OUT_OF_MEMORY: () => 'Excel ran out of memory. Close other workbooks or programs and try again; for a very large sheet, delete its empty rows and columns first.',
  SESSION_EXPIRED: () => 'The session with Excel has expired; close and reopen the add-in (in Excel on the web, reload the page) and try again.',
  DIALOG_OPEN: () => 'A dialog is open in Excel, so nothing can be written now; close it and try again.',
  // `path`: the address of the pane's file mode, where this Excel cannot open the pane (Internet Explorer 11).
  COMMAND_TOO_SLOW: (w) =>
    w.path
      ? `This table took longer to check than a ribbon button may run, so nothing was written rather than half of it. This version of Excel cannot open the task pane: open ${w.path} in Edge or Chrome and choose the workbook file to check it there (the file stays on this computer).`
      : 'This table took longer to check than a ribbon button may run, so nothing was written rather than half of it. Open the pane (Open Pane) and check it there.',
  WORKBOOK_TOO_LARGE: (w) => `The workbook ${w.path ?? ''} unpacks to more than it can hold${detail(w)}; it may be damaged and cannot be read.`,
};

export const EN_TERMS: Messages['terms'] = {
  planYear: 'Plan year',
  asOf: 'As-of date',
  taskState: 'Task state',
  asOfDate: (date) => `as of ${date}`,
  planYearOf: (year) => `plan year ${year}`,
};

/** Said after a host error that stopped a write half way. */
export function enWriteStopped(write: WriteStopped): string {
  if (!write.undone) return ' The write stopped half way and what it had written could not be taken back: press Clear marks in the pane, then check again.';
  const removed = write.removed.length > 0 ? `; the tool's sheets ${write.removed.map((name) => `"${name}"`).join(', ')} could not get their earlier content back and were removed (checking again makes them anew)` : '';
  return ` The write stopped half way and was taken back: the sheets it had added are gone and the highlights are as before the click${removed}.`;
}
