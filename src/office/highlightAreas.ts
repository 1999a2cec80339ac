// Where the tool's highlight rules go on a host without RangeAreas (ExcelApi 1.7, volume-licensed Office 2019), where a
// rule covers one rectangle. Pure: writeHighlights.ts applies what this plans.
//
// Marked cells are first joined into rectangles (a vertical run in each column, side by side runs of the same rows
// into one). A style with few rectangles gets a rule per rectangle, which stays on its cells whatever the user does to
// the rows. A style scattered over more than MAX_RECTANGLE_RULES rectangles (a missing unit on every third row of a
// 10,000-row table makes 3,333) would cost Excel desktop that many rules, each reevaluated on every repaint and
// deleted and added again on every rerun; its cells are listed instead, one rule per column (see ListedColumn).
import { columnLetter, columnNumber, type HighlightRule, type HighlightStyle } from '../core';

/** 1-based sheet rows and columns, inclusive. */
export interface Rectangle {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Above this many rectangles of one style, its cells are listed (one rule per column) rather than given a rule each:
 * at most 4 styles × 100 rules stay well within what Excel desktop repaints without a pause, and a table whose marks
 * come in runs (a column of overdue deadlines, a block of tasks without units) keeps a rule per run.
 */
export const MAX_RECTANGLE_RULES = 100;

/**
 * A column of a listed style: one rule over the column's rows from the first marked cell to the last, true on the rows
 * the list holds. The list is a column of the tool's marks sheet whose cells are =ROW('task sheet'!E7) formulas, one
 * per marked cell: a reference from another sheet moves with its cell when the user inserts or deletes rows of the
 * task sheet, so a mark stays on its task (the rule's own range grows with the inserted rows); a deleted row's mark
 * becomes #REF!, which matches no row.
 */
export interface ListedColumn {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
  /** The marked rows, ascending. */
  readonly rows: readonly number[];
}

export type StyleAreas =
  | { readonly style: HighlightStyle; readonly kind: 'rectangles'; readonly rectangles: readonly Rectangle[] }
  | { readonly style: HighlightStyle; readonly kind: 'listed'; readonly columns: readonly ListedColumn[] };

const CELL_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** 'E7' or 'C5:E9' → its rectangle. */
export function parseRectangle(address: string): Rectangle {
  const match = CELL_RANGE.exec(address);
  if (!match) throw new Error(`not an A1 range: ${address}`);
  const [, fromColumn = 'A', fromRow = '1', toColumn = fromColumn, toRow = fromRow] = match;
  const [a, b] = [columnNumber(fromColumn), columnNumber(toColumn)];
  const [top, bottom] = [Number(fromRow), Number(toRow)];
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(a, b), right: Math.max(a, b) };
}

export function rectangleAddress(area: Rectangle): string {
  const from = `${columnLetter(area.left)}${area.top}`;
  const to = `${columnLetter(area.right)}${area.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

/** Each column's marked rows, ascending, columns ascending. */
function rowsByColumn(ranges: readonly string[]): Map<number, number[]> {
  const cells = new Map<number, Set<number>>();
  for (const range of ranges) {
    const area = parseRectangle(range);
    for (let c = area.left; c <= area.right; c += 1) {
      let rows = cells.get(c);
      if (!rows) cells.set(c, (rows = new Set()));
      for (let r = area.top; r <= area.bottom; r += 1) rows.add(r);
    }
  }
  const sorted = new Map<number, number[]>();
  for (const c of [...cells.keys()].sort((x, y) => x - y)) sorted.set(c, [...(cells.get(c) as Set<number>)].sort((x, y) => x - y));
  return sorted;
}

/** The cells as rectangles: vertical runs per column, joined with the same run of the column to their left. */
export function joinRectangles(ranges: readonly string[]): Rectangle[] {
  const done: { top: number; bottom: number; left: number; right: number }[] = [];
  let open = new Map<string, (typeof done)[number]>();
  for (const [column, rows] of rowsByColumn(ranges)) {
    const next = new Map<string, (typeof done)[number]>();
    let start = 0;
    for (let i = 1; i <= rows.length; i += 1) {
      if (i < rows.length && rows[i] === (rows[i - 1] as number) + 1) continue;
      const top = rows[start] as number;
      const bottom = rows[i - 1] as number;
      const key = `${top}:${bottom}`;
      const joined = open.get(key);
      if (joined && joined.right === column - 1) {
        joined.right = column;
        next.set(key, joined);
      } else {
        const area = { top, bottom, left: column, right: column };
        done.push(area);
        next.set(key, area);
      }
      start = i;
    }
    open = next;
  }
  return done.sort((a, b) => a.left - b.left || a.top - b.top);
}

/** How each style's rule or rules are laid out where one rule covers one rectangle (no RangeAreas). */
export function styleAreas(rules: readonly HighlightRule[], maxRectangles: number = MAX_RECTANGLE_RULES): StyleAreas[] {
  return rules.map((rule): StyleAreas => {
    const rectangles = joinRectangles(rule.ranges);
    if (rectangles.length <= maxRectangles) return { style: rule.style, kind: 'rectangles', rectangles };
    const columns = [...rowsByColumn(rule.ranges)].map(([column, rows]): ListedColumn => ({ column, top: rows[0] as number, bottom: rows[rows.length - 1] as number, rows }));
    return { style: rule.style, kind: 'listed', columns };
  });
}
