// Excel's error codes, turned into the host errors the pane and the ribbon explain to the user.
import { HostError, type HostErrorCode } from '../core';

/** Excel (OfficeExtension.Error.code) → what it means for the user. Codes not listed are UNEXPECTED. */
const EXCEL_ERROR_CODES: Readonly<Record<string, HostErrorCode>> = {
  InvalidOperationInCellEditMode: 'CELL_EDIT_MODE',
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
  ActivityLimitReached: 'RANGE_TOO_LARGE',
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

/** A HostError for whatever a batch threw; host errors raised on purpose pass through unchanged. */
export function toHostError(error: unknown, where: { readonly sheet?: string } = {}): HostError {
  if (error instanceof HostError) return error;
  const known = typeof error === 'object' && error !== null ? (error as OfficeErrorLike) : {};
  const code = codeOf(known);
  const detail = code === 'UNEXPECTED' ? [known.code, known.message].filter((part) => typeof part === 'string').join(': ') : undefined;
  return new HostError(code, { ...where, ...(detail ? { detail } : {}) });
}
