import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { HostError, type HostErrorCode } from '../../src/core/host';
import { openWorkbookFile } from '../../src/xlsx';
import { compoundFile } from '../fixtures/workbooks/compoundFile';
import { readZipEntries, writeZip } from '../fixtures/workbooks/zipPackage';

const SAMPLE = path.join(__dirname, '../../seeds/fuzhou-2023.xlsx');

function codeOf(bytes: Uint8Array): HostErrorCode | 'loaded' {
  try {
    openWorkbookFile(bytes);
    return 'loaded';
  } catch (error) {
    if (error instanceof HostError) return error.code;
    throw error;
  }
}

describe('openWorkbookFile', () => {
  it('opens the sample workbook from plain bytes and from an ArrayBuffer', () => {
    const bytes = fs.readFileSync(SAMPLE);
    expect(openWorkbookFile(bytes).taskSheetCandidates).toEqual(['分工方案']);
    expect(openWorkbookFile(new Uint8Array(bytes).buffer).taskSheetCandidates).toEqual(['分工方案']);
  });

  it('says FILE_EMPTY for an empty file', () => {
    expect(codeOf(new Uint8Array(0))).toBe('FILE_EMPTY');
  });

  it('says NOT_A_WORKBOOK for a CSV renamed .xlsx, a zip without worksheets, a zipped folder and an empty zip', async () => {
    expect(codeOf(Buffer.from('序号,工作任务,牵头单位\n1,参加闽宁协作第27次联席会议,市委办公厅\n'))).toBe('NOT_A_WORKBOOK');
    expect(codeOf(new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()))).toBe('NOT_A_WORKBOOK');
    expect(codeOf(zipSync({ 'notes/readme.txt': strToU8('本文件夹汇总各县上报材料') }))).toBe('NOT_A_WORKBOOK');
    expect(codeOf(zipSync({}))).toBe('NOT_A_WORKBOOK');
  });

  it('says WORKBOOK_ENCRYPTED for a password-protected workbook and NOT_A_WORKBOOK for an old .xls', () => {
    expect(codeOf(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('WORKBOOK_ENCRYPTED');
    expect(codeOf(compoundFile(['Workbook', 'SummaryInformation']))).toBe('NOT_A_WORKBOOK');
  });

  it('says WORKBOOK_CORRUPT for a truncated workbook, a damaged part and a part that is not XML', () => {
    const bytes = fs.readFileSync(SAMPLE);
    expect(codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('WORKBOOK_CORRUPT');
    const entries = readZipEntries(bytes);
    const damaged = entries.map((e) => (e.name === 'xl/workbook.xml' ? { ...e, compressed: Buffer.from(e.compressed.subarray(0, 40)) } : e));
    expect(codeOf(writeZip(damaged))).toBe('WORKBOOK_CORRUPT');
    const notXml = entries.map((e) => (e.name === 'xl/workbook.xml' ? { ...e, method: 0, compressed: Buffer.from('<workbook><sheets>'), size: 18 } : e));
    expect(codeOf(writeZip(notXml))).toBe('WORKBOOK_CORRUPT');
  });
});
