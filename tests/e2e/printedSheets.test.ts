// The sheets the tool writes, printed by a real spreadsheet program: LibreOffice renders checked copies to PDF (one
// soffice call for every file), and poppler reads the pages back (pdfinfo for their sizes, pdftotext for their text, as
// laid out and in the order it was drawn, each cell's lines together). Each tool sheet prints on A4 landscape, one page
// wide: every page of it shows the title, the header from its first column to its last, and the footer with the as-of
// date, the page number and the sheet's name. What a page shows is whole: each task's text in the unit task list, the
// lists of task numbers and the kinds' names in the findings, a rate as 100.0% (never ###), a header's bracketed unit
// on a line of its own; an empty sheet says why. A control copy whose findings sheet is not fitted to the page shows
// that the check sees a sheet printed two pages wide.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { BUTTON_PARTS, messagesFor, planWorkbookOutput, type Lang, type SheetPlan } from '../../src/core';
import { ZLIB_COMPRESSION } from '../../src/cli/zlibCompression';
import { checkWorkbook } from '../../src/xlsx';
import { WorkbookReader } from '../../src/xlsx/read/workbookReader';
import { writePackage } from '../../src/xlsx/write/writePackage';
import { tablePath } from '../fixtures/tables/tableGrid';
import { makeTempDir } from '../fixtures/tempDirs';
import { libreOffice } from '../fixtures/workbooks/flatOds';

const AS_OF = '2023-11-20';
const MADE_AT = '2023-11-21 09:30';
/** A4 landscape in PDF points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

interface Printed {
  /** Each page's text, laid out as printed. */
  readonly pages: readonly string[];
  /** Each page's text in the order it was drawn: a cell's wrapped lines follow each other. */
  readonly drawn: readonly string[];
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

function printed(pdf: string): Printed {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  const pages = text.stdout.split('\f').slice(0, -1);
  const raw = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  if (raw.status !== 0) throw new Error(`pdftotext failed: ${raw.stderr}`);
  const drawn = raw.stdout.split('\f').slice(0, -1);
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' });
  if (info.status !== 0) throw new Error(`pdfinfo failed: ${info.stderr}`);
  const sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, drawn, sizes };
}

/** The pages a tool sheet printed on: those whose footer ends with the sheet's name. */
function pagesOf(print: Printed, sheet: string): { readonly text: string; readonly drawn: string; readonly size: { width: number; height: number } }[] {
  return print.pages.flatMap((text, i) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines[lines.length - 1]?.trim().endsWith(sheet) ? [{ text, drawn: print.drawn[i] ?? '', size: print.sizes[i]! }] : [];
  });
}

/** What a sheet's pages show, in drawing order, without the spaces and line breaks the printing put in. */
function shownOn(print: Printed, sheet: string): string {
  return pagesOf(print, sheet)
    .map((page) => page.drawn)
    .join('')
    .replace(/\s+/g, '');
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

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
  // Meishan reports progress (单位进展排名, its rates 100.0%); Hangzhou names no district and has no finding.
  await checkedCopy('meishan', new Uint8Array(fs.readFileSync(tablePath('meishan-2019-minsheng-wancheng', 'xlsx'))), 'zh-CN');
  await checkedCopy('hangzhou', new Uint8Array(fs.readFileSync(tablePath('hangzhou-2021-zhongdian-fenjie', 'xlsx'))), 'zh-CN');
  // The control: the seed's findings sheet printed at 100%, not fitted to one page wide.
  const control = unfitted(copies.get('seed')!.sheets.find((s) => s.key === 'findings')!);
  fs.writeFileSync(path.join(dir, 'control.xlsx'), writePackage(new WorkbookReader(seed), { highlights: null, sheets: [control], clear: false }));
  copies.set('control', { file: path.join(dir, 'control.xlsx'), lang: 'zh-CN', sheets: [control] });

  libreOffice([...copies.values()].map((copy) => copy.file), 'pdf', dir);
  for (const name of copies.keys()) prints.set(name, printed(path.join(dir, `${name}.pdf`)));
}, 240_000);

describe.each(['seed', 'seed-en', 'jindong', 'meishan', 'hangzhou'])('the tool sheets of the checked copy "%s", printed', (name) => {
  it('print on A4 landscape, one page wide, each page with the title, the header from first to last column and the footer', () => {
    const copy = copies.get(name)!;
    expect(copy.sheets.map((s) => s.key)).toEqual(name === 'meishan' ? ['findings', 'districts', 'unitTasks', 'unitProgress'] : ['findings', 'districts', 'unitTasks']);
    for (const sheet of copy.sheets) expectOnePageWide(prints.get(name)!, sheet, copy.lang);
  });
});

const sheetOf = (name: string, key: SheetPlan['key']): SheetPlan => copies.get(name)!.sheets.find((s) => s.key === key)!;

it('runs a long sheet to several pages, numbered, each repeating the header', () => {
  const units = sheetOf('seed', 'unitTasks');
  const pages = pagesOf(prints.get('seed')!, units.name);
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) expect(page.text).toMatch(/第 \d+ 页，共 \d+ 页/);
  expect(new Set(pages.map((p) => /第 (\d+) 页/.exec(p.text)?.[1])).size).toBe(pages.length);
  expect(pages.every((p) => p.text.includes('工作任务'))).toBe(true);
  // Each page holds several tasks, each whole.
  expect(pages.length).toBeLessThan(units.rows.length / 4);
});

it('prints every task’s text whole in the unit task list, not cut off at the column beside it', () => {
  const units = sheetOf('seed', 'unitTasks');
  const shown = shownOn(prints.get('seed')!, units.name);
  const texts = new Set(units.rows.map((row) => row[3]).map((cell) => (cell !== null && typeof cell === 'object' ? cell.text : String(cell ?? ''))));
  expect(texts.size).toBeGreaterThan(20);
  for (const text of texts) expect({ text: text.slice(0, 12), whole: shown.includes(withoutSpaces(text)) }).toEqual({ text: text.slice(0, 12), whole: true });
});

it('prints the findings’ lists of task numbers and units and the kinds’ names whole, in either language', () => {
  for (const name of ['seed', 'seed-en']) {
    const findings = sheetOf(name, 'findings');
    const shown = shownOn(prints.get(name)!, findings.name);
    for (const row of findings.rows.filter((r) => r[7] !== null)) {
      for (const column of [1, 3, 4]) {
        const text = withoutSpaces(String(row[column] ?? ''));
        expect({ name, column, text, whole: shown.includes(text) }).toEqual({ name, column, text, whole: true });
      }
    }
  }
});

it('prints a rate as its format shows it, 100.0%, never ###', () => {
  const ranking = sheetOf('meishan', 'unitProgress');
  const pages = pagesOf(prints.get('meishan')!, ranking.name);
  expect(pages.map((p) => p.text).join('')).toContain('100.0%');
  expect(pages.some((p) => p.text.includes('###'))).toBe(false);
});

it('breaks a header before its bracketed unit, never leaving the bracket or its closing part on a line alone', () => {
  const districts = sheetOf('seed', 'districts');
  const lines = pagesOf(prints.get('seed')!, districts.name).flatMap((p) => p.drawn.split('\n')).map((line) => line.trim());
  expect(lines).toContain('（项）');
  expect(lines.filter((line) => /[（(]$/.test(line) || /^[^（(]*[）)]$/.test(line))).toEqual([]);
});

it('says on an empty sheet why it is empty', () => {
  const hangzhou = prints.get('hangzhou')!;
  expect(shownOn(hangzhou, sheetOf('hangzhou', 'findings').name)).toContain('未发现问题。');
  expect(shownOn(hangzhou, sheetOf('hangzhou', 'districts').name)).toContain('牵头单位和配合单位中没有区县');
});

it('sees a sheet that is not fitted to the page run two pages wide', () => {
  const [findings] = copies.get('control')!.sheets;
  const pages = pagesOf(prints.get('control')!, findings!.name);
  const last = findings!.columns[findings!.columns.length - 1]!.header;
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.some((p) => !p.text.includes(last))).toBe(true);
});
