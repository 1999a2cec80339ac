// "Nothing lost": a workbook dressed as users dress them goes through task-check --out, reruns and clear, and every
// thing the user wrote is compared before and after, with ExcelJS and part by part. The command runs in process
// through `run` (the code bin/task-check.js calls), and once as a real process whose file size limit makes the write
// fail half way.
import { spawnSync } from 'child_process';
import type * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { OWNED_SHEET_NAMES } from '../../src/core';
import { SAMPLE_SHEET } from '../../seeds/build-sample';
import { captureIo } from '../cli/captureIo';
import { fullyDressedSampleWorkbook, USER_NAME, USER_SUMMARY_SHEET } from '../fixtures/workbooks/dressedSample';
import { partsOf } from '../fixtures/workbooks/packageParts';
import { conditionalFormats, isToolRuleBlock, makeTempDir, readWorkbookFile, sheetCells, writeWorkbookFile } from '../fixtures/workbooks/workbookFiles';

const ROOT = path.join(__dirname, '../..');
const AS_OF = ['--as-of', '2023-11-20'];
const OWNED_NAMES: ReadonlySet<string> = new Set(Object.values(OWNED_SHEET_NAMES));

async function taskCheck(args: string[]): Promise<void> {
  const io = captureIo();
  const code = await run(args, io);
  expect({ code, stderr: io.err() }).toEqual({ code: 0, stderr: '' });
}

/** Everything of one sheet a user could have set, in a form toEqual compares. */
function sheetState(sheet: ExcelJS.Worksheet, withToolRules = true): unknown {
  const rows: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => rows.push({ n, height: row.height, hidden: row.hidden, outline: row.outlineLevel }));
  const validations = (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
  return {
    name: sheet.name,
    state: sheet.state,
    cells: [...sheetCells(sheet)],
    rows,
    merges: [...sheet.model.merges].sort(),
    columns: (sheet.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: JSON.stringify(c.style) })),
    views: sheet.views,
    conditionalFormats: conditionalFormats(sheet).filter((block) => withToolRules || !isToolRuleBlock(block)),
    validations,
    properties: sheet.properties,
    pageSetup: sheet.pageSetup,
  };
}

function userNames(workbook: ExcelJS.Workbook): unknown[] {
  return workbook.definedNames.model.filter((n) => !OWNED_NAMES.has(n.name));
}

/** The user's part of a workbook: their sheets in tab order, with everything on them, and their defined names. */
function userState(workbook: ExcelJS.Workbook, userSheets: readonly string[]): unknown {
  return {
    sheets: workbook.worksheets.filter((s) => userSheets.includes(s.name)).map((s) => sheetState(s, false)),
    leadingSheets: workbook.worksheets.slice(0, userSheets.length).map((s) => s.name),
    names: userNames(workbook),
  };
}

/** The whole workbook, the tool's sheets included (for reruns, which must change nothing at all). */
function wholeState(workbook: ExcelJS.Workbook): unknown {
  return { sheets: workbook.worksheets.map((s) => sheetState(s)), names: workbook.definedNames.model };
}

let dir: string;
let input: string;
let original: ExcelJS.Workbook;
let userSheets: string[];
let inputBytes: Buffer;

beforeAll(async () => {
  dir = makeTempDir('task-check-integrity-');
  input = await writeWorkbookFile(fullyDressedSampleWorkbook(), dir, '分工方案.xlsx');
  inputBytes = fs.readFileSync(input);
  original = await readWorkbookFile(input);
  userSheets = original.worksheets.map((s) => s.name);
});

describe('task-check --out on a dressed workbook', () => {
  let out: string;
  let checked: ExcelJS.Workbook;

  beforeAll(async () => {
    out = path.join(dir, 'checked.xlsx');
    await taskCheck([input, ...AS_OF, '--out', out]);
    checked = await readWorkbookFile(out);
  });

  it('dresses the input as intended (the comparison below would be empty otherwise)', () => {
    expect(userSheets).toEqual([SAMPLE_SHEET, '统计', USER_SUMMARY_SHEET]);
    const sheet = original.getWorksheet(SAMPLE_SHEET)!;
    expect(sheet.getCell('F4').formula).toBe('LEN(B4)');
    expect(sheet.getColumn(7).hidden).toBe(true);
    expect(sheet.getRow(12).hidden).toBe(true);
    expect(sheet.getCell('A12').value).toBe(7);
    expect(sheet.getRow(10)).toMatchObject({ hidden: true, cellCount: 0 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(sheet.getCell('B5').note).toBe('已与市委办确认');
    expect(original.definedNames.model.map((n) => n.name).sort()).toEqual(['Deadlines', USER_NAME, 'Reported'].sort());
    expect(sheet.pageSetup.printArea).toBe('A3:E40');
    expect(conditionalFormats(original.getWorksheet(USER_SUMMARY_SHEET)!)).toHaveLength(1);
  });

  it('wrote its own sheets and highlights (so there was something to keep apart)', () => {
    expect(checked.worksheets.length).toBe(userSheets.length + 3);
    const toolRules = conditionalFormats(checked.getWorksheet(SAMPLE_SHEET)!).filter(isToolRuleBlock);
    expect(toolRules.length).toBeGreaterThan(0);
  });

  it('keeps every user sheet, cell, style, note, rule, view, column, row and name exactly, and the user sheets first', () => {
    expect(userState(checked, userSheets)).toEqual(userState(original, userSheets));
  });

  it('writes its district summary beside the user’s 区县汇总表, never into it', () => {
    const owned = checked.definedNames.model.find((n) => n.name === OWNED_SHEET_NAMES.districts)!;
    expect(owned.ranges[0]).not.toContain(`'${USER_SUMMARY_SHEET}'!`);
    expect(owned.ranges[0]).toMatch(/^'区县汇总表 \(2\)'!/);
    expect(checked.getWorksheet(USER_SUMMARY_SHEET)!.getCell('A2').value).toBe('马尾区');
  });

  it('gives the same workbook after three reruns on its own output as after one run', async () => {
    let previous = out;
    for (let n = 2; n <= 4; n += 1) {
      const next = path.join(dir, `checked-${n}.xlsx`);
      await taskCheck([previous, ...AS_OF, '--out', next]);
      previous = next;
    }
    expect(wholeState(await readWorkbookFile(previous))).toEqual(wholeState(checked));
  });

  it('clear gives back the original workbook, sheet for sheet and name for name, and every part byte for byte', async () => {
    const cleared = path.join(dir, 'cleared.xlsx');
    await taskCheck(['clear', out, '--out', cleared]);
    expect(wholeState(await readWorkbookFile(cleared))).toEqual(wholeState(original));
    const [before, after] = [partsOf(inputBytes), partsOf(fs.readFileSync(cleared))];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect({ name, same: Buffer.from(after[name]!).equals(Buffer.from(before[name]!)) }).toEqual({ name, same: true });
  });

  it('never wrote to the input file', () => {
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });
});

describe('task-check --out when the write fails half way', () => {
  // A real process under a file size limit (ulimit -f, in 1 KB blocks): Node ignores SIGXFSZ, so the write of the
  // checked copy stops with EFBIG after the first 8 KB, as it would on a full disk.
  function limitedTaskCheck(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const script = "require('./src/cli/main').main(process.argv.slice(1))";
    const command = `ulimit -f 8; exec "$0" --require ./scripts/register-ts.js -e "${script}" "$@"`;
    const ran = spawnSync('bash', ['-c', command, process.execPath, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LANG: 'zh_CN.UTF-8' },
    });
    return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
  }

  it('leaves no output file, no temp file, the input unharmed, and says so in one line with exit 2', () => {
    const outDir = makeTempDir('task-check-full-disk-');
    const out = path.join(outDir, 'checked.xlsx');
    const ran = limitedTaskCheck([input, ...AS_OF, '--out', out]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/^[^\n]*checked\.xlsx[^\n]*\n$/);
    expect(ran.stdout).toBe('');
    expect(fs.readdirSync(outDir)).toEqual([]);
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it('leaves an earlier checked copy at that path whole', async () => {
    const outDir = makeTempDir('task-check-full-disk-');
    const out = path.join(outDir, 'checked.xlsx');
    await taskCheck([input, ...AS_OF, '--out', out]);
    const earlier = fs.readFileSync(out);
    expect(limitedTaskCheck([input, '--as-of', '2023-12-20', '--out', out]).status).toBe(2);
    expect(fs.readdirSync(outDir)).toEqual(['checked.xlsx']);
    expect(fs.readFileSync(out).equals(earlier)).toBe(true);
  });
});
