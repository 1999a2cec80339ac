// Column widths in Excel's unit (the width of one "0"): a Chinese character takes about two.
import type { PlanCell, SheetPlan } from '../model';

const MIN_WIDTH = 6;
const PADDING = 2;
/** Widths are judged on the first rows only: a long sheet needs no full scan to look right. */
const SAMPLE_ROWS = 500;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function cellTextOf(cell: PlanCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.text;
  return String(cell);
}

/** A word that only breaks at its ends: Latin letters, digits and signs (Chinese text breaks between any characters). */
const UNBREAKABLE = /^[\x21-\x7e]+$/;

/** The width a header needs on two lines: half of it, but never less than its longest word (Severity, Suggestion). */
function wrappedWidth(header: string): number {
  const longestWord = Math.max(0, ...header.split(/\s+/).filter((word) => UNBREAKABLE.test(word)).map((word) => word.length));
  return Math.max(Math.ceil(displayWidth(header) / 2), longestWord);
}

export interface ColumnWidthOptions {
  /** The header row wraps: a header needs half its width, on two lines, and its longest word whole. */
  readonly headerWraps?: boolean;
}

/** One column per header, wide enough for the header and the sampled cells, never wider than `maxWidths[i]`. */
export function sheetColumns(
  headers: readonly string[],
  rows: readonly (readonly PlanCell[])[],
  maxWidths: readonly number[],
  options: ColumnWidthOptions = {},
): SheetPlan['columns'] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return headers.map((header, i) => {
    let widest = options.headerWraps ? wrappedWidth(header) : displayWidth(header);
    for (const row of sample) widest = Math.max(widest, displayWidth(cellTextOf(row[i] ?? null)));
    return { header, width: Math.min(Math.max(widest + PADDING, MIN_WIDTH), maxWidths[i] ?? 40) };
  });
}
