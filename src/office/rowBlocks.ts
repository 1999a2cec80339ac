// How to split reads that do not fit one response into row blocks, and which blocks go in the next sync. Pure: the
// reader (readCells.ts) measures what each sync returned and feeds it back here.

/** Rows read in a block before anything is known of a range's row size: a sample that sizes the blocks after it. */
export const SAMPLE_ROWS = 500;

/**
 * Measured sizes are raised by a quarter for the rows not yet read, which may hold longer text than the rows measured;
 * a block that still overflows is split again (see `afterOverflow`), so the margin only saves round trips.
 */
const MARGIN = 1.25;

/** A range still being read in blocks: rows `next`.. of `rows` are left. */
export interface BlockSource {
  readonly rows: number;
  next: number;
  /** Estimated response bytes per row; until a block has been measured, a guess that makes a sample fill one sync. */
  bytesPerRow: number;
  measured: boolean;
  /** Rows one read may take: Excel reads at most 5,000,000 cells of a range at once (RangeExceedsLimit). */
  readonly maxRows: number;
  /** Rows the next block may take at most, where the reader wants to look before it reads further. */
  limit: number;
}

export interface PlannedBlock {
  /** Index into the sources. */
  readonly source: number;
  /** First row of the block, relative to the source. */
  readonly start: number;
  readonly rows: number;
}

export function blockSource(rows: number, budgetBytes: number, maxRows = Number.POSITIVE_INFINITY): BlockSource {
  return { rows, next: 0, bytesPerRow: budgetBytes / SAMPLE_ROWS, measured: false, maxRows: Math.max(1, maxRows), limit: Number.POSITIVE_INFINITY };
}

/** Rows of one block: as many as the estimate puts under the budget and the cell limit allows, at least one. */
function rowsPerBlock(source: BlockSource, budgetBytes: number): number {
  return Math.max(1, Math.min(source.maxRows, source.limit, Math.floor(budgetBytes / source.bytesPerRow)));
}

/**
 * The blocks of the next sync: the sources' next rows in order, one block per source, as long as their estimated total
 * stays within the budget; the first block always goes, so every sync makes progress.
 */
export function planSync(sources: readonly BlockSource[], budgetBytes: number): PlannedBlock[] {
  const blocks: PlannedBlock[] = [];
  let left = budgetBytes;
  for (const [index, source] of sources.entries()) {
    const remaining = source.rows - source.next;
    if (remaining <= 0) continue;
    const fit = blocks.length === 0 ? rowsPerBlock(source, budgetBytes) : Math.floor(left / source.bytesPerRow);
    const rows = Math.min(remaining, fit, rowsPerBlock(source, budgetBytes));
    if (rows < 1) break;
    blocks.push({ source: index, start: source.next, rows });
    left -= rows * source.bytesPerRow;
    if (left <= 0) break;
  }
  return blocks;
}

/** After a sync that returned the block: its rows are done, and its size sizes the source's next blocks. */
export function afterRead(source: BlockSource, block: PlannedBlock, bytes: number): void {
  source.next = block.start + block.rows;
  const perRow = (bytes / block.rows) * MARGIN;
  source.bytesPerRow = source.measured ? Math.max(source.bytesPerRow, perRow) : perRow;
  source.measured = true;
}

/**
 * After Excel refused a sync's response as too large: its blocks are read again at half the size. False when the sync
 * was a single row, which no split can make smaller.
 */
export function afterOverflow(sources: readonly BlockSource[], blocks: readonly PlannedBlock[], budgetBytes: number): boolean {
  if (blocks.length === 1 && blocks[0]?.rows === 1) return false;
  for (const block of blocks) {
    const source = sources[block.source];
    // At least twice the old guess, and never again more than half the rows that overflowed.
    if (source) source.bytesPerRow = Math.max(source.bytesPerRow * 2, budgetBytes / Math.max(1, Math.floor(block.rows / 2)));
  }
  return true;
}
