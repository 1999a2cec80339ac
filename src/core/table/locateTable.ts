// Finds the task table on a sheet, step by step: the header (headerBlock: one or more rows, scored), the part each
// column plays (tableColumns), and the kind of every row below it with merged cells read (tableRows). Only the columns
// the check reads are read below the header, so a sheet thousands of columns wide stays cheap. The merged ranges and
// the rows are read in slices (locateTableSteps), so that a host's UI breathes on a table of 100,000 rows.
import type { CellValue, ColumnMap, ColumnRole, HeaderInfo, HeaderRole, SheetGrid } from '../model';
import { cellText } from './cellText';
import { columnLetter } from './columnLetters';
import { findHeaderBlock, type HeaderBlock } from './headerBlock';
import { normalizeHeader } from './headerRoles';
import { looksLikeTaskNo } from './sectionRows';
import { groupingTextColumns, tableColumns, type TableColumns } from './tableColumns';
import { statesFirstListedRule } from './tableConventions';
import type { TableLayout } from './tableLayout';
import { mergedValuesSteps } from './mergedCells';
import { finish, mapSteps } from '../steps';
import { classifyRowsSteps, type RowContext } from './tableRows';
import { isTargetMatrix, matrixTasks } from './targetMatrix';

export { HEADER_SEARCH_ROWS } from './headerBlock';

const ROLES: readonly ColumnRole[] = ['no', 'task', 'lead', 'support', 'units', 'deadline', 'status'];

function columnMapOf(columns: TableColumns, firstColumn: number): ColumnMap {
  const entries = ROLES.map((role) => {
    const j = columns.index[role];
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

/** Every header column as read, with the role the table gives it (a grouping text column is a category). */
function headerInfo(block: HeaderBlock, demoted: ReadonlySet<number>, firstColumn: number): HeaderInfo[] {
  return block.columns.map((c) => {
    const role: HeaderRole | null = demoted.has(c.index) ? 'category' : c.role;
    return { column: columnLetter(firstColumn + c.index), header: c.path.join('/'), role };
  });
}

/**
 * A target matrix read as one task per indicator: the indicator's department leads (its column), the areas with a
 * target support (the area column).
 */
function matrixLayout(sheet: SheetGrid, block: HeaderBlock, firstRow: number, firstColumn: number): TableLayout {
  const letterOf = (role: HeaderRole): string | null => {
    const column = block.columns.find((c) => c.role === role);
    return column === undefined ? null : columnLetter(firstColumn + column.index);
  };
  const columns: ColumnMap = { no: null, task: null, lead: letterOf('target'), support: letterOf('place'), units: null, deadline: null, status: null };
  const index = { no: null, task: null, lead: null, support: null, units: null, deadline: null, status: null };
  return {
    sheet: sheet.name,
    headerRow: firstRow + block.top,
    headerBottomRow: firstRow + block.bottom,
    columns,
    columnIndex: index,
    headers: headerInfo(block, new Set(), firstColumn),
    supportIsUnits: false,
    titleTexts: [...titleTextsAbove(sheet, block.top), sheet.name],
    rows: matrixTasks(sheet.grid.slice(block.bottom + 1), block.columns, firstRow + block.bottom),
  };
}

/** Rows looked at to tell whether a table numbers its tasks. */
const NUMBERING_SAMPLE_ROWS = 500;
/** Share of the rows with a task text that must carry a 序号 for an empty one to mean a merged 序号 (Jingzhou: 4 of 18). */
const NUMBERED_SHARE = 0.1;

/** Whether the table numbers its tasks, so that a row without a 序号 continues the task above (the grid's rows from `firstDataIndex`). */
function isNumbered(grid: readonly (readonly CellValue[])[], firstDataIndex: number, columns: TableColumns): boolean {
  const { no, task } = columns.index;
  if (no === null) return false;
  let texts = 0;
  let numbers = 0;
  const end = Math.min(grid.length, firstDataIndex + NUMBERING_SAMPLE_ROWS);
  for (let i = firstDataIndex; i < end; i += 1) {
    const cells = grid[i] ?? [];
    if (task !== null && cellText(cells[task]) === '' && cellText(cells[no]) === '') continue;
    texts += 1;
    if (cellText(cells[no]) !== '') numbers += 1;
  }
  return texts === 0 || numbers / texts >= NUMBERED_SHARE;
}

/** Whether the sheet holds a task table: reads only the rows its header may be in, none of the rows below. */
export function hasTaskTable(sheet: SheetGrid): boolean {
  return findHeaderBlock(sheet.grid) !== null;
}

/** The task table on the sheet, or null when no block of top rows reads as a task table's header. */
export function locateTable(sheet: SheetGrid): TableLayout | null {
  return finish(locateTableSteps(sheet));
}

/**
 * The task table found in steps: after every `slice` merged ranges read or cells they give, and after every `slice`
 * rows classified, it yields the share of its work done (0..1). The header is scored in one piece: it reads only the
 * sheet's top rows.
 */
export function* locateTableSteps(sheet: SheetGrid, slice = Number.POSITIVE_INFINITY): Generator<number, TableLayout | null> {
  const block = findHeaderBlock(sheet.grid);
  if (block === null) return null;
  const firstColumn = sheet.firstColumn ?? 1;
  const firstRow = sheet.firstRow ?? 1;
  if (isTargetMatrix(block.columns)) return matrixLayout(sheet, block, firstRow, firstColumn);
  const firstDataIndex = block.bottom + 1;
  const initial = tableColumns(block.columns);
  const demoted = groupingTextColumns(sheet.grid, firstDataIndex, initial, looksLikeTaskNo);
  const columns = demoted.size > 0 ? tableColumns(block.columns, demoted) : initial;
  const mapped = ROLES.map((role) => columns.index[role]).filter((j): j is number => j !== null);
  const extra = [...columns.detail, ...columns.progress, ...[columns.leader, columns.target].filter((j): j is number => j !== null)];
  const readIndices = [...new Set([...mapped, ...extra])].sort((a, b) => a - b);
  const pathOf = new Map(block.columns.map((c) => [c.index, c.path] as const));
  const headerTexts = new Map(readIndices.map((j) => [j, new Set((pathOf.get(j) ?? []).map(normalizeHeader))] as const));
  const titleTexts = [...titleTextsAbove(sheet, block.top), sheet.name];
  // The work to share out: each merged range, then each row below the header.
  const ranges = sheet.merges?.length ?? 0;
  const work = Math.max(1, ranges + sheet.grid.length - firstDataIndex);
  const mergedAt = yield* mapSteps(mergedValuesSteps(sheet, firstDataIndex, readIndices, slice), (read) => read / work);
  const ctx: RowContext = {
    columns,
    headerTexts,
    readIndices,
    firstColumn,
    firstListedLeads: titleTexts.some(statesFirstListedRule),
    numbered: isNumbered(sheet.grid, firstDataIndex, columns),
    mergedAt,
  };
  const rows = yield* mapSteps(classifyRowsSteps(sheet.grid, firstDataIndex, firstRow, ctx, slice), (done) => (ranges + done) / work);
  return {
    sheet: sheet.name,
    headerRow: firstRow + block.top,
    headerBottomRow: firstRow + block.bottom,
    columns: columnMapOf(columns, firstColumn),
    columnIndex: columns.index,
    headers: headerInfo(block, demoted, firstColumn),
    supportIsUnits: columns.supportIsUnits,
    titleTexts,
    rows,
  };
}
