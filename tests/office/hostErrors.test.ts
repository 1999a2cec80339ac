import { HostError, type HostErrorCode } from '../../src/core';
import { toHostError } from '../../src/office/hostErrors';

/** Errors shaped as office.js throws them (OfficeExtension.Error: a code and a message). */
const excelError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('toHostError', () => {
  it.each<[string, string, HostErrorCode]>([
    ['InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.', 'CELL_EDIT_MODE'],
    ['RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.', 'RANGE_TOO_LARGE'],
    ['ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.', 'RANGE_TOO_LARGE'],
    ['InvalidOperation', 'The request payload size has exceeded the limit.', 'RANGE_TOO_LARGE'],
    ['InvalidOperation', 'The cell or chart you are trying to change is protected.', 'SHEET_PROTECTED'],
    ['AccessDenied', 'You cannot perform the requested operation.', 'SHEET_PROTECTED'],
    ['ItemNotFound', 'The requested resource doesn\'t exist.', 'SHEET_NOT_FOUND'],
    ['ConnectionFailure', 'Connection failure.', 'CONNECTION_LOST'],
    ['RequestAborted', 'The request was aborted.', 'CONNECTION_LOST'],
    ['InvalidArgument', 'The argument is invalid.', 'UNEXPECTED'],
  ])('turns %s (%s) into %s', (code, message, expected) => {
    expect(toHostError(excelError(code, message)).code).toBe(expected);
  });

  it('names the sheet, and keeps the details of an unexpected error', () => {
    expect(toHostError(excelError('ItemNotFound'), { sheet: '附件' }).where).toEqual({ sheet: '附件' });
    expect(toHostError(excelError('GeneralException', 'boom')).where).toEqual({ detail: 'GeneralException: boom' });
  });

  it('passes host errors through unchanged', () => {
    const error = new HostError('NO_TASK_TABLE', { sheet: '说明' });
    expect(toHostError(error)).toBe(error);
  });
});
