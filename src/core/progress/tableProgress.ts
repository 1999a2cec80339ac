// Each task's progress as the table states it: the text of every period column (the latest is the current one), the
// done words, a percentage, a stated lag (the text, or a 是否达序 column), and the figures of its target, actual and
// rate columns, also per unit or area. Takes the located table and reads the cells it needs from the grid; a row of a
// task merged over several rows takes an empty cell's value from the task's first row, as the reader does.
import vocabulary from '../data/header-words.json';
import type { CellValue, HeaderInfo, ProgressFigure, SheetGrid, Task, TaskProgress } from '../model';
import { cellText } from '../table/cellText';
import { columnNumber } from '../table/columnLetters';
import { periodEndMonth } from '../table/tableColumns';
import type { TableLayout } from '../table/tableLayout';
import { figureGroups, isLowerBetter, type FigureGroup } from './figureColumns';
import { parseFigure } from './parseFigure';
import { readPercent } from './readPercent';
import { isNotStarted, lagInAnswer, lagInText } from './statedLag';
import { memoize } from '../memoize';

const TOTAL_ROWS: ReadonlySet<string> = new Set(vocabulary.matrixTotalRows);

export interface ProgressSource {
  readonly sheet: SheetGrid;
  readonly layout: TableLayout;
  /** A target matrix: areas down the rows, one task per indicator (targetMatrix.ts). */
  readonly matrix: boolean;
}

/** What the table's progress columns are, once per table. */
export interface ProgressColumns {
  readonly periods: readonly HeaderInfo[];
  readonly onSchedule: readonly HeaderInfo[];
  readonly groups: readonly FigureGroup[];
  readonly place: string | null;
}

export function progressColumns(source: ProgressSource): ProgressColumns | null {
  const headers = source.layout.headers;
  const periods = headers.filter((h) => h.role === 'status');
  const onSchedule = headers.filter((h) => h.role === 'onSchedule');
  const groups = figureGroups(headers, !source.matrix).filter((g) => (source.matrix ? g.target !== null : g.actual !== null || g.rate !== null));
  if (periods.length === 0 && groups.length === 0) return null;
  return { periods, onSchedule, groups, place: headers.find((h) => h.role === 'place')?.column ?? null };
}

function cellReader(sheet: SheetGrid): (row: number, column: string | null) => CellValue {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const index = new Map<string, number>();
  return (row, column) => {
    if (column === null) return null;
    let j = index.get(column);
    if (j === undefined) {
      j = columnNumber(column) - firstColumn;
      index.set(column, j);
    }
    return sheet.grid[row - firstRow]?.[j] ?? null;
  };
}

function figure(unit: string | null, row: number, group: FigureGroup, lowerIsBetter: boolean, read: (column: string | null) => CellValue): ProgressFigure | null {
  const target = parseFigure(read(group.target));
  const actual = parseFigure(read(group.actual));
  const statedRate = parseFigure(read(group.rate));
  if (target === null && actual === null && statedRate === null) return null;
  const rate = target !== null && actual !== null && target !== 0 ? (actual / target) * 100 : null;
  return { unit, target, actual, statedRate, rate, lowerIsBetter, measure: group.measure, row, columns: { target: group.target, actual: group.actual, rate: group.rate } };
}

const met = (f: ProgressFigure): boolean => f.target !== null && f.actual !== null && (f.lowerIsBetter ? f.actual <= f.target : f.actual >= f.target);
const targeted = (f: ProgressFigure): boolean => f.target !== null;

/**
 * Every target met: the task's own where it has one, else each unit's; a unit with a target and no actual has not met
 * it (one unit's figure closes no shared task).
 */
export function figuresMet(figures: readonly ProgressFigure[]): boolean {
  const own = figures.filter((f) => f.unit === null && targeted(f));
  const counted = own.length > 0 ? own : figures.filter(targeted);
  return counted.length > 0 && counted.every(met);
}

/** The task's own progress rate (actual ÷ target, else the stated rate) where more is better. */
function ownRate(figures: readonly ProgressFigure[]): number | null {
  const own = figures.find((f) => f.unit === null && !f.lowerIsBetter && (f.rate !== null || f.statedRate !== null));
  return own ? (own.rate ?? own.statedRate) : null;
}

export interface RecordParts {
  readonly periods: TaskProgress['periods'];
  readonly statedLag: boolean | null;
  readonly figures: readonly ProgressFigure[];
  readonly doneWords: boolean;
  readonly source: TaskProgress['source'];
}

/** What a progress text says, read once per distinct text: a table repeats a few statuses thousands of times. */
interface TextReading {
  readonly percent: number | null;
  readonly lag: boolean | null;
  readonly notStarted: boolean;
}

/**
 * Makes progress records from their parts: the text's words, the lag a yes/no column states, the figures. One maker
 * per check: its cache of texts lives as long as the maker.
 */
export function progressRecords(): (text: string, parts: RecordParts) => TaskProgress {
  const reading = memoize((text: string): TextReading => ({ percent: readPercent(text), lag: lagInText(text), notStarted: isNotStarted(text) }));
  return (text, parts) => {
    const words = reading(text);
    const percent = words.percent ?? ownRate(parts.figures);
    return {
      text,
      periods: parts.periods,
      done: parts.doneWords || (percent !== null && percent >= 100) || figuresMet(parts.figures),
      percent,
      lag: parts.statedLag ?? words.lag,
      notStarted: words.notStarted,
      figures: parts.figures,
      source: parts.source,
    };
  };
}

function matrixFigures(source: ProgressSource, columns: ProgressColumns, group: FigureGroup): ProgressFigure[] {
  const { sheet, layout } = source;
  const read = cellReader(sheet);
  const figures: ProgressFigure[] = [];
  const last = (sheet.firstRow ?? 1) + sheet.grid.length - 1;
  for (let row = layout.headerBottomRow + 1; row <= last; row += 1) {
    const area = cellText(read(row, columns.place));
    if (area === '') continue;
    const found = figure(TOTAL_ROWS.has(area) ? null : area, row, group, group.lowerIsBetter, (c) => read(row, c));
    if (found) figures.push(found);
  }
  return figures;
}

/**
 * A reader of each task's record (given the task and its place in the list of tasks); null when the table has no
 * progress or figure column at all.
 */
export function tableProgressReader(source: ProgressSource): ((task: Task, i: number) => TaskProgress) | null {
  const columns = progressColumns(source);
  if (columns === null) return null;
  const read = cellReader(source.sheet);
  const progressRecord = progressRecords();
  /** A cell of the task's row, or of its first row where a merged cell leaves this one empty. */
  const valueAt = (task: Task, column: string | null): CellValue => {
    const own = read(task.row, column);
    return cellText(own) === '' && task.subRowOf !== undefined ? read(task.subRowOf, column) : own;
  };
  return (task, i) => {
    const text = task.progress ?? task.status;
    const periods = columns.periods.map((h) => ({ column: h.column, header: h.header, month: periodEndMonth(h.header), text: cellText(valueAt(task, h.column)) }));
    let statedLag: boolean | null = null;
    for (const h of columns.onSchedule) {
      const answer = cellText(valueAt(task, h.column));
      if (answer !== '') {
        statedLag = lagInAnswer(h.header, answer);
        if (statedLag !== null) break;
      }
    }
    const figures = source.matrix
      ? columns.groups[i]
        ? matrixFigures(source, columns, columns.groups[i] as FigureGroup)
        : []
      : columns.groups.flatMap((g) => figure(g.owner, task.row, g, g.lowerIsBetter || isLowerBetter(task.text), (c) => valueAt(task, c)) ?? []);
    return progressRecord(text, { periods, statedLag, figures, doneWords: task.state === 'done', source: 'table' });
  };
}
