// How the engine reads a cell as text. Error values (#N/A …) read as empty text here; the rows that hold them record
// them separately so that they are reported, never parsed as a unit or a deadline.
import { toIsoDate } from '../dates/toIsoDate';
import type { CellError, CellValue } from '../model';

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && typeof (value as CellError).error === 'string';
}

/** The text a user sees in the cell, trimmed; dates as YYYY-MM-DD, whole numbers without a decimal point. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : toIsoDate(value);
}
