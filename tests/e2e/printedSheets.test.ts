// The sheets the tool writes, printed by a real spreadsheet program: LibreOffice renders checked copies to PDF (one
// soffice call for every file), and poppler reads the pages back (pdfinfo for their sizes, pdftotext for their text).
// Each tool sheet prints on A4 landscape, one page wide: every page of it shows the title, the header from its first
// column to its last, and the footer with the as-of date, the page number and the sheet's name. A control copy whose
// findings sheet is not fitted to the page shows that the check sees a sheet printed two pages wide.
import { spawnSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_SHEET, SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { BUTTON_PARTS, messagesFor, planWorkbookOutput, type Lang, type SheetPlan } from '../../src/core';
import { ZLIB_COMPRESSION } from '../../src/cli/zlibCompression';
import { checkWorkbook } from '../../src/xlsx';
import { WorkbookReader } from '../../src/xlsx/read/workbookReader';
import { writePackage } from '../../src/xlsx/write/writePackage';
import { tablePath } from '../fixtures/tables/tableGrid';
import { seedRows } from '../fixtures/seedGrid';
import { makeTempDir } from '../fixtures/tempDirs';
import { libreOffice } from '../fixtures/workbooks/flatOds';
import { workbookBytes } from '../fixtures/workbooks/workbookFiles';

const AS_OF = '2023-11-20';
const MADE_AT = '2023-11-21 09:30';
/** A4 landscape in PDF points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/** The seed's 29 tasks written out three times over, numbered on: long enough for the unit task list to run to many pages. */
async function longSeed(): Promise<Uint8Array> {
  const rows = seedRows();
  const header = rows.findIndex((cells) => cells[0] === '序号');
  const tasks = rows.slice(header + 1).filter((cells) => /^\d+$/.test(cells[0] ?? ''));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SAMPLE_SHEET);
  for (const cells of rows.slice(0, header + 1)) sheet.addRow(cells);
  for (let round = 0; round < 3; round += 1) for (const [i, cells] of tasks.entries()) sheet.addRow([round * tasks.length + i + 1, ...cells.slice(1)]);
  return workbookBytes(workbook);
}

interface Printed {
  /** Each page's text, laid out as printed. */
  readonly pages: readonly string[];
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

function printed(pdf: string): Printed {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  const pages = text.stdout.split('\f').slice(0, -1);
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' });
  if (info.status !== 0) throw new Error(`pdfinfo failed: ${info.stderr}`);
  const sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, sizes };
}

/** The pages a tool sheet printed on: those whose footer ends with the sheet's name. */
function pagesOf(print: Printed, sheet: string): { readonly text: string; readonly size: { width: number; height: number } }[] {
  return print.pages.flatMap((text, i) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines[lines.length - 1]?.trim().endsWith(sheet) ? [{ text, size: print.sizes[i]! }] : [];
  });
}

/** What every page of a tool sheet shows: the start of its first and last headers, its title, its footer. */
function expectOnePageWide(print: Printed, plan: Pick<SheetPlan, 'name' | 'columns' | 'layout'>, lang: Lang): void {
  const pages = pagesOf(print, plan.name);
  expect({ sheet: plan.name, printed: pages.length > 0 }).toEqual({ sheet: plan.name, printed: true });
  const first = plan.columns[0]!.header.slice(0, 2);
  const last = plan.columns[plan.columns.length - 1]!.header.slice(0, 2);
  const title = plan.layout!.title!.slice(0, 12);
  const asOf = messagesFor(lang).terms.asOfDate(AS_OF);
  for (const [i, page] of pages.entries()) {
    const where = { sheet: plan.name, page: i + 1 };
    expect({ ...where, size: { width: Math.round(page.size.width), height: Math.round(page.size.height) } }).toEqual({
      ...where,
      size: { width: Math.round(A4_LANDSCAPE.width), height: Math.round(A4_LANDSCAPE.height) },
    });
    expect({ ...where, first: page.text.includes(first), last: page.text.includes(last), title: page.text.includes(title), asOf: page.text.includes(asOf) }).toEqual({
      ...where,
      first: true,
      last: true,
      title: true,
      asOf: true,
    });
  }
}

interface Copy {
  readonly file: string;
  readonly lang: Lang;
  readonly sheets: readonly SheetPlan[];
}

let dir: string;
const copies = new Map<string, Copy>();
const prints = new Map<string, Printed>();

/** A checked copy written as the command line writes it (Node's zlib), with the plan its sheets were written from. */
async function checkedCopy(name: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  const compression = ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {};
  const { result, output } = await checkWorkbook(bytes, { asOf: AS_OF, lang, parts: BUTTON_PARTS.all, madeAt: MADE_AT, ...compression });
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, output);
  const plan = planWorkbookOutput(result, { parts: BUTTON_PARTS.all, lang, existingSheets: [result.sheet], ownedSheets: {}, madeAt: MADE_AT });
  copies.set(name, { file, lang, sheets: plan.sheets });
}

/** The plan's sheet with its print setup not fitted to the page. */
function unfitted(plan: SheetPlan): SheetPlan {
  const print = { ...plan.layout!.print! };
  delete (print as { fitToPagesWide?: number }).fitToPagesWide;
  return { ...plan, layout: { ...plan.layout, print } };
}

beforeAll(async () => {
  dir = makeTempDir('task-check-print-');
  const seed = new Uint8Array(fs.readFileSync(SAMPLE_WORKBOOK_PATH));
  await checkedCopy('seed', seed, 'zh-CN');
  await checkedCopy('seed-en', seed, 'en-US');
  await checkedCopy('jindong', new Uint8Array(fs.readFileSync(tablePath('jindong-2024-minsheng-fenjie', 'xlsx'))), 'zh-CN');
  await checkedCopy('long', await longSeed(), 'zh-CN');
  // The control: the seed's findings sheet printed at 100%, not fitted to one page wide.
  const control = unfitted(copies.get('seed')!.sheets.find((s) => s.key === 'findings')!);
  fs.writeFileSync(path.join(dir, 'control.xlsx'), writePackage(new WorkbookReader(seed), { highlights: null, sheets: [control], clear: false }));
  copies.set('control', { file: path.join(dir, 'control.xlsx'), lang: 'zh-CN', sheets: [control] });

  libreOffice([...copies.values()].map((copy) => copy.file), 'pdf', dir);
  for (const name of copies.keys()) prints.set(name, printed(path.join(dir, `${name}.pdf`)));
}, 240_000);

describe.each(['seed', 'seed-en', 'jindong', 'long'])('the tool sheets of the checked copy "%s", printed', (name) => {
  it('print on A4 landscape, one page wide, each page with the title, the header from first to last column and the footer', () => {
    const copy = copies.get(name)!;
    expect(copy.sheets.map((s) => s.key)).toEqual(['findings', 'districts', 'unitTasks']);
    for (const sheet of copy.sheets) expectOnePageWide(prints.get(name)!, sheet, copy.lang);
  });
});

it('runs a long sheet to several pages, numbered, each repeating the header', () => {
  const units = copies.get('long')!.sheets.find((s) => s.key === 'unitTasks')!;
  const pages = pagesOf(prints.get('long')!, units.name);
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) expect(page.text).toMatch(/第 \d+ 页，共 \d+ 页/);
  expect(new Set(pages.map((p) => /第 (\d+) 页/.exec(p.text)?.[1])).size).toBe(pages.length);
  expect(pages.every((p) => p.text.includes('工作任务'))).toBe(true);
  expect(pages.length).toBeLessThan(units.rows.length / 10);
});

it('sees a sheet that is not fitted to the page run two pages wide', () => {
  const [findings] = copies.get('control')!.sheets;
  const pages = pagesOf(prints.get('control')!, findings!.name);
  const last = findings!.columns[findings!.columns.length - 1]!.header;
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.some((p) => !p.text.includes(last))).toBe(true);
});
