// A unit's return workbook as read back: its header (the columns the tool wrote, or what a unit retyped them as,
// progress-words.json), who sent it and for which period (the workbook's identity name, else the title, else the
// file's name), and its rows. Rows are read as they stand: re-sorted, retyped, with the key column or without.
import { MESSAGES } from '../messages/messagesFor';
import { normalizeHeader } from '../table/headerRoles';
import { cellText } from '../table/cellText';
import { columnLetter } from '../table/columnLetters';
import { isDoneStatus } from '../deadlines/isDoneStatus';
import { toHalfWidth } from '../deadlines/toHalfWidth';
import type { CellValue, ReturnReport, ReturnRow, ReturnState, SheetGrid } from '../model';
import { formatPeriod, parsePeriod, type Period } from './period';
import { parseFigure } from './parseFigure';
import { RETURN_HEADERS, RETURN_STATE_WORDS, type ReturnColumn } from './progressWords';
import { isNotStarted, lagInText } from './statedLag';

/** Rows looked at for the header: a title and a note or two above it at most. */
const HEADER_SEARCH_ROWS = 10;
/** A row is the header when it names this many of the return's columns, the progress or the state among them. */
const MIN_HEADER_COLUMNS = 3;

const COLUMN_BY_HEADER: ReadonlyMap<string, ReturnColumn> = new Map(
  (Object.entries(RETURN_HEADERS) as [ReturnColumn, readonly string[]][]).flatMap(([column, names]) => names.map((name) => [normalizeHeader(name).toLowerCase(), column] as const)),
);

const STATE_BY_WORD: ReadonlyMap<string, ReturnState> = new Map(
  (Object.entries(RETURN_STATE_WORDS) as [ReturnState, readonly string[]][]).flatMap(([state, names]) => names.map((name) => [name.toLowerCase(), state] as const)),
);

/** The identity the tool writes into a return (a workbook name): `2023-11|市人社局`. */
export function returnIdentity(period: string, unit: string): string {
  return `${period}|${unit}`;
}

function headerColumns(cells: readonly CellValue[]): Map<ReturnColumn, number> {
  const columns = new Map<ReturnColumn, number>();
  cells.forEach((value, j) => {
    const column = COLUMN_BY_HEADER.get(normalizeHeader(cellText(value)).toLowerCase());
    if (column !== undefined && !columns.has(column)) columns.set(column, j);
  });
  return columns;
}

/** The state a 状态 cell says: a drop-down value, else what its words say. */
export function returnState(text: string): ReturnState | null {
  const plain = toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
  if (plain === '') return null;
  const listed = STATE_BY_WORD.get(plain);
  if (listed !== undefined) return listed;
  if (lagInText(text) === true) return 'lagging';
  if (isNotStarted(text)) return 'notStarted';
  return isDoneStatus(text) ? 'done' : null;
}

const PERIOD_IN_TEXT: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/(\d{4})-(\d{2}|[Qq][1-4])/, (m) => `${m[1]}-${(m[2] as string).toUpperCase()}`],
  [/(\d{4})年第?([一二三四1-4])季度/, (m) => `${m[1]}-Q${'一二三四'.indexOf(m[2] as string) + 1 || m[2]}`],
  [/(\d{4})年(\d{1,2})月/, (m) => `${m[1]}-${(m[2] as string).padStart(2, '0')}`],
];

function periodIn(text: string): string | null {
  for (const [pattern, spell] of PERIOD_IN_TEXT) {
    const match = pattern.exec(toHalfWidth(text));
    const period: Period | null = match ? parsePeriod(spell(match)) : null;
    if (period) return formatPeriod(period);
  }
  return null;
}

/** The unit a title names in its closing brackets: 2023年11月重点任务进展报送表（市人社局）. */
function unitInTitle(title: string): string | null {
  const match = /[(（]([^()（）]+)[)）]\s*$/.exec(title.trim());
  return match ? (match[1] as string).trim() : null;
}

/** The unit a file name ends in: "2023-11 进展报送 市人社局.xlsx". */
function unitInFileName(file: string): string | null {
  const base = (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '').trim();
  const words = base.split(/[\s_]+/).filter((w) => w !== '' && periodIn(w) === null);
  return words.length > 1 ? (words[words.length - 1] as string) : null;
}

/** What the tool writes into a 完成值 cell where no target is asked for the unit (—): no actual, and nothing wrong. */
const NO_TARGET_MARKS: ReadonlySet<string> = new Set(Object.values(MESSAGES).map((m) => m.progress.noTarget));
const NEGATIVE = /^[-−－]\s*\d/;

/** A 完成值 cell: its number, else (no number, or below zero) what was written there, which no finding may pass over. */
function actualOf(value: CellValue | undefined, cell: string): Pick<ReturnRow, 'actual' | 'unreadableActual'> {
  const written = cellText(value);
  if (written === '' || NO_TARGET_MARKS.has(written)) return { actual: null };
  const actual = parseFigure(value);
  if (actual !== null && actual >= 0) return { actual };
  return { actual: null, unreadableActual: { written, cell, negative: actual !== null || NEGATIVE.test(toHalfWidth(written)) } };
}

export function readReturn(sheet: SheetGrid, file: string, identity: string | null): ReturnReport {
  const grid = sheet.grid;
  const firstRow = sheet.firstRow ?? 1;
  let headerIndex = -1;
  let columns = new Map<ReturnColumn, number>();
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i += 1) {
    const found = headerColumns(grid[i] ?? []);
    if (found.size >= MIN_HEADER_COLUMNS && (found.has('progress') || found.has('state'))) {
      headerIndex = i;
      columns = found;
      break;
    }
  }
  const [namedPeriod = '', ...unitParts] = identity?.split('|') ?? [];
  const title = grid
    .slice(0, Math.max(headerIndex, 0))
    .flatMap((cells) => cells.map(cellText))
    .filter((t) => t !== '')
    .join(' ');
  const unit = (unitParts.join('|') || unitInTitle(title) || unitInFileName(file)) ?? null;
  const period = (parsePeriod(namedPeriod) ? namedPeriod : null) ?? periodIn(title) ?? periodIn(file);
  if (headerIndex < 0) return { file, unit, period, recognized: false, title, rows: [] };
  const text = (cells: readonly CellValue[], column: ReturnColumn): string => {
    const j = columns.get(column);
    return j === undefined ? '' : cellText(cells[j]);
  };
  const rows: ReturnRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i += 1) {
    const cells = grid[i] ?? [];
    const actualIndex = columns.get('actual');
    const row: ReturnRow = {
      row: firstRow + i,
      key: text(cells, 'key'),
      no: text(cells, 'no'),
      text: text(cells, 'task'),
      progress: text(cells, 'progress'),
      state: text(cells, 'state'),
      ...(actualIndex === undefined ? { actual: null } : actualOf(cells[actualIndex], `${columnLetter((sheet.firstColumn ?? 1) + actualIndex)}${firstRow + i}`)),
      measure: text(cells, 'measure'),
      problems: text(cells, 'problems'),
      nextSteps: text(cells, 'nextSteps'),
    };
    if (row.key === '' && row.no === '' && row.text === '' && !hasReport(row)) continue;
    rows.push(row);
  }
  return { file, unit, period, recognized: true, title, rows };
}

/** Whether the unit wrote anything into the row's fill-in cells. */
export function hasReport(row: ReturnRow): boolean {
  return row.progress !== '' || row.state !== '' || row.actual !== null || row.unreadableActual !== undefined || row.problems !== '' || row.nextSteps !== '';
}
