// The merged areas of a sheet's table, so that the engine gives each row of a merged cell its value (a 牵头单位 merged
// over tasks 3-5 leads all three). Range.getMergedAreasOrNullObject arrived in ExcelApi 1.13; below it (volume-licensed
// Office 2019 has 1.7) merges cannot be told, and the engine infers them from empty cells. Two documented limits shape
// the reads: the method returns only areas whose first cell is in the range (OfficeDev/office-js#3611), so areas read
// range by range are each read once; and it fails when a range holds more than 512 areas, so a read that cannot be
// asked in one call goes in blocks of rows too few to hold that many.
import { columnNumber } from '../core';
import type { XlContext, XlMergedAreas, XlRange, XlWorksheet } from './excelTypes';
import { excelErrorCode } from './hostErrors';
import type { CellArea } from './readCells';
import { CALL_OVERHEAD_BYTES } from './requestBatcher';

/** The requirement set of Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = '1.13';

/** "If the merged areas count in this range is more than 512, then this method will fail to return the result." */
export const MAX_MERGED_AREAS = 512;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Queues the merged areas of `range` (its address) and returns what turns the loaded proxy into areas after the sync. */
export function queueMergedAreas(range: XlRange): () => CellArea[] {
  const merged: XlMergedAreas = range.getMergedAreasOrNullObject();
  merged.load('address');
  return () => (merged.isNullObject ? [] : parseAreasAddress(merged.address));
}

/** One side of a reference, `$B$12`, `B`, `12` → 1-based row and column, null where the side leaves one out. */
function referenceSide(text: string): { row: number | null; column: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  return { column: match[1] ? columnNumber(match[1] as string) : null, row: match[2] ? Number(match[2]) : null };
}

/** `A1:B4`, `C7`, `5:6` (whole rows), `B:B` (whole columns) → a 0-based area; null for anything else. */
function referenceArea(reference: string): CellArea | null {
  const [from = '', to = from] = reference.trim().split(':');
  const first = referenceSide(from);
  const last = referenceSide(to);
  if (!first || !last) return null;
  const top = first.row ?? 1;
  const left = first.column ?? 1;
  const bottom = last.row ?? MAX_ROWS;
  const right = last.column ?? MAX_COLUMNS;
  if (bottom < top || right < left) return null;
  return { top: top - 1, left: left - 1, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * RangeAreas.address → areas. Each area comes with its sheet ("Sheet1!A1:B4, Sheet1!D1:D4"); a sheet name with spaces
 * or punctuation is quoted, an apostrophe in it doubled ('Q1 ''23'!A1:B2), so a comma or ! inside quotes separates
 * nothing.
 */
export function parseAreasAddress(address: string): CellArea[] {
  const areas: CellArea[] = [];
  let i = 0;
  while (i < address.length) {
    while (address.charAt(i) === ',' || address.charAt(i) === ' ') i += 1;
    if (i >= address.length) break;
    if (address.charAt(i) === "'") {
      i += 1;
      while (i < address.length && !(address.charAt(i) === "'" && address.charAt(i + 1) !== "'")) i += address.charAt(i) === "'" ? 2 : 1;
      i += 1;
    }
    const comma = address.indexOf(',', i);
    const end = comma < 0 ? address.length : comma;
    const bang = address.lastIndexOf('!', end - 1);
    const area = referenceArea(address.slice(bang >= i ? bang + 1 : i, end));
    if (area) areas.push(area);
    i = end;
  }
  return areas;
}

/**
 * Rows a block may take so that it cannot hold the first cells of more than 512 areas: an area has at least two cells,
 * its first and the one right of or below it, both within the block widened by a row and a column, and areas do not
 * overlap, so R rows of C columns hold at most (R + 1)(C + 1) / 2 first cells.
 */
export function mergeBlockRows(columns: number): number {
  return Math.max(1, Math.floor((2 * MAX_MERGED_AREAS + 1) / (columns + 1)) - 1);
}

/** A block's request: the range, its merged areas and their load. */
const BLOCK_REQUEST_BYTES = 3 * CALL_OVERHEAD_BYTES;

export interface MergeTarget {
  readonly sheet: XlWorksheet;
  readonly area: CellArea;
}

interface MergeBlock {
  readonly target: number;
  readonly start: number;
  readonly rows: number;
}

/**
 * The merged areas whose first cell is in each target, read in blocks that cannot fail on the 512-area limit: as many
 * blocks a sync as the request budget holds (one sync for 100,000 rows of 10 columns), half as many again when Excel
 * refuses the response as too large.
 */
export async function readMergedAreas(context: XlContext, targets: readonly MergeTarget[], budgetBytes: number): Promise<CellArea[][]> {
  const blocks: MergeBlock[] = [];
  targets.forEach(({ area }, target) => {
    const step = mergeBlockRows(area.columns);
    for (let start = 0; start < area.rows; start += step) blocks.push({ target, start, rows: Math.min(step, area.rows - start) });
  });
  const found: CellArea[][] = targets.map(() => []);
  let perSync = Math.max(1, Math.floor(budgetBytes / BLOCK_REQUEST_BYTES));
  for (let next = 0; next < blocks.length; ) {
    const batch = blocks.slice(next, next + perSync);
    const pending = batch.map((block) => {
      const { sheet, area } = targets[block.target] as MergeTarget;
      return queueMergedAreas(sheet.getRangeByIndexes(area.top + block.start, area.left, block.rows, area.columns));
    });
    try {
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === 'ResponsePayloadSizeLimitExceeded' && batch.length > 1) {
        perSync = Math.ceil(batch.length / 2);
        continue;
      }
      throw error;
    }
    batch.forEach((block, k) => (found[block.target] as CellArea[]).push(...(pending[k] as () => CellArea[])()));
    next += batch.length;
  }
  return found;
}
