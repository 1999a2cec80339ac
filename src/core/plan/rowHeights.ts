// How tall the rows of a tool sheet must be for their wrapped text to show: Excel and LibreOffice keep a row one line
// high when they open a file, whatever its cells wrap. Lines are estimated from the text's width in the column's
// width (a Chinese character is two of Excel's width units), or in the table's for a row merged across it.
import type { PlanCell, RowHeight, SheetPlan } from '../model';
import { displayWidth } from './columnWidth';
import { headerRowOf, rowsBelowBody } from './sheetLayout';
import { finish } from '../steps';

/** Points per line of text in the default font (Excel's own row height for 11-point text), and a margin. */
const LINE_POINTS = 15;
const MARGIN_POINTS = 2;
/** Excel's tallest row is 409 points; a cell longer than this many lines shows its start. */
const MAX_LINES = 20;
/** The title's height per point of its font size. */
const TITLE_LEADING = 1.6;
const DEFAULT_TITLE_SIZE = 14;
/** The points of the default font, which Excel's width units measure. */
const DEFAULT_FONT_SIZE = 11;
/** A column's width less the cell's inner margins, in width units. */
const INNER_MARGIN = 1;

function lines(text: string, width: number): number {
  const room = Math.max(1, width - INNER_MARGIN);
  let count = 0;
  for (const line of text.split('\n')) count += Math.max(1, Math.ceil(displayWidth(line) / room));
  return Math.min(count, MAX_LINES);
}

const textOf = (cell: PlanCell): string => (cell === null || typeof cell === 'number' ? '' : typeof cell === 'string' ? cell : cell.text);
const heightOf = (lineCount: number): number => lineCount * LINE_POINTS + MARGIN_POINTS;

/**
 * The heights of the rows that need more than one line, of the title row, and of the text rows merged across the
 * table (title, subtitle, note, closing text), which wrap: a narrow sheet (单位进展排名) is narrower than its title.
 */
export function rowHeights(plan: Pick<SheetPlan, 'columns' | 'rows' | 'layout'>): RowHeight[] {
  return finish(rowHeightsSteps(plan));
}

/** The heights, yielding after every `slice` body rows measured. */
export function* rowHeightsSteps(plan: Pick<SheetPlan, 'columns' | 'rows' | 'layout'>, slice = Number.POSITIVE_INFINITY): Generator<void, RowHeight[]> {
  const heights: RowHeight[] = [];
  const layout = plan.layout;
  const headerRow = headerRowOf(layout);
  const across = plan.columns.reduce((sum, column) => sum + column.width, 0);
  /** A merged text row's height where it takes more than one line, in the default font. */
  const merged = (row: number | null, text: string | undefined): void => {
    if (row === null || text === undefined) return;
    const count = lines(text, across);
    if (count > 1) heights.push({ row, points: heightOf(count) });
  };
  if (layout?.title !== undefined) {
    const size = layout.titleFontSize ?? DEFAULT_TITLE_SIZE;
    // The title's characters are wider than the default font's by their size.
    const count = lines(layout.title, (across * DEFAULT_FONT_SIZE) / size);
    heights.push({ row: 1, points: Math.ceil(size * TITLE_LEADING * count) });
    if (headerRow === 3) merged(2, layout.subtitle);
  }
  if (layout?.wrapHeader) {
    const header = Math.max(1, ...plan.columns.map((c) => lines(c.header, c.width)));
    if (header > 1) heights.push({ row: headerRow, points: heightOf(header) });
  }
  // A column's texts repeat from row to row (a task's text on each of its units' rows): each is measured once.
  const wrapped = plan.columns.flatMap((column, i) => (column.wrap ? [{ i, width: column.width, measured: new Map<string, number>() }] : []));
  if (wrapped.length > 0) {
    for (let index = 0; index < plan.rows.length; index += 1) {
      if ((index + 1) % slice === 0) yield;
      const cells = plan.rows[index] as readonly PlanCell[];
      let most = 1;
      for (const { i, width, measured } of wrapped) {
        const text = textOf(cells[i] ?? null);
        if (text.length * 2 <= width - INNER_MARGIN && !text.includes('\n')) continue;
        let count = measured.get(text);
        if (count === undefined) {
          count = lines(text, width);
          measured.set(text, count);
        }
        most = Math.max(most, count);
      }
      if (most > 1) heights.push({ row: headerRow + 1 + index, points: heightOf(most) });
    }
  }
  const below = rowsBelowBody(layout, plan.rows.length);
  merged(below.note, layout?.note);
  merged(below.closingHeading, layout?.closing?.heading);
  merged(below.closingText, layout?.closing?.text);
  return heights;
}
