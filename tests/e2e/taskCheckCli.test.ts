// The installed command end to end: compiled with the CLI tsconfig, spawned as `node bin/task-check.js`, its files
// read back with ExcelJS.
import { execFileSync, spawnSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { messagesFor } from '../../src/core';
import { SAMPLE_SHEET, SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { compoundFile } from '../fixtures/workbooks/compoundFile';
import { partsOf, partText, sheetLinks } from '../fixtures/workbooks/packageParts';
import { asMacroWorkbook, crc32, readZipEntries, withExtraParts } from '../fixtures/workbooks/zipPackage';
import { dressedSampleWorkbook, USER_RULE_FORMULA } from '../fixtures/workbooks/dressedSample';
import { conditionalFormats, makeTempDir, ownedSheet, readWorkbookFile, sheetCells, workbookState, writeWorkbookFile } from '../fixtures/workbooks/workbookFiles';

const ROOT = path.join(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/task-check.js');
const AS_OF = ['--as-of', '2023-11-20'];
const zh = messagesFor('zh-CN');

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** 2023-11-21 09:30 in the test's time zone: the time the sheets say they were made. */
const MADE_AT = String(new Date(2023, 10, 21, 9, 30).getTime() / 1000);

function taskCheck(args: string[], env: Record<string, string> = {}): Ran {
  // The default language comes from LANG unless LC_ALL overrides it; pin both so the test does not depend on the machine.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LANG: 'zh_CN.UTF-8', SOURCE_DATE_EPOCH: MADE_AT, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let input: string;

beforeAll(async () => {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`npm run build:cli failed:\n${String((error as { stdout?: Buffer }).stdout ?? error)}`);
  }
  dir = makeTempDir();
  input = await writeWorkbookFile(dressedSampleWorkbook(), dir, '分工方案.xlsx');
}, 120000);

describe('task-check --out', () => {
  let checked: ExcelJS.Workbook;
  let out: string;

  beforeAll(async () => {
    out = path.join(dir, 'checked.xlsx');
    const ran = taskCheck([input, ...AS_OF, '--out', out]);
    expect(ran).toMatchObject({ status: 0, stderr: '' });
    checked = await readWorkbookFile(out);
  });

  /** The tool's sheets open with a title and a subtitle row: the header is row 3. */
  const HEADER_ROW = 3;
  const headersOf = (sheet: ExcelJS.Worksheet): unknown[] => (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1);

  it('writes the district summary: 马尾区 leads task 8 with its 9000万元 share, and a bold totals row', () => {
    const sheet = ownedSheet(checked, 'districts');
    const headers = headersOf(sheet);
    // A wrapped header carries its line breaks (before its bracketed unit, else where a space was).
    const oneLine = (header: unknown): string => String(header).replace(/\n(?=（)/g, '').replace(/\n/g, ' ');
    const column = (header: string): number => headers.map(oneLine).indexOf(header) + 1;
    const rowOf = (name: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => (row.getCell(1).value === name ? (found = row) : undefined));
      return found!;
    };
    const mawei = rowOf('马尾区');
    expect(String(mawei.getCell(column(zh.districtHeaders.leadTasks)).value).split(zh.listSeparator)).toEqual(
      expect.arrayContaining(['2', '3', '8', '22', '23', '26']),
    );
    const task8 = column(zh.districtHeaders.quota('8', '消费帮扶', '万元'));
    expect(mawei.getCell(task8).value).toBe(9000);
    expect(mawei.getCell(task8).numFmt).toBe('#,##0');
    expect(rowOf('连江县').getCell(task8).value).toBe(8000);
    const totals = rowOf(zh.districtHeaders.totalRow);
    expect(totals.getCell(task8).value).toBe(75000);
    expect(totals.getCell(column(zh.districtHeaders.overdue)).value).toBe(3);
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(String(sheet.getCell('A1').value)).toBe('2023年闽宁协作福州市重点工作分方案 区县汇总表');
    expect(String(sheet.getCell('A2').value)).toBe('校验工作表“分工方案” · 2023 年度 · 截至 2023-11-20 · 生成于 2023-11-21 09:30');
  });

  it('writes the findings sheet with links to the cells and the unit task list with each task’s text', () => {
    const findings = ownedSheet(checked, 'findings');
    expect(sheetLinks(fs.readFileSync(out), findings.name).map((link) => link.location)).toContain(`'${SAMPLE_SHEET}'!C5`);
    const units = ownedSheet(checked, 'unitTasks');
    expect(units.actualRowCount).toBeGreaterThan(29);
    const task = headersOf(units).indexOf(zh.unitTaskHeaders.task) + 1;
    expect(String(units.getRow(HEADER_ROW + 1).getCell(task).value)).toMatch(/^各牵头县（市、区）召开闽宁协作工作推进会/);
  });

  it('writes a repeated finding once: the 鼓楼区党工委 row links every cell it is in, folded under it, and the counts add up to --json', async () => {
    const findings = ownedSheet(checked, 'findings');
    const h = zh.findingsHeaders;
    const headers = headersOf(findings);
    const column = (header: string): number => headers.indexOf(header) + 1;
    const rows: ExcelJS.Row[] = [];
    findings.eachRow((row, number) => (number > HEADER_ROW ? rows.push(row) : undefined));
    const groups = rows.filter((row) => row.getCell(column(h.count)).value !== null);
    const counted = groups.reduce((sum, row) => sum + Number(row.getCell(column(h.count)).value), 0);
    const json = JSON.parse(taskCheck([input, ...AS_OF, '--json']).stdout) as { findings: unknown[] };
    expect(counted).toBe(json.findings.length);
    expect(groups.length).toBeLessThan(json.findings.length / 3);

    const taskSheet = (await readWorkbookFile(input)).getWorksheet(SAMPLE_SHEET)!;
    const gulouCells: string[] = [];
    taskSheet.getColumn('D').eachCell((cell) => (String(cell.value).includes('鼓楼区党工委') ? gulouCells.push(cell.address) : undefined));
    const at = rows.findIndex((row) => row.getCell(column(h.message)).value === '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。');
    const gulou = rows[at]!;
    expect(gulou.getCell(column(h.count)).value).toBe(gulouCells.length);
    expect(gulou.getCell(column(h.cell)).value).toBe(`${gulouCells[0]} 等 ${gulouCells.length} 处`);
    const details = rows.slice(at - gulouCells.length, at);
    expect(details.map((row) => row.getCell(column(h.cell)).value)).toEqual(gulouCells);
    expect(details.every((row) => row.hidden && row.outlineLevel === 1)).toBe(true);
    expect(gulou.hidden).toBe(false);
    const links = sheetLinks(fs.readFileSync(out), findings.name);
    for (const [i, row] of details.entries()) {
      expect(links.find((link) => link.ref === row.getCell(column(h.cell)).address)?.location).toBe(`'${SAMPLE_SHEET}'!${gulouCells[i]}`);
    }
  });

  it('writes every part with its CRC-32, as zip readers check it', () => {
    for (const entry of readZipEntries(fs.readFileSync(out))) {
      const data = entry.method === 8 ? inflateRawSync(entry.compressed) : entry.compressed;
      expect({ name: entry.name, crc: crc32(data) }).toEqual({ name: entry.name, crc: entry.crc });
    }
  });

  it('prints the findings by kind, errors first, counting every finding', () => {
    const lines = taskCheck([input, ...AS_OF]).stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('问题：错误 7，警告 134，提示 4');
    const findingLines = lines.slice(lines.indexOf('问题清单（按类别，错误在前）：') + 1);
    expect(findingLines[0]).toBe('错误 · 逾期未完成 · 3 处  (DEADLINE_OVERDUE)');
    expect(findingLines[1]).toMatch(/^ {2}E\d+ {2}已超过完成时限/);
    expect(findingLines).toContain('警告 · 单位写法不规范 · 22 种写法 · 103 处  (UNIT_NONSTANDARD)');
    const counted = findingLines.filter((line) => !line.startsWith(' ')).map((line) => Number(/ · ([\d,]+) 处 /.exec(line)?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(145);
  });

  it('leaves every original cell of the task sheet as it was (value, formula, style), and the user rule', async () => {
    const original = await readWorkbookFile(input);
    expect(sheetCells(checked.getWorksheet(SAMPLE_SHEET)!)).toEqual(sheetCells(original.getWorksheet(SAMPLE_SHEET)!));
    expect(sheetCells(checked.getWorksheet('统计')!)).toEqual(sheetCells(original.getWorksheet('统计')!));
    const userRules = conditionalFormats(checked.getWorksheet(SAMPLE_SHEET)!).filter((block) =>
      JSON.stringify(block).includes(JSON.stringify(USER_RULE_FORMULA).slice(1, -1)),
    );
    expect(userRules).toHaveLength(1);
  });

  it('gives the same workbook when run again on its own output (two runs equal one run)', async () => {
    const again = path.join(dir, 'checked-twice.xlsx');
    expect(taskCheck([out, ...AS_OF, '--out', again]).status).toBe(0);
    expect(workbookState(await readWorkbookFile(again))).toEqual(workbookState(checked));
  });

  it('clear gives back the original workbook', async () => {
    const cleared = path.join(dir, 'cleared.xlsx');
    expect(taskCheck(['clear', out, '--out', cleared])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(workbookState(await readWorkbookFile(cleared))).toEqual(workbookState(await readWorkbookFile(input)));
  });
});

describe('task-check on a workbook with parts it knows nothing of', () => {
  it('keeps them in the copy as they were, and has nothing to warn about', () => {
    // Stands for a chart Excel wrote: the package holds a chart part.
    const withChart = path.join(dir, 'with-chart.xlsx');
    fs.writeFileSync(withChart, withExtraParts(fs.readFileSync(SAMPLE_WORKBOOK_PATH), { 'xl/charts/chart1.xml': '<c:chartSpace/>' }));
    const out = path.join(dir, 'with-chart.checked.xlsx');
    const ran = taskCheck([withChart, ...AS_OF, '--out', out, '--json']);
    expect(ran).toMatchObject({ status: 0, stderr: '' });
    expect((JSON.parse(ran.stdout) as { tasks: unknown[] }).tasks).toHaveLength(29);
    expect(partText(fs.readFileSync(out), 'xl/charts/chart1.xml')).toBe('<c:chartSpace/>');
  });

  it('refuses to write the copy of a macro workbook under a name Excel would not open, and writes it as .xlsm', () => {
    const macros = path.join(dir, '督查台账.xlsm');
    fs.writeFileSync(macros, asMacroWorkbook(fs.readFileSync(SAMPLE_WORKBOOK_PATH)));
    const ran = taskCheck([macros, ...AS_OF, '--out', path.join(dir, 'macros.checked.xlsx')]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toBe(`输入的工作簿含宏，--out 的输出文件“${path.join(dir, 'macros.checked.xlsx')}”应以 .xlsm 结尾，否则 Excel 无法打开。\n`);
    expect(fs.existsSync(path.join(dir, 'macros.checked.xlsx'))).toBe(false);
    const out = path.join(dir, 'macros.checked.xlsm');
    expect(taskCheck([macros, ...AS_OF, '--out', out])).toMatchObject({ status: 0, stderr: '' });
    expect(partsOf(fs.readFileSync(out))['xl/vbaProject.bin']).toEqual(partsOf(fs.readFileSync(macros))['xl/vbaProject.bin']);
  });

  it('refuses to write the copy of a workbook without macros under an .xlsm name, which Excel would not open', () => {
    const out = path.join(dir, 'plain.checked.xlsm');
    const ran = taskCheck([SAMPLE_WORKBOOK_PATH, ...AS_OF, '--out', out]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toBe(`输入的工作簿不含宏，--out 的输出文件“${out}”应以 .xlsx 结尾，否则 Excel 无法打开。\n`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('task-check --json', () => {
  it('prints exactly one JSON document of the report contract and nothing else', () => {
    const ran = taskCheck([SAMPLE_WORKBOOK_PATH, ...AS_OF, '--json']);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toBe('');
    const report = JSON.parse(ran.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['columns', 'districts', 'findings', 'headerRow', 'headers', 'level', 'progress', 'sheet', 'tasks']);
    expect(report).toMatchObject({ sheet: SAMPLE_SHEET, headerRow: 3, columns: { no: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' } });
    expect(report.tasks).toHaveLength(29);
    expect(report.districts).toEqual(expect.arrayContaining([expect.objectContaining({ name: '马尾区' })]));
  });
});

describe('task-check on bad input', () => {
  const cases: [string, () => string[]][] = [
    ['a CSV renamed .xlsx', () => [writeBytes('renamed.xlsx', '序号,工作任务\n1,参加闽宁协作第27次联席会议\n')]],
    ['an empty file', () => [writeBytes('empty.xlsx', '')]],
    ['a password-protected workbook', () => [writeBytes('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']))]],
    ['a truncated workbook', () => [writeBytes('truncated.xlsx', fs.readFileSync(SAMPLE_WORKBOOK_PATH).subarray(0, 4000))]],
    ['a missing path', () => [path.join(dir, 'no-such.xlsx')]],
    ['a workbook without a task table', () => [noTable]],
    ['an unknown sheet', () => [SAMPLE_WORKBOOK_PATH, '--sheet', '附件二']],
    ['--as-of 2023-13-45', () => [SAMPLE_WORKBOOK_PATH, '--as-of', '2023-13-45']],
    ['--due-soon -1', () => [SAMPLE_WORKBOOK_PATH, '--due-soon', '-1']],
  ];
  let noTable: string;
  let outDir: string;

  function writeBytes(name: string, bytes: string | Uint8Array): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  }

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '本工作簿汇总各县（市）区上报材料';
    noTable = await writeWorkbookFile(workbook, dir, 'notes.xlsx');
    outDir = makeTempDir();
  });

  it.each(cases)('exits 2 with one line naming the problem, and writes nothing, for %s', (_name, args) => {
    const out = path.join(outDir, 'checked.xlsx');
    const ran = taskCheck([...args(), '--out', out]);
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(/^[^\n]+\n$/);
    expect(ran.stderr).not.toMatch(/\bat .+:\d+/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('names the sheet, path or option in the line, in the user language', () => {
    expect(taskCheck([SAMPLE_WORKBOOK_PATH, '--sheet', '附件二']).stderr).toContain('附件二');
    expect(taskCheck([path.join(dir, 'no-such.xlsx')]).stderr).toContain('no-such.xlsx');
    expect(taskCheck([SAMPLE_WORKBOOK_PATH, '--as-of', '2023-13-45']).stderr).toContain('2023-13-45');
    expect(taskCheck([noTable], { LANG: 'en_US.UTF-8' }).stderr).toMatch(/^No task table found on sheet "说明": header cells seen: /);
  });

  it('refuses to write over its input, which stays as it was', () => {
    const before = fs.readFileSync(input);
    const sameFile = `${dir}/./分工方案.xlsx`;
    const ran = taskCheck([input, '--out', sameFile]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toBe(`${zh.hostErrors.OUTPUT_IS_INPUT({ path: sameFile })}\n`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(taskCheck(['clear', input, '--out', input]).status).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});
