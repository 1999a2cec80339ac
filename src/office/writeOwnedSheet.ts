// Writes one of the tool's sheets from its SheetPlan, layout included, as the file writer does: title and subtitle
// rows merged across the table, the header frozen, widths, number formats, wrapped and top-aligned text, row heights,
// bold rows, links, and the note and closing text (the 通报) below. What ExcelApi 1.7 lacks is applied where the host has it: the AutoFilter and
// the print setup (ExcelApi 1.9), the folded row groups (1.10); below, the sheet is written without them
// (docs/deploy.md). An earlier copy (found by its defined name) is emptied and rewritten in place, never deleted and
// added again: deleting a sheet empties Excel's undo history.
import { HIGHLIGHT_COLORS, OWNED_SHEET_NAMES, columnLetter, filterLastRow, footerSectionCode, headerRowOf, quoteSheetName, rowsBelowBody, type PlanCell, type SheetPlan } from '../core';
import type { XlBorderIndex, XlCellValue, XlContext, XlRange, XlWorksheet } from './excelTypes';
import { CALL_OVERHEAD_BYTES, jsonBytes, type RequestBatcher } from './requestBatcher';

/**
 * Text that Excel could read as something else is formatted as Text ('@') before its value is set: Excel then stores
 * what it is given, so table text such as "=A1", "+86 …", "-", "@所有人", "1/2", "001" or "TRUE" stays text instead of
 * turning into a formula, a number, a date or a boolean. Text Excel keeps as it is (no digit, no leading sign,
 * apostrophe or #, no boolean word: 鼓楼区, 牵头, 正常推进) and formulas keep the General format of the sheet's fresh
 * cells, and their formats are not sent: on a long unit task list that is a fifth of the request.
 */
const TEXT_FORMAT = '@';
const NUMBER_FORMAT = 'General';
const KEPT_AS_TEXT = /^(?![=+\-@#'])[^0-9０-９]*$/;
const BOOLEAN_WORD = /^(?:true|false)$/i;

/** Text that a General cell holds as the same text. */
function keptAsText(text: string): boolean {
  return KEPT_AS_TEXT.test(text) && !BOOLEAN_WORD.test(text.trim());
}
const DEFAULT_TITLE_SIZE = 14;
/** The requirement sets of what ExcelApi 1.7 lacks. */
const AUTO_FILTER_API = '1.9';
const PAGE_LAYOUT_API = '1.9';
const OUTLINE_API = '1.10';
const PAPER_SIZE: Readonly<Record<'A4' | 'A3', string>> = { A4: 'A4', A3: 'A3' };
const ORIENTATION: Readonly<Record<'portrait' | 'landscape', string>> = { portrait: 'Portrait', landscape: 'Landscape' };
const LINK_COLOR = '#0563C1';
/** HYPERLINK's friendly text is limited to 255 characters; a longer one is written as plain text without the link. */
const MAX_LINK_TEXT = 255;

/** Rows per write call at most; blocks also stop growing at a quarter of the request limit, so several share a sync. */
const MAX_BLOCK_ROWS = 5000;

/** Excel's column width unit (one '0' of the default font, about 7 px) → points, as Office.js sets widths. */
function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const formulaString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A link to a cell of the workbook as a HYPERLINK formula: the whole block then goes in one range write, where
 * Range.hyperlink would cost one call per cell (thousands in a long findings sheet). The formula is built by the tool
 * from the plan's target and text, quoted as formula strings. It and a reference to a cell of the checked sheet
 * (copyFormula) are the only formulas the tool writes.
 */
function linkFormula(cell: Extract<PlanCell, { readonly link: { readonly sheet: string } }>): string | null {
  if (cell.text.length > MAX_LINK_TEXT) return null;
  return `=HYPERLINK(${formulaString(`#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`)},${formulaString(cell.text)})`;
}

interface WrittenCell {
  readonly value: XlCellValue;
  /** The number format the cell needs; null where the General format of a fresh cell is right. */
  readonly format: string | null;
  /** A HYPERLINK formula, to show as a link. */
  readonly link: boolean;
}

function writtenCell(cell: PlanCell, numberFormat: string): WrittenCell {
  if (cell === null) return { value: '', format: null, link: false };
  if (typeof cell === 'number') return { value: cell, format: numberFormat === NUMBER_FORMAT ? null : numberFormat, link: false };
  if (typeof cell === 'string') return { value: cell, format: keptAsText(cell) ? null : TEXT_FORMAT, link: false };
  // The task's text as the checked sheet holds it, by reference: a tenth of the bytes of a long text.
  if ('copyOf' in cell) return { value: `=${quoteSheetName(cell.copyOf.sheet)}!${cell.copyOf.cell}`, format: null, link: false };
  const formula = linkFormula(cell);
  // A link cell must not be Text, or its formula would be stored as text.
  return formula === null ? { value: cell.text, format: keptAsText(cell.text) ? null : TEXT_FORMAT, link: false } : { value: formula, format: null, link: true };
}

interface Block {
  /** Sheet row of the block's first row. */
  firstRow: number;
  values: XlCellValue[][];
  formats: (string | null)[][];
  links: boolean[][];
  /** Link cells to show as links (blue, underlined): vertical runs, one format call each. */
  linkRuns: string[];
  /** The block's columns that need number formats, in runs of adjacent columns: one write each. */
  formatRuns: { readonly address: string; readonly formats: string[][] }[];
  bytes: number;
}

function newBlock(firstRow: number): Block {
  return { firstRow, values: [], formats: [], links: [], linkRuns: [], formatRuns: [], bytes: 2 * CALL_OVERHEAD_BYTES };
}

/** Vertical runs of link cells in a block, as A1 ranges (C2:C40). */
function linkRuns(block: Block): string[] {
  const runs: string[] = [];
  const width = block.values[0]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    let start: number | null = null;
    for (let r = 0; r <= block.values.length; r += 1) {
      const isLink = block.links[r]?.[c] === true;
      if (isLink && start === null) start = r;
      if (!isLink && start !== null) {
        const letter = columnLetter(c + 1);
        const from = block.firstRow + start;
        const to = block.firstRow + r - 1;
        runs.push(from === to ? `${letter}${from}` : `${letter}${from}:${letter}${to}`);
        start = null;
      }
    }
  }
  return runs;
}

/** The block's columns with a cell that needs its format, grouped into runs; General stands in for the others' cells. */
function formatRuns(block: Block): Block['formatRuns'] {
  const width = block.values[0]?.length ?? 0;
  const needed = Array.from({ length: width }, (_, c) => block.formats.some((row) => row[c] !== null));
  const lastRow = block.firstRow + block.values.length - 1;
  const runs: Block['formatRuns'] = [];
  for (let c = 0; c < width; c += 1) {
    if (!needed[c] || needed[c - 1]) continue;
    let end = c;
    while (needed[end + 1]) end += 1;
    runs.push({
      address: `${columnLetter(c + 1)}${block.firstRow}:${columnLetter(end + 1)}${lastRow}`,
      formats: block.formats.map((row) => row.slice(c, end + 1).map((format) => format ?? NUMBER_FORMAT)),
    });
  }
  return runs;
}

/**
 * Cuts the plan's rows into write blocks, each one range write sized to share a request with others, as they are
 * written: the rows of a long sheet are turned into blocks only as far as the requests sent so far reach, so building
 * them never holds Excel's UI thread for more than about one request's worth.
 */
function* writeBlocks(plan: SheetPlan, firstRow: number, maxRequestBytes: number): Generator<Block> {
  const width = plan.columns.length;
  const numberFormats = plan.columns.map((column) => column.numberFormat ?? NUMBER_FORMAT);
  const blockBytes = Math.max(1, Math.floor(maxRequestBytes / 4));
  const finished = (block: Block): Block => {
    block.linkRuns = linkRuns(block);
    block.formatRuns = formatRuns(block);
    block.bytes += (block.linkRuns.length * 2 + block.formatRuns.length) * CALL_OVERHEAD_BYTES;
    for (const run of block.formatRuns) block.bytes += jsonBytes(run.formats);
    return block;
  };
  let block: Block | null = null;
  for (let index = 0; index < plan.rows.length; index += 1) {
    if (block !== null && (block.values.length >= MAX_BLOCK_ROWS || block.bytes >= blockBytes)) {
      yield finished(block);
      block = null;
    }
    block ??= newBlock(index + firstRow);
    const row = plan.rows[index] ?? [];
    const cells = Array.from({ length: width }, (_, c) => writtenCell(row[c] ?? null, numberFormats[c] ?? NUMBER_FORMAT));
    const values = cells.map((cell) => cell.value);
    block.values.push(values);
    block.formats.push(cells.map((cell) => cell.format));
    block.links.push(cells.map((cell) => cell.link));
    block.bytes += jsonBytes(values);
  }
  if (block !== null) yield finished(block);
}

/** Where the plan's sheet stands before the write: its current name if an earlier run wrote it, and names to drop. */
export interface OwnedSheetTarget {
  readonly existing: string | null;
  readonly staleName: boolean;
}

/** Runs of consecutive rows of one height, as whole-row addresses ('4:9') and their points: one write each. */
function heightRuns(plan: SheetPlan, keep: (row: number) => boolean): { readonly rows: string; readonly points: number }[] {
  const runs: { from: number; to: number; points: number }[] = [];
  for (const { row, points } of (plan.rowHeights ?? []).filter((h) => keep(h.row))) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.points === points) last.to = row;
    else runs.push({ from: row, to: row, points });
  }
  return runs.map(({ from, to, points }) => ({ rows: `${from}:${to}`, points }));
}

/**
 * A text row of the title block or below the body (the note, the closing text): one cell merged across the table,
 * written as text, wrapped within it (the plan gives the row its height).
 */
function mergedTextRow(sheet: XlWorksheet, row: number, lastColumn: string, text: string): XlRange {
  const cell = sheet.getRange(`A${row}`);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[text]];
  const across = sheet.getRange(`A${row}:${lastColumn}${row}`);
  if (lastColumn !== 'A') across.merge();
  across.format.wrapText = true;
  across.format.verticalAlignment = 'Top';
  return across;
}

/** Thin lines round every cell of the header and body; the inner lines only where there are two rows or columns. */
function ruleTable(table: XlRange, rows: number, columns: number): void {
  const edges: XlBorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rows > 1) edges.push('InsideHorizontal');
  if (columns > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = table.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

export async function writeOwnedSheet(
  context: XlContext,
  batcher: RequestBatcher,
  plan: SheetPlan,
  target: OwnedSheetTarget,
  maxRequestBytes: number,
  supports: (version: string) => boolean,
): Promise<void> {
  const { worksheets, names } = context.workbook;
  const definedName = OWNED_SHEET_NAMES[plan.key];
  const layout = plan.layout ?? {};
  const lastColumn = columnLetter(Math.max(1, plan.columns.length));
  const headerRow = headerRowOf(layout);
  const lastRow = headerRow + plan.rows.length;
  const sheet = await batcher.add(4 * CALL_OVERHEAD_BYTES, (): XlWorksheet => {
    if (target.existing !== null) {
      const existing = worksheets.getItem(target.existing);
      if (target.existing !== plan.name) existing.name = plan.name;
      // Rows below the first are deleted rather than cleared, so that the earlier run's row heights, merged notes,
      // folded groups and AutoFilter go with them; row 1 stays, as the sheet's defined name points at A1.
      existing.getRange('2:1048576').delete('Up');
      const first = existing.getRange('1:1');
      first.clear('All');
      first.unmerge();
      return existing;
    }
    if (target.staleName) names.getItem(definedName).delete();
    const added = worksheets.add(plan.name);
    names.add(definedName, added.getRange('A1'));
    return added;
  }, definedName);

  const headers = plan.columns.map((column) => column.header);
  const titleBytes = jsonBytes([layout.title ?? '', layout.subtitle ?? '']);
  await batcher.add((20 + plan.columns.length) * CALL_OVERHEAD_BYTES + 2 * jsonBytes(headers) + titleBytes, () => {
    plan.columns.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(column.width);
    });
    if (layout.title !== undefined) {
      const font = mergedTextRow(sheet, 1, lastColumn, layout.title).format.font;
      font.bold = true;
      font.size = layout.titleFontSize ?? DEFAULT_TITLE_SIZE;
      if (layout.subtitle !== undefined && headerRow === 3) mergedTextRow(sheet, 2, lastColumn, layout.subtitle);
    }
    const header = sheet.getRange(`A${headerRow}:${lastColumn}${headerRow}`);
    header.numberFormat = [headers.map(() => TEXT_FORMAT)];
    header.values = [headers];
    header.format.font.bold = true;
    if (layout.wrapHeader) header.format.wrapText = true;
    if (layout.freezeHeader !== false) sheet.freezePanes.freezeRows(headerRow);
  });

  for (const block of writeBlocks(plan, headerRow + 1, maxRequestBytes)) {
    await batcher.add(block.bytes, () => {
      const blockEnd = block.firstRow + block.values.length - 1;
      for (const run of block.formatRuns) sheet.getRange(run.address).numberFormat = run.formats;
      sheet.getRange(`A${block.firstRow}:${lastColumn}${blockEnd}`).values = block.values;
      for (const run of block.linkRuns) {
        const font = sheet.getRange(run).format.font;
        font.color = LINK_COLOR;
        font.underline = 'Single';
      }
    });
  }

  // The sheet is the tool's own: its coloured cells (进展汇总's 亮灯) take plain fills, which go with the rows on a
  // rewrite, where the file writer, keeping to the rules it owns, writes conditional formats with its marker.
  const coloured = (plan.highlights ?? []).flatMap((rule) => rule.ranges.map((range) => ({ range, colors: HIGHLIGHT_COLORS[rule.style] })));
  if (coloured.length > 0) {
    await batcher.add(2 * coloured.length * CALL_OVERHEAD_BYTES, () => {
      for (const { range, colors } of coloured) {
        const format = sheet.getRange(range).format;
        format.fill.color = `#${colors.fill}`;
        format.font.color = `#${colors.font}`;
      }
    });
  }

  const wrapped = plan.columns.flatMap((column, i) => (column.wrap ? [columnLetter(i + 1)] : []));
  const centred = plan.columns.flatMap((column, i) => (column.center ? [columnLetter(i + 1)] : []));
  // Excel fits the body's rows of wrapped text itself, in one call: a long unit task list's heights one run at a time
  // would be tens of thousands of calls. The title block and the rows below the body (merged) take the plan's heights.
  const inBody = (row: number): boolean => row > headerRow && row <= lastRow;
  const fitBody = (plan.rowHeights ?? []).some((h) => inBody(h.row));
  const heights = heightRuns(plan, (row) => !inBody(row));
  const below = rowsBelowBody(layout, plan.rows.length);
  const formatCalls = plan.boldRows.length + wrapped.length + centred.length + heights.length + 32;
  await batcher.add(formatCalls * CALL_OVERHEAD_BYTES + jsonBytes([layout.note ?? '', layout.closing?.heading ?? '', layout.closing?.text ?? '']), () => {
    for (const index of plan.boldRows) sheet.getRange(`A${headerRow + 1 + index}:${lastColumn}${headerRow + 1 + index}`).format.font.bold = true;
    if (plan.rows.length > 0) for (const letter of wrapped) sheet.getRange(`${letter}${headerRow + 1}:${letter}${lastRow}`).format.wrapText = true;
    if (plan.rows.length > 0) for (const letter of centred) sheet.getRange(`${letter}${headerRow + 1}:${letter}${lastRow}`).format.horizontalAlignment = 'Center';
    if (layout.alignTop) sheet.getRange(`A${headerRow}:${lastColumn}${lastRow}`).format.verticalAlignment = 'Top';
    if (layout.borders) ruleTable(sheet.getRange(`A${headerRow}:${lastColumn}${lastRow}`), plan.rows.length + 1, plan.columns.length);
    if (below.note !== null && layout.note !== undefined) mergedTextRow(sheet, below.note, lastColumn, layout.note);
    if (below.closingHeading !== null && below.closingText !== null && layout.closing !== undefined) {
      mergedTextRow(sheet, below.closingHeading, lastColumn, layout.closing.heading).format.font.bold = true;
      mergedTextRow(sheet, below.closingText, lastColumn, layout.closing.text);
    }
    for (const run of heights) sheet.getRange(run.rows).format.rowHeight = run.points;
    if (fitBody) sheet.getRange(`${headerRow + 1}:${lastRow}`).format.autofitRows();
  });

  if (layout.autoFilter && supports(AUTO_FILTER_API)) {
    await batcher.add(CALL_OVERHEAD_BYTES, () => sheet.autoFilter.apply(`A${headerRow}:${lastColumn}${filterLastRow(layout, plan.rows.length)}`));
  }
  const print = layout.print;
  if (print && supports(PAGE_LAYOUT_API)) {
    const footer = print.footer ?? {};
    const sections = [footerSectionCode(footer.left), footerSectionCode(footer.center), footerSectionCode(footer.right)];
    await batcher.add(8 * CALL_OVERHEAD_BYTES + jsonBytes(sections), () => {
      const page = sheet.pageLayout;
      page.paperSize = PAPER_SIZE[print.paperSize];
      page.orientation = ORIENTATION[print.orientation];
      // As many pages tall as it takes: 0, as a file's fitToHeight.
      if (print.fitToPagesWide !== undefined) page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
      if (print.repeatHeaderRows) page.setPrintTitleRows(`$1:$${headerRow}`);
      if (print.footer) {
        const all = page.headersFooters.defaultForAllPages;
        [all.leftFooter, all.centerFooter, all.rightFooter] = sections as [string, string, string];
      }
    });
  }
  const groups = plan.rowGroups ?? [];
  if (groups.length > 0 && supports(OUTLINE_API)) {
    await batcher.add(2 * groups.length * CALL_OVERHEAD_BYTES, () => {
      for (const group of groups) {
        const rows = sheet.getRange(`${headerRow + 1 + group.first}:${headerRow + group.first + group.count}`);
        rows.group('ByRows');
        if (group.collapsed) rows.hideGroupDetails('ByRows');
      }
    });
  }
}
