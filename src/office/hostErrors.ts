// Excel's error codes, turned into the host errors the pane and the ribbon explain to the user.
import { HostError, type HostErrorCode } from '../core';

/**
 * Excel (OfficeExtension.Error.code) → what it means for the user. Codes not listed are UNEXPECTED. The codes and their
 * meaning follow Microsoft's "Error handling with the application-specific JavaScript APIs" and Excel.ErrorCodes.
 */
const EXCEL_ERROR_CODES: Readonly<Record<string, HostErrorCode>> = {
  InvalidOperationInCellEditMode: 'CELL_EDIT_MODE',
  // Excel on the web's 5 MB request and response limits, the 5,000,000-cell read limit, the 33,554,000-cell limit of
  // an operation: the reader splits around the read limits (readCells.ts), so what still arrives is truly too large.
  RequestPayloadSizeLimitExceeded: 'RANGE_TOO_LARGE',
  ResponsePayloadSizeLimitExceeded: 'RANGE_TOO_LARGE',
  PayloadSizeLimitExceeded: 'RANGE_TOO_LARGE',
  RangeExceedsLimit: 'RANGE_TOO_LARGE',
  OperationCellsExceedLimit: 'RANGE_TOO_LARGE',
  AccessDenied: 'SHEET_PROTECTED',
  ItemNotFound: 'SHEET_NOT_FOUND',
  ConnectionFailure: 'CONNECTION_LOST',
  RequestAborted: 'CONNECTION_LOST',
  InactiveWorkbook: 'CONNECTION_LOST',
  // "Activity limit has been reached": Excel throttles an add-in that sends too many requests; waiting helps.
  ActivityLimitReached: 'EXCEL_BUSY',
  ServiceNotAvailable: 'EXCEL_BUSY',
  // "The memory limit has been reached. Your action could not be completed."
  MemoryLimitReached: 'OUT_OF_MEMORY',
  // Excel on the web's session with the workbook ended (idle too long, signed out): only reopening helps.
  InvalidOrTimedOutSession: 'SESSION_EXPIRED',
  // A modal dialog (Format Cells, Save As …) is open in Excel: writes wait until it is closed.
  WriteNotSupportedWhenModalDialogOpen: 'DIALOG_OPEN',
};

/**
 * Excel reports some limits only as InvalidOperation with an explanatory message, in the user's language; the English
 * phrases are stable enough across builds to tell a too-large request from other invalid operations.
 */
const TOO_LARGE_MESSAGE = /payload size|too large|exceeds? the (maximum|limit)/i;
const PROTECTED_MESSAGE = /protected/i;

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

function codeOf(error: OfficeErrorLike): HostErrorCode {
  const code = typeof error.code === 'string' ? error.code : '';
  const mapped = EXCEL_ERROR_CODES[code];
  if (mapped) return mapped;
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'InvalidOperation' && TOO_LARGE_MESSAGE.test(message)) return 'RANGE_TOO_LARGE';
  if (code === 'InvalidOperation' && PROTECTED_MESSAGE.test(message)) return 'SHEET_PROTECTED';
  return 'UNEXPECTED';
}

/**
 * Whether Excel said what went wrong in a way the user is told (a code listed above): throttling, a lost connection,
 * protection, a limit. Anything else (GeneralException, InvalidArgument …) says nothing of its cause.
 */
export function isExplainedExcelError(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== undefined && Object.prototype.hasOwnProperty.call(EXCEL_ERROR_CODES, code);
}

/** The Excel error code of what a sync threw (OfficeExtension.Error.code), undefined for anything else. */
export function excelErrorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as OfficeErrorLike).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** A HostError for whatever a batch threw; host errors raised on purpose pass through unchanged. */
export function toHostError(error: unknown, where: { readonly sheet?: string } = {}): HostError {
  if (error instanceof HostError) return error;
  const known = typeof error === 'object' && error !== null ? (error as OfficeErrorLike) : {};
  const code = codeOf(known);
  const detail = code === 'UNEXPECTED' ? [known.code, known.message].filter((part) => typeof part === 'string').join(': ') : undefined;
  return new HostError(code, { ...where, ...(detail ? { detail } : {}) });
}
