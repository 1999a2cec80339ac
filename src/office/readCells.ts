// Reads sheets' used ranges: in one sync when Excel can return them in one response, else the table's part of them in
// row blocks. Two limits can refuse the single read: Excel reads at most 5,000,000 cells of a range at once on every
// platform (RangeExceedsLimit: a stray value far away, formulas filled to row 1,048,576), and Excel on the web refuses
// responses over 5 MB (ResponsePayloadSizeLimitExceeded), which the bench's task table passes at about 22,000 rows
// (2.24 MB of values and formats per 10,000). Both are documented in "Resource limits and performance optimization for
// Office Add-ins".
//
// The split read is only a fallback, taken when Excel has refused the single read: most tables fit, and splitting up
// front would need the used range's size first, one more sync on every button press on every host.
//
// A request may ask for the merged areas too (ExcelApi 1.13, mergedAreas.ts): they go in the same sync as the cells.
// Excel fails a call that would return more than 512 areas (with no documented code), and a refused sync returns
// nothing, so a single read that fails for no reason Excel explains while it carries merged areas is sent again without
// them, and the areas follow in blocks too small to fail (one more sync); a split read reads them in such blocks after
// the cells (one more sync as well).
import type { XlCellValue, XlContext, XlRange, XlWorksheet } from './excelTypes';
import { dateCandidateAreas, type DateSystem } from './dateCandidates';
import { excelErrorCode, isExplainedExcelError } from './hostErrors';
import { queueMergedAreas, readMergedAreas } from './mergedAreas';
import { afterOverflow, afterRead, blockSource, planSync, type BlockSource, type PlannedBlock } from './rowBlocks';
import { jsonBytes } from './requestBatcher';
import { HEAD_ROWS, tableColumnCount } from './tableColumns';

/** A rectangle of a sheet, 0-based like Range.rowIndex and Range.columnIndex. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A sheet's used range to read: its values, and with `formats` the number formats that tell dates from numbers.
 * `name` when the caller knows it; otherwise (the active sheet) a split read loads it and goes on by name, since the
 * active-sheet proxy follows whatever sheet is active at each sync.
 */
export interface CellRequest {
  readonly sheet: XlWorksheet;
  readonly formats: boolean;
  readonly name?: string;
  /** Read the merged areas as well: only where the host has ExcelApi 1.13 (MERGED_AREAS_API). */
  readonly merges?: boolean;
}

export interface FormatPart {
  readonly area: CellArea;
  readonly numberFormat: readonly (readonly string[])[];
}

export interface LoadedCells {
  readonly area: CellArea;
  readonly values: readonly (readonly XlCellValue[])[];
  /** The whole range's formats from a single read; from a split read, those of columns that may hold dates. */
  readonly formats: readonly FormatPart[];
  /** The merged areas whose first cell is in the read area, where the request asked for them. */
  readonly merges?: readonly CellArea[];
}

export interface CellsRead<T> {
  /** What `queueOthers` resolved to, from the sync that carried it. */
  readonly others: T;
  /** In the order of the requests; null for a sheet with no used range. */
  readonly cells: readonly (LoadedCells | null)[];
}

/** Excel's limit on the cells of one range read ("A range is limited to 5,000,000 cells for read operations"). */
export const MAX_READ_CELLS = 5_000_000;

/**
 * A run of this many all-empty rows ends a table read in blocks. Formulas filled down a column to row 1,048,576
 * (=IF(A3="","",…), a clerk's way of numbering rows still to come) count as used though they show "", so the used
 * range and the table's columns reach a million rows. Tables part their sections by a blank row or a few, never by
 * thousands, and 2,000 rows are one small block (about 20 bytes a row when empty), so stopping there costs a real
 * table nothing and spares the read the million empty rows (21 MB on Excel on the web).
 */
export const EMPTY_ROWS_END_TABLE = 2000;

/** Refusals a read in blocks gets around; any other error is the caller's. */
const SPLIT_ON = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);
const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

function areaOf(range: XlRange): CellArea {
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

type CellProperty = 'values' | 'numberFormat';

interface Slab {
  readonly sheet: XlWorksheet;
  readonly area: CellArea;
  readonly property: CellProperty;
  readonly rows: unknown[][];
  /** A table's body: its read ends after EMPTY_ROWS_END_TABLE empty rows, and its trailing empty rows are dropped. */
  readonly endsAtEmptyRows?: boolean;
}

const isEmptyRow = (row: readonly unknown[]): boolean => row.every((cell) => cell === '' || cell === null);

/** How many of the rows at the end are empty. */
function emptyTail(rows: readonly (readonly unknown[])[]): number {
  let count = 0;
  while (count < rows.length && isEmptyRow(rows[rows.length - 1 - count] as unknown[])) count += 1;
  return count;
}

/** Reads the slabs' rows in blocks, as many blocks a sync as the budget allows, halving blocks Excel refuses. */
async function readInBlocks(context: XlContext, slabs: readonly Slab[], budgetBytes: number): Promise<void> {
  const sources: BlockSource[] = slabs.map((slab) => blockSource(slab.area.rows, budgetBytes, Math.floor(MAX_READ_CELLS / Math.max(1, slab.area.columns))));
  for (;;) {
    const blocks: PlannedBlock[] = planSync(sources, budgetBytes);
    if (blocks.length === 0) break;
    const ranges = blocks.map((block) => {
      const { sheet, area, property } = slabs[block.source] as Slab;
      const range = sheet.getRangeByIndexes(area.top + block.start, area.left, block.rows, area.columns);
      range.load(property);
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === RESPONSE_TOO_LARGE && afterOverflow(sources, blocks, budgetBytes)) continue;
      throw error;
    }
    blocks.forEach((block, i) => {
      const slab = slabs[block.source] as Slab;
      const source = sources[block.source] as BlockSource;
      const rows: unknown[][] = (ranges[i] as XlRange)[slab.property];
      slab.rows.push(...rows);
      afterRead(source, block, jsonBytes(rows));
      if (!slab.endsAtEmptyRows) return;
      // While the rows read last are empty, the next block reads only as far as the run would end the table.
      const empty = emptyTail(slab.rows);
      if (empty >= EMPTY_ROWS_END_TABLE) source.next = source.rows;
      source.limit = empty > 0 ? EMPTY_ROWS_END_TABLE - empty : Number.POSITIVE_INFINITY;
    });
  }
  for (const slab of slabs) if (slab.endsAtEmptyRows) slab.rows.splice(slab.rows.length - emptyTail(slab.rows));
}

const valueSlab = (sheet: XlWorksheet, area: CellArea): Slab => ({ sheet, area, property: 'values', rows: [] });

/** One request's part of a split read, as it goes from the used range to the table's cells. */
interface SplitSheet {
  readonly request: CellRequest;
  readonly sheet: XlWorksheet;
  readonly used: CellArea;
  readonly head: Slab;
}

/**
 * After a refused single read, in this order: the used ranges' sizes (with the caller's other loads again, and the
 * names of sheets known only as the active one); their first rows, which say how many columns the table takes
 * (tableColumns.ts); how far down those columns are used; the rest of those rows in blocks; then number formats only
 * for the columns whose values may be dates (dateCandidates.ts), in blocks as well.
 */
async function readSplit<T>(
  context: XlContext,
  requests: readonly CellRequest[],
  queueOthers: () => () => T,
  budgetBytes: number,
  dateSystem: (others: T) => DateSystem,
): Promise<CellsRead<T>> {
  const queued = queueOthers();
  const sizes = requests.map((request) => {
    if (request.name === undefined) request.sheet.load('name');
    const used = request.sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();
  const others = queued();
  const { worksheets } = context.workbook;

  const split = requests.map((request, i): SplitSheet | null => {
    const used = sizes[i] as XlRange;
    if (used.isNullObject) return null;
    const sheet = worksheets.getItem(request.name ?? request.sheet.name);
    const area = areaOf(used);
    return { request, sheet, used: area, head: valueSlab(sheet, { ...area, rows: Math.min(area.rows, HEAD_ROWS) }) };
  });
  const present = split.filter((part): part is SplitSheet => part !== null);
  await readInBlocks(context, present.map((part) => part.head), budgetBytes);

  // The table's columns, and how far down they are used: a stray value far below or to the right is left out.
  const widths = present.map((part) => tableColumnCount(part.head.rows as XlCellValue[][]));
  const depths = present.map((part, i) => {
    const { top, left, rows } = part.used;
    const used = part.sheet.getRangeByIndexes(top, left, rows, widths[i] as number).getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    return used;
  });
  await context.sync();

  const bodies = present.map((part, i): Slab => {
    const depth = depths[i] as XlRange;
    const bottom = depth.isNullObject ? part.head.area.top + part.head.area.rows : depth.rowIndex + depth.rowCount;
    const headRows = part.head.area.rows;
    const below = Math.max(0, bottom - (part.used.top + headRows));
    return { ...valueSlab(part.sheet, { top: part.used.top + headRows, left: part.used.left, rows: below, columns: widths[i] as number }), endsAtEmptyRows: true };
  });
  await readInBlocks(context, bodies, budgetBytes);

  const tables = present.map((part, i) => {
    const columns = widths[i] as number;
    const body = bodies[i] as Slab;
    const head = (part.head.rows as XlCellValue[][]).map((row) => row.slice(0, columns));
    const values = [...(body.rows.length > 0 ? head : head.slice(0, head.length - emptyTail(head))), ...(body.rows as XlCellValue[][])];
    const area: CellArea = { top: part.used.top, left: part.used.left, rows: values.length, columns };
    return { part, area, values };
  });
  const formatSlabs = tables.map(({ part, area, values }): Slab[] =>
    part.request.formats ? dateCandidateAreas({ area, values }, dateSystem(others)).map((candidate) => ({ sheet: part.sheet, area: candidate, property: 'numberFormat', rows: [] })) : [],
  );
  await readInBlocks(context, formatSlabs.flatMap((slabs) => slabs), budgetBytes);

  const merging = tables.filter(({ part }) => part.request.merges === true);
  const merges = await readMergedAreas(
    context,
    merging.map(({ part, area }) => ({ sheet: part.sheet, area })),
    budgetBytes,
  );

  const byRequest = new Map<CellRequest, LoadedCells>();
  tables.forEach(({ part, area, values }, i) => {
    const formats = (formatSlabs[i] ?? []).map((slab) => ({ area: slab.area, numberFormat: slab.rows as string[][] }));
    const k = merging.findIndex((table) => table.part === part);
    byRequest.set(part.request, { area, values, formats, ...(k < 0 ? {} : { merges: merges[k] as CellArea[] }) });
  });
  return { others, cells: requests.map((request) => byRequest.get(request) ?? null) };
}

/**
 * A single read without the empty rows at its end (formulas filled down past the table that show ""): the grid the
 * engine gets then ends where the table does, as a read in blocks does.
 */
function withoutEmptyTail(cells: LoadedCells): LoadedCells | null {
  const rows = cells.values.length - emptyTail(cells.values);
  if (rows === cells.values.length) return cells;
  if (rows === 0) return null;
  const area = { ...cells.area, rows };
  return {
    area,
    values: cells.values.slice(0, rows),
    formats: cells.formats.map((part) => ({ area: { ...part.area, rows }, numberFormat: part.numberFormat.slice(0, rows) })),
    ...(cells.merges ? { merges: cells.merges.filter((merge) => merge.top < area.top + rows) } : {}),
  };
}

interface WholeRead<T> {
  readonly others: T;
  readonly cells: (LoadedCells | null)[];
  /** Each request's sheet name, where it was given or loaded. */
  readonly names: readonly (string | null)[];
}

/**
 * One sync for the requests' used ranges, with the merged areas where `withMerges` and the request asks; without them,
 * the names of sheets known only as the active one are loaded, so that their areas can follow by name.
 */
async function readWhole<T>(context: XlContext, requests: readonly CellRequest[], queueOthers: () => () => T, withMerges: boolean): Promise<WholeRead<T>> {
  const others = queueOthers();
  const reads = requests.map((request) => {
    const range = request.sheet.getUsedRangeOrNullObject(true);
    range.load(`${request.formats ? 'values,numberFormat' : 'values'},rowIndex,columnIndex,rowCount,columnCount`);
    const merges = withMerges && request.merges === true ? queueMergedAreas(range) : null;
    const named = !withMerges && request.merges === true && request.name === undefined;
    if (named) request.sheet.load('name');
    return { range, merges, named };
  });
  await context.sync();
  const cells = requests.map((request, i): LoadedCells | null => {
    const { range, merges } = reads[i] as (typeof reads)[number];
    if (range.isNullObject) return null;
    return withoutEmptyTail({
      area: areaOf(range),
      values: range.values,
      formats: request.formats ? [{ area: areaOf(range), numberFormat: range.numberFormat }] : [],
      ...(merges ? { merges: merges() } : {}),
    });
  });
  const names = requests.map((request, i) => ((reads[i] as (typeof reads)[number]).named ? request.sheet.name : (request.name ?? null)));
  return { others: others(), cells, names };
}

/**
 * Reads the requests' used ranges together with whatever `queueOthers` queues (sheet lists, rules: small loads that go
 * in the same sync). `queueOthers` is called again when the single read is refused, since a refused sync returns
 * nothing. `budgetBytes` bounds each response of the split read; `dateSystem` (known once the sync that carried
 * `queueOthers` returned) tells the split read which numbers may be dates.
 *
 * A single read loads the number formats of the whole range with the values (0.64 of 2.24 MB at 10,000 rows): loading
 * values first and then only the formats of possible date columns (0.13 MB) costs one more sync whenever a table holds
 * a date cell, which takes 生成区县汇总表 at 10,000 rows from three syncs to four, and a sync on Excel on the web costs
 * more than half a megabyte of response. Once a read is split anyway, the extra sync is cheap and every byte saved is
 * a smaller block, so the split read loads formats only where they can matter.
 */
export async function readCells<T>(
  context: XlContext,
  requests: readonly CellRequest[],
  queueOthers: () => () => T,
  budgetBytes: number,
  dateSystem: (others: T) => DateSystem = () => ({ date1904: false }),
): Promise<CellsRead<T>> {
  const merging = requests.some((request) => request.merges === true);
  try {
    const { others, cells } = await readWhole(context, requests, queueOthers, true);
    return { others, cells };
  } catch (error) {
    if (SPLIT_ON.has(excelErrorCode(error) ?? '')) return readSplit(context, requests, queueOthers, budgetBytes, dateSystem);
    // More than 512 merged areas fail the call with no documented code: an error Excel explains (throttling, a lost
    // connection, cell edit mode) is the user's, one it does not may be the areas', so the cells are read without them.
    if (!merging || isExplainedExcelError(error)) throw error;
  }
  let whole: WholeRead<T>;
  try {
    whole = await readWhole(context, requests, queueOthers, false);
  } catch (error) {
    if (SPLIT_ON.has(excelErrorCode(error) ?? '')) return readSplit(context, requests, queueOthers, budgetBytes, dateSystem);
    throw error;
  }
  const { others, cells, names } = whole;
  const { worksheets } = context.workbook;
  const merged = requests.map((request, i) => (request.merges === true && cells[i] ? i : -1)).filter((i) => i >= 0);
  const areas = await readMergedAreas(
    context,
    merged.map((i) => ({ sheet: worksheets.getItem(names[i] as string), area: (cells[i] as LoadedCells).area })),
    budgetBytes,
  );
  merged.forEach((i, k) => {
    cells[i] = { ...(cells[i] as LoadedCells), merges: areas[k] as CellArea[] };
  });
  return { others, cells };
}
