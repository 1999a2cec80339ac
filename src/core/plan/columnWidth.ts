// Column widths in Excel's unit (the width of one "0"): a Chinese character takes about two. A column is as wide as
// its header and the sampled cells, up to a cap; text wider than the cap wraps, numbers are judged as their format
// shows them (1 as 100.0%), and a wrapped header breaks between its words and before a bracketed unit, never inside
// one (牵头任务 / （项）, not 牵头任务（ / 项）).
import type { PlanCell, SheetColumn, SheetPlan } from '../model';

const MIN_WIDTH = 6;
const PADDING = 2;
/** Widths are judged on the first rows only: a long sheet needs no full scan to look right. */
const SAMPLE_ROWS = 500;
/** A run of Chinese text up to this wide (six characters: 牵头任务, 临近时限任务) is kept on one line of a header. */
const HEADER_WORD = 12;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The widest line of a text, where it holds line breaks. */
function widestLine(text: string): number {
  return text.includes('\n') ? Math.max(...text.split('\n').map(displayWidth)) : displayWidth(text);
}

function cellTextOf(cell: PlanCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.text;
  return String(cell);
}

/**
 * A number as Excel shows it in the tool's formats: digits after the point as the format's zeros there, thousands
 * separators where it has a comma, a percent times 100, quoted text kept ('#,##0"万元"'). Other formats: as General.
 */
export function formattedNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === 'General') return String(value);
  const literal = /"[^"]*"/g;
  const code = format.replace(literal, '');
  const percent = code.includes('%');
  const decimals = /\.(0+)/.exec(code)?.[1]?.length ?? 0;
  const shown = (percent ? value * 100 : value).toFixed(decimals);
  const [whole = '', fraction] = shown.split('.');
  const grouped = code.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const texts = (format.match(literal) ?? []).map((quoted) => quoted.slice(1, -1)).join('');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`}${percent ? '%' : ''}${texts}`;
}

/** A word that only breaks at its ends: Latin letters, digits and signs (Chinese text breaks between any characters). */
const UNBREAKABLE = /^[\x21-\x7e]+$/;
const OPENING_BRACKET = /^[（(【[]/;

/** A bracketed part of a header, spaces and all: 牵头任务（项）, Task 11 (100 million yuan). */
const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]?/;

/** A header's pieces, each with what joins it to the one before: words at spaces, and a bracketed part whole. */
function headerPieces(header: string): { readonly text: string; readonly joiner: string }[] {
  const pieces: { text: string; joiner: string }[] = [];
  let joiner = '';
  const words = (text: string): void => {
    for (const [i, word] of text.split(' ').entries()) {
      if (i > 0) joiner = ' ';
      if (word === '') continue;
      pieces.push({ text: word, joiner: pieces.length === 0 ? '' : joiner });
      joiner = '';
    }
  };
  let at = 0;
  const bracketed = new RegExp(BRACKETED.source, 'g');
  for (let match = bracketed.exec(header); match !== null; match = bracketed.exec(header)) {
    words(header.slice(at, match.index));
    pieces.push({ text: match[0], joiner: pieces.length === 0 ? '' : joiner });
    joiner = '';
    at = match.index + match[0].length;
  }
  words(header.slice(at));
  return pieces;
}

/**
 * The least width a header needs on two lines, broken between its pieces (牵头任务 / （项）, Lead tasks / (count)); a
 * header of one piece: a Latin word or a bracket whole, Chinese text kept to one line up to six characters, else
 * halved.
 */
function wrappedWidth(header: string): number {
  const pieces = headerPieces(header);
  const lineWidth = (from: number, to: number): number =>
    pieces.slice(from, to).reduce((sum, piece, i) => sum + (i === 0 ? 0 : displayWidth(piece.joiner)) + displayWidth(piece.text), 0);
  const [only] = pieces;
  if (pieces.length === 1 && only !== undefined) {
    const width = displayWidth(only.text);
    if (OPENING_BRACKET.test(only.text) || UNBREAKABLE.test(only.text)) return width;
    return Math.max(Math.ceil(width / 2), Math.min(width, HEADER_WORD));
  }
  let least = lineWidth(0, pieces.length);
  for (let k = 1; k < pieces.length; k += 1) least = Math.min(least, Math.max(lineWidth(0, k), lineWidth(k, pieces.length)));
  return least;
}

/** The header with a line break wherever its pieces, laid out `room` wide, start a new line. */
function headerLines(header: string, room: number): string {
  const lines: string[] = [];
  let line = '';
  for (const { text, joiner } of headerPieces(header)) {
    const joined = line === '' ? text : `${line}${joiner}${text}`;
    if (line !== '' && displayWidth(joined) > room) {
      lines.push(line);
      line = text;
    } else line = joined;
  }
  return [...lines, line].join('\n');
}

export interface ColumnWidthOptions {
  /** The header row wraps: a header needs half its width, on two lines, its brackets and words whole. */
  readonly headerWraps?: boolean;
  /**
   * Write the wrapped header's line breaks into its text, between its words and before a bracketed unit, so that no
   * program breaks it elsewhere (LibreOffice and WPS set Chinese text narrower than Excel does). Only for headers
   * nothing reads back.
   */
  readonly headerBreaks?: boolean;
}

/**
 * One column per header, wide enough for the header and the sampled cells, never wider than `maxWidths[i]`; a column
 * whose text is wider than that wraps.
 */
export function sheetColumns(
  headers: readonly string[],
  rows: readonly (readonly PlanCell[])[],
  maxWidths: readonly number[],
  options: ColumnWidthOptions = {},
): SheetPlan['columns'] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return headers.map((header, i) => {
    let body = 0;
    for (const row of sample) body = Math.max(body, widestLine(cellTextOf(row[i] ?? null)));
    const cap = maxWidths[i] ?? 40;
    const widest = Math.max(body, options.headerWraps ? wrappedWidth(header) : displayWidth(header));
    const width = Math.min(Math.max(widest + PADDING, MIN_WIDTH), cap);
    const shown = options.headerWraps && options.headerBreaks ? headerLines(header, width - PADDING) : header;
    return { header: shown, width, ...(body + PADDING > cap ? { wrap: true } : {}) };
  });
}

/**
 * The columns widened where their numbers, shown in the column's format, are wider than the column (a rate of 1 is
 * 100.0%, 75000 is 75,000): Excel shows ### in a cell too narrow for its number.
 */
export function fitNumberWidths(columns: readonly SheetColumn[], rows: readonly (readonly PlanCell[])[]): SheetColumn[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return columns.map((column, i) => {
    if (column.numberFormat === undefined) return column;
    let widest = 0;
    for (const row of sample) {
      const cell = row[i];
      if (typeof cell === 'number' && Number.isFinite(cell)) widest = Math.max(widest, formattedNumber(cell, column.numberFormat).length);
    }
    return widest + PADDING > column.width ? { ...column, width: widest + PADDING } : column;
  });
}
