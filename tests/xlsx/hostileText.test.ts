// "Nothing injected": cell text that a spreadsheet could take for a formula or a link comes out of the tool as text,
// in every sheet it writes; and tables with extreme cells go through the workbook path without a crash.
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { run } from '../../src/cli/main';
import type { OwnedSheetKey } from '../../src/core';
import { checkWorkbook } from '../../src/xlsx/checkWorkbook';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { captureIo } from '../cli/captureIo';
import { compoundFile } from '../fixtures/workbooks/compoundFile';
import { sheetLinks } from '../fixtures/workbooks/packageParts';
import { readZipEntries } from '../fixtures/workbooks/zipPackage';
import { makeTempDir, ownedSheet, readWorkbookBytes, readWorkbookFile, workbookBytes, writeWorkbookFile } from '../fixtures/workbooks/workbookFiles';

/** The tool's sheets of a table without progress (the progress sheets are written only where there is progress). */
const TABLE_SHEETS: readonly OwnedSheetKey[] = ['findings', 'districts', 'unitTasks'];

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN', parts: ['highlights', 'findings', 'summaries'] } as const;
const TITLE = '2023年闽宁协作福州市重点工作分方案';
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const EXCEL_CELL_LIMIT = 32767;

const LINK_FORMULA = '=HYPERLINK("http://evil.example/","点我")';
const DDE = "=cmd|' /C calc'!A0";

/** A task table whose numbers, units and deadlines start with = + - @, beside rows as the seed plan writes them. */
function hostileWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分工方案');
  sheet.addRow([TITLE]);
  sheet.addRow(HEADER);
  sheet.addRow(['=1+1', '马尾区、闽侯县各9000万元，用于消费帮扶', `马尾区区委、政府 ${LINK_FORMULA}`, '鼓楼区区委、政府', DDE]);
  sheet.addRow(['+2', '召开闽宁协作工作推进会', '@SUM(A1:A9)', '-市商务局', '+7月底前']);
  sheet.addRow([DDE, '组织消费帮扶对接活动', '福清市党委、政府', '市商务局', '-11月底前']);
  // A real link in a unit cell: the tool reads its text; the link itself must not travel into the tool's sheets.
  sheet.addRow([4, '开展劳务协作', { text: '市人社局', hyperlink: 'http://evil.example/phish' }, '连江县区委、政府', '全年']);
  return workbook;
}

function cellsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

/** The text of the cells as stored: a string value, or the text of a link. */
function storedTexts(sheet: ExcelJS.Worksheet): string[] {
  return cellsOf(sheet).map((cell) => (typeof cell.value === 'string' ? cell.value : typeof cell.text === 'string' ? cell.text : ''));
}

function entryText(entry: ReturnType<typeof readZipEntries>[number]): string {
  return (entry.method === 8 ? zlib.inflateRawSync(entry.compressed) : entry.compressed).toString('utf8');
}

describe('formula-like and link text in the table', () => {
  let output: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const checked = await checkWorkbook(await workbookBytes(hostileWorkbook()), OPTIONS);
    bytes = checked.output;
    output = await readWorkbookBytes(bytes);
    expect(checked.result.tasks.map((t) => t.no)).toEqual(['=1+1', '+2', DDE, '4']);
  });

  // The unit reader takes a bracketed part for a note (=HYPERLINK(...) is the unit =HYPERLINK), the deadline and
  // number cells are kept whole.
  it('lands as text in the findings sheet: unknown units, and messages quoting the cells', () => {
    const texts = storedTexts(ownedSheet(output, 'findings'));
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK', '@SUM', '-市商务局', '=1+1', '+2', DDE]));
    expect(texts.some((t) => t.includes('“=HYPERLINK”'))).toBe(true);
    expect(texts.some((t) => t.includes(`“${DDE}”`))).toBe(true);
  });

  it('lands as text in the district summary: task numbers in the task lists and in a quota column header', () => {
    const texts = storedTexts(ownedSheet(output, 'districts'));
    expect(texts).toEqual(expect.arrayContaining(['=1+1', DDE, '任务=1+1\n消费帮扶\n（万元）']));
  });

  it('lands as text in the unit task list: unit names, task numbers and deadline texts', () => {
    const texts = storedTexts(ownedSheet(output, 'unitTasks'));
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK', '@SUM', '-市商务局', '=1+1', '+2', DDE, '+7月底前', '-11月底前']));
  });

  it('is never a formula: no cell of a tool sheet has one, and the saved sheets hold no <f> element', () => {
    for (const key of TABLE_SHEETS) {
      for (const cell of cellsOf(ownedSheet(output, key))) expect({ cell: cell.address, type: cell.type }).not.toEqual({ cell: cell.address, type: ExcelJS.ValueType.Formula });
    }
    const sheets = readZipEntries(Buffer.from(bytes)).filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
    expect(sheets).toHaveLength(4);
    for (const entry of sheets) expect(entryText(entry)).not.toMatch(/<f[ >]/);
  });

  it('puts no link in the output that points out of the workbook', () => {
    for (const key of TABLE_SHEETS) {
      const links = sheetLinks(bytes, ownedSheet(output, key).name);
      for (const link of links) expect(link.location).toMatch(/^'分工方案'!\$?[A-Z]+\$?\d+$/);
    }
    expect(sheetLinks(bytes, ownedSheet(output, 'findings').name).length).toBeGreaterThan(0);
    // The user's own link stays on the user's cell, as they wrote it, and is the only external one in the package.
    const taskSheetLinks = cellsOf(output.getWorksheet('分工方案')!).flatMap((cell) => (cell.hyperlink ? [cell.hyperlink] : []));
    expect(taskSheetLinks).toEqual(['http://evil.example/phish']);
    const relationships = readZipEntries(Buffer.from(bytes)).filter((e) => e.name.endsWith('.rels')).map(entryText).join('\n');
    const targets = [...relationships.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]!);
    expect(targets).toEqual(['http://evil.example/phish']);
  });
});

/** Runs task-check on the workbook file and reads back the copy; exit code and stderr must say it ran. */
async function taskCheckFile(workbook: ExcelJS.Workbook, name: string): Promise<{ output: ExcelJS.Workbook; json: { tasks: unknown[] } }> {
  const dir = makeTempDir('task-check-hostile-');
  const input = await writeWorkbookFile(workbook, dir, name);
  const out = path.join(dir, 'checked.xlsx');
  const io = captureIo();
  const code = await run([input, '--as-of', '2023-11-20', '--json', '--out', out], io);
  expect({ code, stderr: io.err() }).toEqual({ code: 0, stderr: '' });
  return { output: await readWorkbookFile(out), json: JSON.parse(io.out()) as { tasks: unknown[] } };
}

function longestCell(workbook: ExcelJS.Workbook): number {
  let longest = 0;
  for (const key of TABLE_SHEETS) {
    for (const text of storedTexts(ownedSheet(workbook, key))) longest = Math.max(longest, text.length);
  }
  return longest;
}

describe('extreme tables through task-check and a real .xlsx', () => {
  it('checks a table with a 32,767-character cell in every column, and writes no cell over Excel’s limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分工方案');
    sheet.addRow([TITLE]);
    sheet.addRow(HEADER);
    sheet.addRow([1, '参加闽宁协作第27次联席会议', '市委办公厅', '市乡村振兴局', '全年']);
    const long = (seed: string): string => seed.repeat(Math.ceil(EXCEL_CELL_LIMIT / seed.length)).slice(0, EXCEL_CELL_LIMIT);
    sheet.addRow([long('9'), long('统筹推进东西部协作'), long('市工党工委'), long('马尾区区委、政府 '), long('7月底前完成，')]);
    const { output, json } = await taskCheckFile(workbook, 'long.xlsx');
    expect(json.tasks).toHaveLength(2);
    expect(longestCell(output)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it('checks a table 5,000 columns wide', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分工方案');
    sheet.addRow([TITLE]);
    sheet.addRow(HEADER);
    sheet.addRow([1, '参加闽宁协作第27次联席会议', '市委办公厅', '市乡村振兴局', '全年']);
    sheet.addRow([2, '召开闽宁协作工作推进会', '马尾区区委、政府', '鼓楼区区委、政府', '7月底前']);
    for (let c = 6; c <= 5000; c += 1) {
      sheet.getCell(2, c).value = `备注${c}`;
      sheet.getCell(3 + (c % 2), c).value = c % 7 === 0 ? { error: '#N/A' } : `第${c}列`;
    }
    const { output, json } = await taskCheckFile(workbook, 'wide.xlsx');
    expect(json.tasks).toHaveLength(2);
    expect(output.getWorksheet('分工方案')!.getCell(2, 5000).value).toBe('备注5000');
  });

  it('checks error values, formulas, numbers and booleans where text is expected, merged cells and hidden rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分工方案');
    sheet.addRow([TITLE]);
    sheet.mergeCells('A1:E1');
    sheet.addRow(HEADER);
    sheet.addRow([1, { error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }, { error: '#VALUE!' }]);
    sheet.addRow([2, { formula: 'A1&"对接"', result: '市委市政府领导赴宁夏调研对接' }, { formula: 'X1', result: { error: '#N/A' } }, 12345, true]);
    sheet.addRow([3, 2023, 45000, false, 45291]);
    sheet.addRow([4, '马尾区、闽侯县各9000万元', '马尾区区委、政府', '台江区区委、政府', '11月底前']);
    sheet.addRow([null, null, '闽侯县委、政府', null, null]);
    sheet.mergeCells('A6:A7');
    sheet.mergeCells('B6:B7');
    sheet.mergeCells('E6:E7');
    sheet.getRow(5).hidden = true;
    const { output, json } = await taskCheckFile(workbook, 'mixed.xlsx');
    // The row under the merged 序号 4 is a row of task 4 (one more unit), so five task rows.
    expect(json.tasks).toHaveLength(5);
    const findings = storedTexts(ownedSheet(output, 'findings'));
    expect(findings.filter((t) => t === 'CELL_ERROR_VALUE').length).toBeGreaterThanOrEqual(4);
  });
});

describe('bad files through task-check and task-check clear', () => {
  // tests/e2e/taskCheckCli.test.ts runs the check on a CSV, an empty, encrypted and truncated file, a missing path and
  // a workbook without a table; these are the other kinds of file, and clear on every kind.
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4dc0000000049454e44ae426082', 'hex');
  let dir: string;
  let cases: [string, string][];

  beforeAll(async () => {
    dir = makeTempDir('task-check-bad-');
    const write = (name: string, bytes: Uint8Array | string): string => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const folder = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(folder);
    const sample = fs.readFileSync(SAMPLE_WORKBOOK_PATH);
    cases = [
      ['a picture renamed .xlsx', write('picture.xlsx', PNG)],
      ['a zip without worksheets (a .docx renamed)', write('document.xlsx', await workbookBytes(new ExcelJS.Workbook()))],
      ['an old .xls', write('old.xls', compoundFile(['Workbook', 'SummaryInformation']))],
      ['a folder', folder],
      ['a CSV renamed .xlsx', write('renamed.xlsx', '序号,工作任务\n1,参加闽宁协作第27次联席会议\n')],
      ['an empty file', write('empty.xlsx', '')],
      ['an encrypted workbook', write('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']))],
      ['a truncated workbook', write('truncated.xlsx', sample.subarray(0, Math.floor(sample.length / 2)))],
      ['a path that does not exist', path.join(dir, 'missing.xlsx')],
    ];
  });

  it.each([['check'], ['clear']])('%s: exit 2, one line naming the file, nothing written, for every kind', async (command) => {
    for (const [name, input] of cases) {
      const outDir = makeTempDir('task-check-bad-out-');
      const io = captureIo();
      const args = command === 'clear' ? ['clear', input, '--out', path.join(outDir, 'out.xlsx')] : [input, '--out', path.join(outDir, 'out.xlsx')];
      const code = await run(args, io);
      expect({ name, code, out: io.out(), files: fs.readdirSync(outDir) }).toEqual({ name, code: 2, out: '', files: [] });
      expect({ name, err: io.err() }).toEqual({ name, err: expect.stringMatching(new RegExp(`^[^\\n]*${path.basename(input).replace('.', '\\.')}[^\\n]*\\n$`)) });
    }
  });
});
