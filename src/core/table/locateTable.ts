// Finds the task table on a sheet: the header row among the first rows, the role of each column, and the kind of every
// row below it. Only mapped columns are read below the header, so a sheet thousands of columns wide stays cheap.
import type { CellValue, ColumnMap, ColumnRole, SheetGrid } from '../model';
import { cellText, isCellError } from './cellText';
import { columnLetter } from './columnLetters';
import type { HeaderRole } from './columnSynonyms';
import { MAX_HEADER_LENGTH, normalizeHeader, roleOfHeader } from './headerNames';
import { looksLikeSectionHeading, looksLikeTaskNo } from './sectionRows';
import type { CellErrorAt, ColumnIndexMap, TableLayout, TableRow, TaskRow } from './tableLayout';
import { memoize } from '../memoize';

/** Titles, document numbers and notes above a table rarely take more rows than this. */
export const HEADER_SEARCH_ROWS = 30;

const ROLES: readonly ColumnRole[] = ['no', 'task', 'lead', 'support', 'units', 'deadline', 'status'];
/** A row with text in one of these columns is a task, never a section heading. */
const TASK_ONLY_ROLES: readonly ColumnRole[] = ['lead', 'support', 'units', 'deadline', 'status'];

interface HeaderColumns {
  readonly index: ColumnIndexMap;
  /** Further text columns (具体要求, a second task column) appended to the task text. */
  readonly detail: readonly number[];
}

function mapHeaderRow(cells: readonly CellValue[]): HeaderColumns | null {
  const found = new Map<HeaderRole, number[]>();
  cells.forEach((value, j) => {
    if (typeof value !== 'string') return;
    const role = roleOfHeader(value);
    if (role === null || role === 'ignore') return;
    found.set(role, [...(found.get(role) ?? []), j]);
  });
  const first = (role: HeaderRole): number | null => found.get(role)?.[0] ?? null;
  const task = first('task');
  const lead = first('lead');
  const support = first('support');
  const units = first('units');
  if (task === null || (lead === null && support === null && units === null && first('deadline') === null)) return null;
  // 责任单位 beside a 牵头单位 column lists the supporting units; beside only a 配合单位 column it lists the leads.
  const index: ColumnIndexMap = {
    no: first('no'),
    task,
    lead: lead ?? (units !== null && support !== null ? units : null),
    support: support ?? (lead !== null ? units : null),
    units: lead === null && support === null ? units : null,
    deadline: first('deadline'),
    status: first('status'),
  };
  const detail = [...(found.get('task') ?? []).slice(1), ...(found.get('taskDetail') ?? [])].sort((a, b) => a - b);
  return { index, detail };
}

function at(cells: readonly CellValue[], index: number | null): CellValue {
  return index === null ? null : (cells[index] ?? null);
}

interface RowContext {
  readonly columns: HeaderColumns;
  readonly headerTexts: ReadonlyMap<number, string>;
  /** normalizeHeader, remembered per distinct cell text: unit and deadline cells repeat row after row. */
  readonly normalizedHeader: (text: string) => string;
  /** Grid indices a row's content is read from: mapped and detail columns. */
  readonly readIndices: readonly number[];
  readonly firstIndex: number;
  readonly firstColumn: number;
}

function isRepeatedHeader(cells: readonly CellValue[], ctx: RowContext): boolean {
  let same = 0;
  for (const [j, header] of ctx.headerTexts) {
    const value = cells[j];
    if (typeof value === 'string' && value.length <= MAX_HEADER_LENGTH && ctx.normalizedHeader(value) === header) same += 1;
  }
  return same >= 2;
}

function isSection(cells: readonly CellValue[], ctx: RowContext, noText: string, taskText: string): boolean {
  const { index } = ctx.columns;
  const hasUnitsOrDates = TASK_ONLY_ROLES.some((role) => cellText(at(cells, index[role])) !== '');
  if (hasUnitsOrDates) return false;
  if (looksLikeSectionHeading(noText) || looksLikeSectionHeading(taskText)) return true;
  if (looksLikeTaskNo(noText)) return false;
  // A row of error values (a lookup that failed all along the row) is a broken task row: its errors must be reported.
  if (ctx.readIndices.some((j) => isCellError(cells[j]))) return false;
  // Text only in the table's first one or two columns, with no number and no units: a heading in merged cells.
  return ctx.readIndices.every((j) => j <= ctx.firstIndex + 1 || cellText(cells[j]) === '');
}

function cellErrors(cells: readonly CellValue[], ctx: RowContext): CellErrorAt[] {
  const errors: CellErrorAt[] = [];
  for (const j of ctx.readIndices) {
    const value = cells[j];
    if (isCellError(value)) errors.push({ column: columnLetter(ctx.firstColumn + j), error: value.error });
  }
  return errors;
}

function columnMapOf(index: ColumnIndexMap, firstColumn: number): ColumnMap {
  const entries = ROLES.map((role) => {
    const j = index[role];
    return [role, j === null ? null : columnLetter(firstColumn + j)] as const;
  });
  return Object.fromEntries(entries) as ColumnMap;
}

function titleTextsAbove(sheet: SheetGrid, headerIndex: number): string[] {
  const texts: string[] = [];
  for (const cells of sheet.grid.slice(0, headerIndex)) {
    for (const value of cells) {
      const text = cellText(value);
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

function classifyRows(sheet: SheetGrid, headerIndex: number, ctx: RowContext): TableRow[] {
  const firstRow = sheet.firstRow ?? 1;
  const { index, detail } = ctx.columns;
  const rows: TableRow[] = [];
  let section = 0;
  let previous: { no: string; text: string } | null = null;
  const taskIndices = [index.task, ...detail];
  for (let i = headerIndex + 1; i < sheet.grid.length; i += 1) {
    const cells = sheet.grid[i] ?? [];
    const row = firstRow + i;
    const hasContent = ctx.readIndices.some((j) => cellText(cells[j]) !== '' || isCellError(cells[j]));
    if (!hasContent) {
      rows.push({ kind: 'blank', row });
      continue;
    }
    if (isRepeatedHeader(cells, ctx)) {
      rows.push({ kind: 'header', row });
      continue;
    }
    const ownNo = cellText(at(cells, index.no));
    const taskTexts = taskIndices.map((j) => cellText(at(cells, j))).filter((t) => t !== '');
    const ownText = taskTexts.join('\n');
    if (isSection(cells, ctx, ownNo, cellText(at(cells, index.task)))) {
      rows.push({ kind: 'section', row, text: ctx.readIndices.map((j) => cellText(cells[j])).filter((t) => t !== '').join(' ') });
      section += 1;
      previous = null;
      continue;
    }
    // A merged 序号 (or 序号 and task text) holds its value in the first row only: later rows of the merge take it.
    const noInherited = ownNo === '' && index.no !== null && previous !== null;
    const textInherited = ownNo === '' && ownText === '' && previous !== null;
    const task: TaskRow = {
      kind: 'task',
      row,
      no: noInherited && previous ? previous.no : ownNo,
      noInherited,
      text: textInherited && previous ? previous.text : ownText,
      textInherited,
      lead: cellText(at(cells, index.lead)),
      support: cellText(at(cells, index.support)),
      units: cellText(at(cells, index.units)),
      deadline: isCellError(at(cells, index.deadline)) ? null : at(cells, index.deadline),
      status: cellText(at(cells, index.status)),
      section,
      errors: cellErrors(cells, ctx),
    };
    rows.push(task);
    previous = { no: task.no, text: task.text };
  }
  return rows;
}

/** The first of the top rows that reads as a task table's header, with the columns it maps. */
function findHeader(sheet: SheetGrid): { readonly index: number; readonly columns: HeaderColumns } | null {
  const limit = Math.min(sheet.grid.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const columns = mapHeaderRow(sheet.grid[index] ?? []);
    if (columns !== null) return { index, columns };
  }
  return null;
}

/** Whether the sheet holds a task table: reads only the rows its header may be in, none of the rows below. */
export function hasTaskTable(sheet: SheetGrid): boolean {
  return findHeader(sheet) !== null;
}

/** The task table on the sheet, or null when no header row names a task column and a unit or deadline column. */
export function locateTable(sheet: SheetGrid): TableLayout | null {
  const header = findHeader(sheet);
  if (header === null) return null;
  const { index, columns } = header;
  const cells = sheet.grid[index] ?? [];
  const firstColumn = sheet.firstColumn ?? 1;
  const mapped = ROLES.map((role) => columns.index[role]).filter((j): j is number => j !== null);
  const readIndices = [...new Set([...mapped, ...columns.detail])].sort((a, b) => a - b);
  const headerTexts = new Map(readIndices.map((j) => [j, normalizeHeader(cellText(cells[j]))] as const));
  const ctx: RowContext = { columns, headerTexts, normalizedHeader: memoize(normalizeHeader), readIndices, firstIndex: readIndices[0] ?? 0, firstColumn };
  return {
    sheet: sheet.name,
    headerRow: (sheet.firstRow ?? 1) + index,
    columns: columnMapOf(columns.index, firstColumn),
    columnIndex: columns.index,
    titleTexts: [...titleTextsAbove(sheet, index), sheet.name],
    rows: classifyRows(sheet, index, ctx),
  };
}
