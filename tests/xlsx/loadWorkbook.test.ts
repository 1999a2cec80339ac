import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { HostError, type HostErrorCode } from '../../src/core/host';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx/loadWorkbook';
import { compoundFile } from '../fixtures/workbooks/compoundFile';

const SAMPLE = path.join(__dirname, '../../seeds/fuzhou-2023.xlsx');

async function codeOf(bytes: Uint8Array): Promise<HostErrorCode | 'loaded'> {
  try {
    await loadWorkbook(bytes);
    return 'loaded';
  } catch (error) {
    if (error instanceof HostError) return error.code;
    throw error;
  }
}

describe('loadWorkbook', () => {
  it('loads the sample workbook from plain bytes and from an ArrayBuffer', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    expect((await loadWorkbook(bytes)).worksheets.map((s) => s.name)).toEqual(['分工方案']);
    const copy = new Uint8Array(bytes).buffer;
    expect((await loadWorkbook(copy)).worksheets).toHaveLength(1);
  });

  it('says FILE_EMPTY for an empty file', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe('FILE_EMPTY');
  });

  it('says NOT_A_WORKBOOK for a CSV renamed .xlsx and for a zip without worksheets', async () => {
    expect(await codeOf(Buffer.from('序号,工作任务,牵头单位\n1,参加闽宁协作第27次联席会议,市委办公厅\n'))).toBe('NOT_A_WORKBOOK');
    const empty = new ExcelJS.Workbook();
    expect(await codeOf(await saveWorkbook(empty))).toBe('NOT_A_WORKBOOK');
  });

  it('says WORKBOOK_ENCRYPTED for a password-protected workbook and NOT_A_WORKBOOK for an old .xls', async () => {
    expect(await codeOf(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('WORKBOOK_ENCRYPTED');
    expect(await codeOf(compoundFile(['Workbook', 'SummaryInformation']))).toBe('NOT_A_WORKBOOK');
  });

  it('says WORKBOOK_CORRUPT for a truncated workbook', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    expect(await codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('WORKBOOK_CORRUPT');
  });
});
