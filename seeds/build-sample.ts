// Builds seeds/fuzhou-2023.xlsx from the published plan (seeds/fuzhou-2023-plan.txt): the attachment's table as the
// document prints it, title row, header repeated at each page break, blank rows and all. Run: `npm run seed`.
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { displayWidth } from '../src/core/plan/columnWidth';

export const SAMPLE_TITLE = '2023年闽宁协作福州市重点工作分方案';
export const SAMPLE_SHEET = '分工方案';
export const SAMPLE_PLAN_PATH = path.join(__dirname, 'fuzhou-2023-plan.txt');
export const SAMPLE_WORKBOOK_PATH = path.join(__dirname, 'fuzhou-2023.xlsx');

const COLUMN_WIDTHS = [6, 60, 30, 36, 12];
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per line of 11-point text. */
const LINE_HEIGHT = 14.5;
/** A fixed timestamp so that rebuilding gives the same document properties. */
const BUILT_AT = new Date(Date.UTC(2023, 6, 24));

/** The attachment's lines: from the table's title to the end, one row per line, cells split at tabs. */
export function sampleRows(planText: string): string[][] {
  const lines = planText.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const start = lines.indexOf(SAMPLE_TITLE);
  if (start < 0) throw new Error(`title line not found: ${SAMPLE_TITLE}`);
  return lines.slice(start).map((line) => (line === '' ? [] : line.split('\t')));
}

/**
 * Excel keeps a row at its stored height and does not grow it for wrapped text when it opens a file, so the builder
 * sets heights that fit the longest cell of each row.
 */
function rowHeight(cells: readonly string[]): number {
  const lines = Math.max(1, ...cells.map((text, c) => Math.ceil(displayWidth(text) / Math.max(1, (COLUMN_WIDTHS[c] ?? 10) - 2))));
  return lines * LINE_HEIGHT + 4;
}

/** Excel turns a typed 1 into the number 1; the 序号 column is numbers as it would be in a real workbook. */
function cellValue(text: string, column: number): string | number | null {
  if (text === '') return null;
  return column === 0 && /^\d+$/.test(text) ? Number(text) : text;
}

export function buildSampleWorkbook(planText: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = BUILT_AT;
  workbook.modified = BUILT_AT;
  const sheet = workbook.addWorksheet(SAMPLE_SHEET, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  COLUMN_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  sampleRows(planText).forEach((cells, r) => {
    const rowNumber = r + 1;
    if (r === 0) {
      const title = sheet.getCell(rowNumber, 1);
      title.value = cells[0] ?? '';
      title.font = { bold: true, size: 16 };
      title.alignment = { horizontal: 'center', vertical: 'middle' };
      sheet.mergeCells(rowNumber, 1, rowNumber, COLUMN_WIDTHS.length);
      sheet.getRow(rowNumber).height = 32;
      return;
    }
    if (cells.length === 0) return;
    const isHeader = cells[0] === '序号';
    sheet.getRow(rowNumber).height = rowHeight(cells);
    for (let c = 0; c < COLUMN_WIDTHS.length; c += 1) {
      const cell = sheet.getCell(rowNumber, c + 1);
      const value = cellValue(cells[c] ?? '', c);
      if (value !== null) cell.value = value;
      cell.border = BORDER;
      cell.alignment = isHeader || c === 0 || c === 4
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { vertical: 'middle', wrapText: true };
      if (isHeader) cell.font = { bold: true };
    }
  });
  return workbook;
}

async function main(): Promise<void> {
  const workbook = buildSampleWorkbook(fs.readFileSync(SAMPLE_PLAN_PATH, 'utf8'));
  await workbook.xlsx.writeFile(SAMPLE_WORKBOOK_PATH);
  process.stdout.write(`${path.relative(process.cwd(), SAMPLE_WORKBOOK_PATH)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
