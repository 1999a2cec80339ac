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

const key = (c: CellRef): string => `${c.column}${c.row}`;

/** Vertical runs of cells become one range each (E5:E9), ordered by column, then row. */
export function compactRanges(cells: readonly CellRef[]): string[] {
  const rowsByColumn = new Map<string, number[]>();
  for (const c of cells) {
    const rows = rowsByColumn.get(c.column);
    if (rows) rows.push(c.row);
    else rowsByColumn.set(c.column, [c.row]);
  }
  const columns = [...rowsByColumn.keys()].sort((a, b) => columnNumber(a) - columnNumber(b));
  const ranges: string[] = [];
  for (const column of columns) {
    const rows = [...new Set(rowsByColumn.get(column))].sort((a, b) => a - b);
    let start = rows[0] as number;
    for (let i = 1; i <= rows.length; i += 1) {
      const previous = rows[i - 1] as number;
      const current = rows[i];
      if (current === previous + 1) continue;
      ranges.push(start === previous ? `${column}${start}` : `${column}${start}:${column}${previous}`);
      if (current !== undefined) start = current;
    }
  }
  return ranges;
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
  const error = new Map<string, CellRef>();
  const warning = new Map<string, CellRef>();
  let done = 0;
  for (const f of result.findings) {
    done += 1;
    if (done % slice === 0) yield;
    if (f.row === null || f.column === null || f.severity === 'info') continue;
    const cell = { column: f.column, row: f.row };
    (f.severity === 'error' ? error : warning).set(key(cell), cell);
  }
  const deadlineColumn = result.columns.deadline;
  if (deadlineColumn !== null) {
    for (const t of result.tasks) {
      done += 1;
      if (done % slice === 0) yield;
      const cell = { column: deadlineColumn, row: t.row };
      if (t.state === 'overdue') error.set(key(cell), cell);
      if (t.state === 'dueSoon') warning.set(key(cell), cell);
    }
  }
  const good = new Map<string, CellRef>();
  const closed = new Map<string, CellRef>();
  const lightColumn = result.progress?.lightColumn ?? null;
  if (lightColumn !== null) {
    const byStyle = { error, warning, good, closed };
    for (const t of result.tasks) {
      done += 1;
      if (done % slice === 0) yield;
      if (t.light === null || t.light === undefined) continue;
      const cell = { column: lightColumn, row: t.row };
      const k = key(cell);
      if (!error.has(k) && !warning.has(k)) byStyle[LIGHT_STYLE[t.light]].set(k, cell);
    }
  }
  for (const k of error.keys()) warning.delete(k);
  yield;
  const rules: HighlightRule[] = [];
  for (const [style, cells] of [['error', error], ['warning', warning], ['good', good], ['closed', closed]] as const) {
    const ranges = compactRanges([...cells.values()]);
    if (ranges.length > 0) rules.push({ style, ranges });
    yield;
  }
  return rules;
}
