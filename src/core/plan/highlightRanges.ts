// The task-sheet highlights: cells with error findings and overdue deadlines in red, cells with warnings and near
// deadlines in amber. A cell with both is red only, so the two rules never overlap. Info findings are not coloured.
// Where the table reports progress, each task's light colours its progress cell (红 red, 黄 amber, 绿 green, 已完成
// grey), under any finding's colour in that cell.
import type { CheckResult, HighlightRule, HighlightStyle, ProgressLight } from '../model';
import { finish } from '../steps';
import { columnNumber } from '../table/columnLetters';

interface CellRef {
  readonly column: string;
  readonly row: number;
}

/**
 * Vertical runs of each column's rows become one range each (E5:E9), ordered by column, then row; yields after every
 * `slice` rows (a warned column of a 100,000-row table has as many).
 */
function* columnRangesSteps(rowsByColumn: ReadonlyMap<string, Iterable<number>>, slice: number): Generator<void, string[]> {
  const columns = [...rowsByColumn.keys()].sort((a, b) => columnNumber(a) - columnNumber(b));
  const ranges: string[] = [];
  for (const column of columns) {
    const rows = [...new Set(rowsByColumn.get(column))].sort((a, b) => a - b);
    yield;
    let start = rows[0] as number;
    for (let i = 1; i <= rows.length; i += 1) {
      if (i % slice === 0) yield;
      const previous = rows[i - 1] as number;
      const current = rows[i];
      if (current === previous + 1) continue;
      ranges.push(start === previous ? `${column}${start}` : `${column}${start}:${column}${previous}`);
      if (current !== undefined) start = current;
    }
  }
  return ranges;
}

/** Vertical runs of cells become one range each (E5:E9), ordered by column, then row. */
export function compactRanges(cells: readonly CellRef[]): string[] {
  const rowsByColumn = new Map<string, number[]>();
  for (const c of cells) {
    const rows = rowsByColumn.get(c.column);
    if (rows) rows.push(c.row);
    else rowsByColumn.set(c.column, [c.row]);
  }
  return finish(columnRangesSteps(rowsByColumn, Number.POSITIVE_INFINITY));
}

/** Cells as row numbers per column: half a million findings make no key string or cell object each. */
class CellSet {
  private readonly rows = new Map<string, Set<number>>();

  add(column: string, row: number): void {
    const rows = this.rows.get(column);
    if (rows) rows.add(row);
    else this.rows.set(column, new Set([row]));
  }

  has(column: string, row: number): boolean {
    return this.rows.get(column)?.has(row) ?? false;
  }

  /** Takes out every cell `other` holds, yielding after every `slice` of them. */
  *deleteAllSteps(other: CellSet, slice: number): Generator<void, void> {
    let done = 0;
    for (const [column, rows] of other.rows) {
      const mine = this.rows.get(column);
      if (!mine) continue;
      for (const row of rows) {
        done += 1;
        if (done % slice === 0) yield;
        mine.delete(row);
      }
    }
  }

  rangesSteps(slice: number): Generator<void, string[]> {
    return columnRangesSteps(this.rows, slice);
  }
}

/** A light's colour, in the highlights' vocabulary: the task sheet's progress cells and 进展汇总's 亮灯 cells alike. */
export const LIGHT_STYLE: Readonly<Record<ProgressLight, HighlightStyle>> = { red: 'error', yellow: 'warning', green: 'good', done: 'closed' };

/** Cells coloured by their lights, one rule per light in the order of the highlights' styles. */
export function lightRules(cells: readonly (CellRef & { readonly light: ProgressLight })[]): HighlightRule[] {
  const order: readonly ProgressLight[] = ['red', 'yellow', 'green', 'done'];
  return order.flatMap((light) => {
    const ranges = compactRanges(cells.filter((c) => c.light === light));
    return ranges.length > 0 ? [{ style: LIGHT_STYLE[light], ranges }] : [];
  });
}

export function highlightRules(result: CheckResult): HighlightRule[] {
  return finish(highlightRulesSteps(result));
}

/** The rules, yielding after every `slice` findings or tasks. */
export function* highlightRulesSteps(result: CheckResult, slice = Number.POSITIVE_INFINITY): Generator<void, HighlightRule[]> {
  const error = new CellSet();
  const warning = new CellSet();
  let done = 0;
  for (const f of result.findings) {
    done += 1;
    if (done % slice === 0) yield;
    if (f.row === null || f.column === null || f.severity === 'info') continue;
    (f.severity === 'error' ? error : warning).add(f.column, f.row);
  }
  const deadlineColumn = result.columns.deadline;
  if (deadlineColumn !== null) {
    for (const t of result.tasks) {
      done += 1;
      if (done % slice === 0) yield;
      if (t.state === 'overdue') error.add(deadlineColumn, t.row);
      if (t.state === 'dueSoon') warning.add(deadlineColumn, t.row);
    }
  }
  const good = new CellSet();
  const closed = new CellSet();
  const lightColumn = result.progress?.lightColumn ?? null;
  if (lightColumn !== null) {
    const byStyle = { error, warning, good, closed };
    for (const t of result.tasks) {
      done += 1;
      if (done % slice === 0) yield;
      if (t.light === null || t.light === undefined) continue;
      if (!error.has(lightColumn, t.row) && !warning.has(lightColumn, t.row)) byStyle[LIGHT_STYLE[t.light]].add(lightColumn, t.row);
    }
  }
  yield* warning.deleteAllSteps(error, slice);
  yield;
  const rules: HighlightRule[] = [];
  for (const [style, cells] of [['error', error], ['warning', warning], ['good', good], ['closed', closed]] as const) {
    const ranges = yield* cells.rangesSteps(slice);
    if (ranges.length > 0) rules.push({ style, ranges });
    yield;
  }
  return rules;
}
