// Reads cell arrays of used ranges and areas: in one sync when Excel can return them in one response, else in row
// blocks. Excel on the web refuses responses over 5 MB (ResponsePayloadSizeLimitExceeded, Excel.ErrorCodes), which a
// task table passes at about 25,000 rows; Excel on Windows and Mac has no such limit.
//
// The blocks are only a fallback, taken when Excel has refused the single read: desktop Excel never refuses it, so it
// keeps reading any table in one sync, and on the web a table that fits pays nothing for the larger ones. Splitting up
// front would need the used range's size first, one more sync on every button press on every host.
import type { XlCellValue, XlContext, XlRange, XlWorksheet } from './excelTypes';
import { afterOverflow, afterRead, blockSource, planSync, type BlockSource, type PlannedBlock } from './rowBlocks';

export type CellProperties = 'values' | 'numberFormat' | 'values,numberFormat';

/** A rectangle of a sheet, 0-based like Range.rowIndex and Range.columnIndex. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export type CellRequest =
  | { readonly kind: 'used'; readonly sheet: XlWorksheet; readonly properties: CellProperties }
  | { readonly kind: 'area'; readonly sheet: XlWorksheet; readonly area: CellArea; readonly properties: CellProperties };

export interface LoadedCells {
  readonly area: CellArea;
  readonly values?: readonly (readonly XlCellValue[])[];
  readonly numberFormat?: readonly (readonly string[])[];
}

export interface CellsRead<T> {
  /** What `queueOthers` resolved to, from the sync that carried it. */
  readonly others: T;
  /** In the order of the requests; null for a sheet with no used range. */
  readonly cells: readonly (LoadedCells | null)[];
}

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === RESPONSE_TOO_LARGE;
}

/**
 * The size a loaded array adds to a response, counted as UTF-8 JSON: Chinese text takes three bytes a character on
 * the wire, so a block under the budget by this count is under it however Excel measures.
 */
export function responseBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code >= 0x800) bytes += code >= 0xd800 && code <= 0xdfff ? 1 : 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

function loadedCells(range: XlRange, area: CellArea, properties: CellProperties): LoadedCells {
  const values = properties.includes('values') ? range.values : undefined;
  const numberFormat = properties.includes('numberFormat') ? range.numberFormat : undefined;
  return { area, ...(values ? { values } : {}), ...(numberFormat ? { numberFormat } : {}) };
}

function rangeOf(request: CellRequest): XlRange {
  if (request.kind === 'used') return request.sheet.getUsedRangeOrNullObject(true);
  const { top, left, rows, columns } = request.area;
  return request.sheet.getRangeByIndexes(top, left, rows, columns);
}

interface Slab {
  readonly sheet: XlWorksheet;
  readonly area: CellArea;
  readonly properties: CellProperties;
  readonly values: (readonly XlCellValue[])[];
  readonly numberFormat: (readonly string[])[];
}

/** Reads the slabs' rows in blocks, as many blocks a sync as the budget allows, halving blocks Excel refuses. */
async function readInBlocks(context: XlContext, slabs: readonly Slab[], budgetBytes: number): Promise<void> {
  const sources: BlockSource[] = slabs.map((slab) => blockSource(slab.area.rows, budgetBytes));
  for (;;) {
    const blocks: PlannedBlock[] = planSync(sources, budgetBytes);
    if (blocks.length === 0) return;
    const ranges = blocks.map((block) => {
      const { sheet, area, properties } = slabs[block.source] as Slab;
      const range = sheet.getRangeByIndexes(area.top + block.start, area.left, block.rows, area.columns);
      range.load(properties);
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
      const read = loadedCells(ranges[i] as XlRange, slab.area, slab.properties);
      if (read.values) slab.values.push(...read.values);
      if (read.numberFormat) slab.numberFormat.push(...read.numberFormat);
      afterRead(sources[block.source] as BlockSource, block, responseBytes(read.values ?? []) + responseBytes(read.numberFormat ?? []));
    });
  }
}

/** After a refused single read: the used ranges' sizes (with the caller's other loads again), then the cells in blocks. */
async function readSplit<T>(context: XlContext, requests: readonly CellRequest[], queueOthers: () => () => T, budgetBytes: number): Promise<CellsRead<T>> {
  const others = queueOthers();
  const sizes = requests.map((request) => {
    if (request.kind === 'area') return null;
    const used = request.sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();
  const slabs = requests.map((request, i): Slab | null => {
    const used = sizes[i];
    if (used?.isNullObject) return null;
    const area = used ? { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount } : (request as { area: CellArea }).area;
    return { sheet: request.sheet, area, properties: request.properties, values: [], numberFormat: [] };
  });
  await readInBlocks(context, slabs.filter((slab): slab is Slab => slab !== null), budgetBytes);
  const cells = slabs.map((slab) => {
    if (slab === null) return null;
    const { area, properties, values, numberFormat } = slab;
    return { area, ...(properties.includes('values') ? { values } : {}), ...(properties.includes('numberFormat') ? { numberFormat } : {}) };
  });
  return { others: others(), cells };
}

/**
 * Reads the requests' cells together with whatever `queueOthers` queues (sheet lists, rules: small loads that go in the
 * same sync). `queueOthers` is called again when the single read is refused, since a refused sync returns nothing.
 * `budgetBytes` bounds each response of the split read.
 */
export async function readCells<T>(context: XlContext, requests: readonly CellRequest[], queueOthers: () => () => T, budgetBytes: number): Promise<CellsRead<T>> {
  const others = queueOthers();
  const ranges = requests.map((request) => {
    const range = rangeOf(request);
    range.load(`${request.properties},rowIndex,columnIndex,rowCount,columnCount`);
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readSplit(context, requests, queueOthers, budgetBytes);
  }
  const cells = requests.map((request, i) => {
    const range = ranges[i] as XlRange;
    if (range.isNullObject) return null;
    const area = { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
    return loadedCells(range, area, request.properties);
  });
  return { others: others(), cells };
}
