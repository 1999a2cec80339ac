// The return workbooks as files: written from scratch by the package writer's pieces, in the schema's order, the
// sheet protected without a password, its fill-in cells unlocked, 状态 a drop-down, the key column hidden, the
// identity a workbook name; ExcelJS reads them as Excel would, the tool reads them back, and a zip of them holds them
// byte for byte. The command line's zlib writes the same CRC-32s as fflate, and reads what fflate reads.
import * as fs from 'fs';
import { crc32 } from 'zlib';
import { strFromU8, unzipSync } from 'fflate';
import { ZLIB_COMPRESSION } from '../../src/cli/zlibCompression';
import { deflatePart } from '../../src/xlsx/zip/writeZip';
import { checkWorkbook, readReturnWorkbook, returnsArchive, writeReturnWorkbooks } from '../../src/xlsx';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { partText } from '../fixtures/workbooks/packageParts';
import { orderProblems, WORKBOOK_ORDER, WORKSHEET_ORDER } from '../fixtures/workbooks/schemaOrder';
import { readWorkbookBytes } from '../fixtures/workbooks/workbookFiles';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN', period: '2023-11' } as const;

describe('the return workbooks of the seed', () => {
  let written: Awaited<ReturnType<typeof writeReturnWorkbooks>>;
  let files: typeof written.files;
  beforeAll(async () => {
    written = await writeReturnWorkbooks(fs.readFileSync(SAMPLE_WORKBOOK_PATH), OPTIONS);
    files = written.files;
  });
  const mawei = () => files.find((f) => f.unit === '马尾区')!;

  it('are one per lead unit, named for the period and the unit', () => {
    expect(files).toHaveLength(27);
    expect(mawei().name).toBe('2023-11 进展报送 马尾区.xlsx');
    expect(files.map((f) => f.unit)).not.toContain('市工党工委');
  });

  it('are packages whose parts are in the schema’s order, every record’s CRC-32 right', () => {
    for (const file of files) {
      const parts = unzipSync(file.bytes);
      expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
      expect(orderProblems(parts['xl/worksheets/sheet1.xml']!, WORKSHEET_ORDER)).toEqual([]);
      expect(orderProblems(parts['xl/workbook.xml']!, WORKBOOK_ORDER)).toEqual([]);
    }
  });

  it('protect the sheet without a password, unlock only the cells to fill in, offer 状态 as a list, hide the key', async () => {
    const sheetXml = partText(mawei().bytes, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheetXml).not.toMatch(/password|hashValue/);
    const workbook = await readWorkbookBytes(mawei().bytes);
    const sheet = workbook.getWorksheet('进展报送')!;
    expect(sheet.getCell('A1').value).toBe('2023年11月重点任务进展报送表（马尾区）');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '工作任务', '本单位职责', '牵头单位', '配合单位', '完成时限', '目标值', '计量单位', '本期进展情况', '完成值', '状态', '存在问题', '下一步打算', '任务标识']);
    const eight = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => sheet.getCell(`A${r}`).value === '8')!;
    const locked = (address: string) => sheet.getCell(address).style.protection?.locked !== false;
    expect(['A', 'B', 'F', 'G', 'N'].map((c) => locked(`${c}${eight}`))).toEqual([true, true, true, true, true]);
    expect(['I', 'J', 'K', 'L', 'M'].map((c) => locked(`${c}${eight}`))).toEqual([false, false, false, false, false]);
    expect(sheet.getCell(`J${eight - 1}`).value).toBe('—');
    expect(locked(`J${eight - 1}`)).toBe(true);
    expect(sheet.getCell(`K${eight}`).dataValidation).toMatchObject({ type: 'list', formulae: ['"已完成,推进中,滞后,未启动"'] });
    expect(sheet.getColumn(14).hidden).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ printTitlesRow: '1:2', orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(partText(mawei().bytes, 'xl/workbook.xml')).toContain('<definedName name="TaskCheck.Return" hidden="1">"2023-11|马尾区"</definedName>');
  });

  it('read back as the returns they are: unit, period, a row per task with its key', () => {
    const report = readReturnWorkbook(mawei());
    expect(report).toMatchObject({ file: '2023-11 进展报送 马尾区.xlsx', unit: '马尾区', period: '2023-11', recognized: true });
    const own = written.result.tasks.filter((t) => t.lead.includes('马尾区') || t.support.includes('马尾区'));
    expect(report.rows.map((r) => [r.no, r.text])).toEqual(own.map((t) => [t.no, t.text]));
    expect(report.rows.every((r) => /^T[0-9A-Z]{7}$/.test(r.key))).toBe(true);
  });

  it('go into one archive for a download, each file as it was', () => {
    const archive = unzipSync(returnsArchive(files));
    expect(Object.keys(archive).sort()).toEqual(files.map((f) => f.name).sort());
    expect(Buffer.from(archive[mawei().name]!).equals(Buffer.from(mawei().bytes))).toBe(true);
  });

  it('are no workbook to a reader that is given another file', () => {
    expect(readReturnWorkbook({ name: '会议通知.docx', bytes: new TextEncoder().encode('not a zip') })).toEqual({ file: '会议通知.docx', unit: null, period: null, recognized: false, rows: [] });
    expect(strFromU8(unzipSync(mawei().bytes)['[Content_Types].xml']!)).toContain('spreadsheetml.styles+xml');
  });
});

describe('the command line’s compression', () => {
  it('gives the CRC-32 of what it deflates, a last empty chunk included', () => {
    expect(ZLIB_COMPRESSION).toBeDefined();
    const text = new TextEncoder().encode('<worksheet>进展报送</worksheet>');
    const part = deflatePart('xl/worksheets/sheet1.xml', text, ZLIB_COMPRESSION);
    expect(part.crc >>> 0).toBe(crc32(text) >>> 0);
    expect(part.crc >>> 0).toBe(deflatePart('xl/worksheets/sheet1.xml', text).crc >>> 0);
  });

  it('reads a workbook as fflate does: the same checked copy whether zlib or fflate inflated its parts', async () => {
    const { inflate, ...deflateOnly } = ZLIB_COMPRESSION!;
    expect(inflate).toBeDefined();
    const options = { asOf: '2023-11-20', lang: 'zh-CN', parts: ['highlights', 'findings', 'summaries'], madeAt: '2023-11-20 09:00' } as const;
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE_WORKBOOK_PATH));
    const native = await checkWorkbook(bytes, { ...options, compression: ZLIB_COMPRESSION! });
    const inflatedByFflate = await checkWorkbook(bytes, { ...options, compression: deflateOnly });
    expect(Buffer.from(native.output).equals(Buffer.from(inflatedByFflate.output))).toBe(true);
    expect(native.result).toEqual(inflatedByFflate.result);
  });
});
