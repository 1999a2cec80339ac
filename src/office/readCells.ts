// Reads sheets' used ranges: in one sync when Excel can return them in one response, else in row blocks. Excel on the
// web refuses responses over 5 MB (ResponsePayloadSizeLimitExceeded, Excel.ErrorCodes), which the bench's task table
// passes at about 22,000 rows (2.24 MB of values and formats per 10,000); Excel on Windows and Mac has no such limit.
//
// The blocks are only a fallback, taken when Excel has refused the single read: desktop Excel never refuses it, so it
// keeps reading any table in one sync, and on the web a table that fits pays nothing for the larger ones. Splitting up
// front would need the used range's size first, one more sync on every button press on every host.
import type { XlCellValue, XlContext, XlRange, XlWorksheet } from './excelTypes';
import { dateCandidateAreas } from './dateCandidates';
import { afterOverflow, afterRead, blockSource, planSync, type BlockSource, type PlannedBlock } from './rowBlocks';
import { jsonBytes } from './requestBatcher';

/** A rectangle of a sheet, 0-based like Range.rowIndex and Range.columnIndex. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** A sheet's used range to read: its values, and with `formats` the number formats that tell dates from numbers. */
export interface CellRequest {
  readonly sheet: XlWorksheet;
  readonly formats: boolean;
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
}

export interface CellsRead<T> {
  /** What `queueOthers` resolved to, from the sync that carried it. */
  readonly others: T;
  /** In the order of the requests; null for a sheet with no used range. */
  readonly cells: readonly (LoadedCells | null)[];
}

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

function areaOf(range: XlRange): CellArea {
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === RESPONSE_TOO_LARGE;
}

type CellProperty = 'values' | 'numberFormat';

interface Slab {
  readonly sheet: XlWorksheet;
  readonly area: CellArea;
  readonly property: CellProperty;
  readonly rows: unknown[][];
}

/** Reads the slabs' rows in blocks, as many blocks a sync as the budget allows, halving blocks Excel refuses. */
async function readInBlocks(context: XlContext, slabs: readonly Slab[], budgetBytes: number): Promise<void> {
  const sources: BlockSource[] = slabs.map((slab) => blockSource(slab.area.rows, budgetBytes));
  for (;;) {
    const blocks: PlannedBlock[] = planSync(sources, budgetBytes);
    if (blocks.length === 0) return;
    const ranges = blocks.map((block) => {
      const { sheet, area, property } = slabs[block.source] as Slab;
      const range = sheet.getRangeByIndexes(area.top + block.start, area.left, block.rows, area.columns);
      range.load(property);
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      if (isResponseTooLarge(error) && afterOverflow(sources, blocks, budgetBytes)) continue;
      throw error;
    }
    blocks.forEach((block, i) => {
      const slab = slabs[block.source] as Slab;
      const rows: unknown[][] = (ranges[i] as XlRange)[slab.property];
      slab.rows.push(...rows);
      afterRead(sources[block.source] as BlockSource, block, jsonBytes(rows));
    });
  }
}

/**
 * After a refused single read: the used ranges' sizes (with the caller's other loads again), the values in blocks,
 * then number formats only for the columns whose values may be dates (dateCandidates.ts), in blocks as well.
 */
async function readSplit<T>(context: XlContext, requests: readonly CellRequest[], queueOthers: () => () => T, budgetBytes: number): Promise<CellsRead<T>> {
  const others = queueOthers();
  const sizes = requests.map((request) => {
    const used = request.sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();
  const valueSlabs = requests.map((request, i): Slab | null => {
    const used = sizes[i] as XlRange;
    return used.isNullObject ? null : { sheet: request.sheet, area: areaOf(used), property: 'values', rows: [] };
  });
  await readInBlocks(context, valueSlabs.filter((slab): slab is Slab => slab !== null), budgetBytes);

  const formatSlabs = valueSlabs.map((slab, i): Slab[] => {
    if (slab === null || !requests[i]?.formats) return [];
    const areas = dateCandidateAreas({ area: slab.area, values: slab.rows as XlCellValue[][] });
    return areas.map((area) => ({ sheet: slab.sheet, area, property: 'numberFormat', rows: [] }));
  });
  await readInBlocks(context, formatSlabs.flat(), budgetBytes);
  const cells = valueSlabs.map((slab, i): LoadedCells | null => {
    if (slab === null) return null;
    const formats = (formatSlabs[i] ?? []).map((part) => ({ area: part.area, numberFormat: part.rows as string[][] }));
    return { area: slab.area, values: slab.rows as XlCellValue[][], formats };
  });
  return { others: others(), cells };
}

/**
 * Reads the requests' used ranges together with whatever `queueOthers` queues (sheet lists, rules: small loads that go
 * in the same sync). `queueOthers` is called again when the single read is refused, since a refused sync returns
 * nothing. `budgetBytes` bounds each response of the split read.
 *
 * A single read loads the number formats of the whole range with the values (0.64 of 2.24 MB at 10,000 rows): loading
 * values first and then only the formats of possible date columns (0.13 MB) costs one more sync whenever a table holds
 * a date cell, which takes 生成区县汇总表 at 10,000 rows from three syncs to four, and a sync on Excel on the web costs
 * more than half a megabyte of response. Once a read is split anyway, the extra sync is cheap and every byte saved is
 * a smaller block, so the split read loads formats only where they can matter.
 */
export async function readCells<T>(context: XlContext, requests: readonly CellRequest[], queueOthers: () => () => T, budgetBytes: number): Promise<CellsRead<T>> {
  const others = queueOthers();
  const ranges = requests.map((request) => {
    const range = request.sheet.getUsedRangeOrNullObject(true);
    range.load(`${request.formats ? 'values,numberFormat' : 'values'},rowIndex,columnIndex,rowCount,columnCount`);
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readSplit(context, requests, queueOthers, budgetBytes);
  }
  const cells = requests.map((request, i): LoadedCells | null => {
    const range = ranges[i] as XlRange;
    if (range.isNullObject) return null;
    const area = areaOf(range);
    return { area, values: range.values, formats: request.formats ? [{ area, numberFormat: range.numberFormat }] : [] };
  });
  return { others: others(), cells };
}
