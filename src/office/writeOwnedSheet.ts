// Writes one of the tool's sheets from its SheetPlan. An earlier copy (found by its defined name) is cleared and
// rewritten in place, never deleted and added again: deleting a sheet empties Excel's undo history.
import { OWNED_SHEET_NAMES, columnLetter, quoteSheetName, type PlanCell, type SheetPlan } from '../core';
import type { XlCellValue, XlContext, XlWorksheet } from './excelTypes';
import { CALL_OVERHEAD_BYTES, jsonBytes, type RequestBatcher } from './requestBatcher';

/**
 * Every text cell is formatted as Text ('@') before its value is set: Excel then stores what it is given, so table
 * text such as "=A1", "+86 …", "-", "@所有人", "1/2" or "001" stays text instead of turning into a formula, a date
 * or a number. Numbers keep the General format.
 */
const TEXT_FORMAT = '@';
const NUMBER_FORMAT = 'General';
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
 * from the plan's target and text, quoted as formula strings; it is the only formula the tool ever writes.
 */
function linkFormula(cell: Extract<PlanCell, object>): string | null {
  if (cell.text.length > MAX_LINK_TEXT) return null;
  return `=HYPERLINK(${formulaString(`#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`)},${formulaString(cell.text)})`;
}

interface WrittenCell {
  readonly value: XlCellValue;
  readonly format: string;
  /** A HYPERLINK formula, to show as a link. */
  readonly link: boolean;
}

function writtenCell(cell: PlanCell): WrittenCell {
  if (cell === null) return { value: '', format: TEXT_FORMAT, link: false };
  if (typeof cell === 'number') return { value: cell, format: NUMBER_FORMAT, link: false };
  if (typeof cell === 'string') return { value: cell, format: TEXT_FORMAT, link: false };
  const formula = linkFormula(cell);
  // A link cell must not be Text, or its formula would be stored as text.
  return formula === null ? { value: cell.text, format: TEXT_FORMAT, link: false } : { value: formula, format: NUMBER_FORMAT, link: true };
}

interface Block {
  /** Sheet row of the block's first row (the header is row 1). */
  firstRow: number;
  values: XlCellValue[][];
  formats: string[][];
  links: boolean[][];
  /** Link cells to show as links (blue, underlined): vertical runs, one format call each. */
  linkRuns: string[];
  bytes: number;
}

function newBlock(firstRow: number): Block {
  return { firstRow, values: [], formats: [], links: [], linkRuns: [], bytes: 2 * CALL_OVERHEAD_BYTES };
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

/** Cuts the plan's rows into write blocks: each one range write, sized to share a request with others. */
function writeBlocks(plan: SheetPlan, maxRequestBytes: number): Block[] {
  const width = plan.columns.length;
  const blockBytes = Math.max(1, Math.floor(maxRequestBytes / 4));
  const blocks: Block[] = [];
  for (let index = 0; index < plan.rows.length; index += 1) {
    const sheetRow = index + 2;
    let block = blocks[blocks.length - 1];
    if (block === undefined || block.values.length >= MAX_BLOCK_ROWS || block.bytes >= blockBytes) {
      block = newBlock(sheetRow);
      blocks.push(block);
    }
    const row = plan.rows[index] ?? [];
    const cells = Array.from({ length: width }, (_, c) => writtenCell(row[c] ?? null));
    const values = cells.map((cell) => cell.value);
    const formats = cells.map((cell) => cell.format);
    block.values.push(values);
    block.formats.push(formats);
    block.links.push(cells.map((cell) => cell.link));
    block.bytes += jsonBytes(values) + jsonBytes(formats);
  }
  for (const block of blocks) {
    block.linkRuns = linkRuns(block);
    block.bytes += block.linkRuns.length * 2 * CALL_OVERHEAD_BYTES;
  }
  return blocks;
}

/** Where the plan's sheet stands before the write: its current name if an earlier run wrote it, and names to drop. */
export interface OwnedSheetTarget {
  readonly existing: string | null;
  readonly staleName: boolean;
}

export async function writeOwnedSheet(
  context: XlContext,
  batcher: RequestBatcher,
  plan: SheetPlan,
  target: OwnedSheetTarget,
  maxRequestBytes: number,
): Promise<void> {
  const { worksheets, names } = context.workbook;
  const definedName = OWNED_SHEET_NAMES[plan.key];
  const lastColumn = columnLetter(Math.max(1, plan.columns.length));
  const sheet = await batcher.add(3 * CALL_OVERHEAD_BYTES, (): XlWorksheet => {
    if (target.existing !== null) {
      const existing = worksheets.getItem(target.existing);
      if (target.existing !== plan.name) existing.name = plan.name;
      existing.getRange().clear('All');
      return existing;
    }
    if (target.staleName) names.getItem(definedName).delete();
    const added = worksheets.add(plan.name);
    names.add(definedName, added.getRange('A1'));
    return added;
  });

  const headers = plan.columns.map((column) => column.header);
  await batcher.add((4 + plan.columns.length) * CALL_OVERHEAD_BYTES + 2 * jsonBytes(headers), () => {
    const header = sheet.getRange(`A1:${lastColumn}1`);
    header.numberFormat = [headers.map(() => TEXT_FORMAT)];
    header.values = [headers];
    header.format.font.bold = true;
    plan.columns.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(column.width);
    });
    sheet.freezePanes.freezeRows(1);
  });

  for (const block of writeBlocks(plan, maxRequestBytes)) {
    await batcher.add(block.bytes, () => {
      const lastRow = block.firstRow + block.values.length - 1;
      const range = sheet.getRange(`A${block.firstRow}:${lastColumn}${lastRow}`);
      range.numberFormat = block.formats;
      range.values = block.values;
      for (const run of block.linkRuns) {
        const font = sheet.getRange(run).format.font;
        font.color = LINK_COLOR;
        font.underline = 'Single';
      }
    });
  }

  if (plan.boldRows.length > 0) {
    await batcher.add(plan.boldRows.length * CALL_OVERHEAD_BYTES, () => {
      for (const index of plan.boldRows) sheet.getRange(`A${index + 2}:${lastColumn}${index + 2}`).format.font.bold = true;
    });
  }
}
