import { HostError, hostErrorMessage, type HostErrorCode } from '../../src/core';
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
    ['RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.', 'RANGE_TOO_LARGE'],
    ['ActivityLimitReached', 'Activity limit has been reached.', 'EXCEL_BUSY'],
    ['MemoryLimitReached', 'The memory limit has been reached. Your action could not be completed.', 'OUT_OF_MEMORY'],
    ['InvalidOrTimedOutSession', 'Your Office session has expired or is invalid.', 'SESSION_EXPIRED'],
    ['WriteNotSupportedWhenModalDialogOpen', 'The write operation is not supported while a modal dialog is open.', 'DIALOG_OPEN'],
  ])('turns %s (%s) into %s', (code, message, expected) => {
    expect(toHostError(excelError(code, message)).code).toBe(expected);
  });

  it('names the sheet, and keeps the details of an unexpected error', () => {
    expect(toHostError(excelError('ItemNotFound'), { sheet: '附件' }).where).toEqual({ sheet: '附件' });
    expect(toHostError(excelError('GeneralException', 'boom')).where).toEqual({ detail: 'GeneralException: boom' });
  });

  it('says in plain words, in both languages, what each of Excel\'s limits and states means for the user', () => {
    for (const code of ['EXCEL_BUSY', 'OUT_OF_MEMORY', 'SESSION_EXPIRED', 'DIALOG_OPEN'] as const) {
      const zh = hostErrorMessage(new HostError(code), 'zh-CN');
      const en = hostErrorMessage(new HostError(code), 'en-US');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e]+$/);
      expect(zh).not.toBe(hostErrorMessage(new HostError('UNEXPECTED'), 'zh-CN'));
    }
    expect(hostErrorMessage(new HostError('EXCEL_BUSY'), 'zh-CN')).toContain('稍等');
    expect(hostErrorMessage(new HostError('DIALOG_OPEN'), 'en-US')).toContain('close it');
  });

  it('passes host errors through unchanged', () => {
    const error = new HostError('NO_TASK_TABLE', { sheet: '说明' });
    expect(toHostError(error)).toBe(error);
  });
});
