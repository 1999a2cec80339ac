import type { CellValue, MergedRange, SheetGrid } from '../../../src/core/model';
import { mergedValuesSteps, type MergedValueAt } from '../../../src/core/table/mergedCells';
import { finish } from '../../../src/core/steps';

// A header row, then 200 rows: 牵头单位 (column C, grid column 2) merged over runs of 4 rows, 完成时限 (column E) over
// runs of 10, and one 配合单位 (column D) merged down 100 rows from grid row 50.
const grid: CellValue[][] = [
  ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
  ...Array.from({ length: 200 }, (_, i): CellValue[] => [i + 1, `任务${i + 1}`, i % 4 === 0 ? `单位${i}` : null, i === 49 ? '市财政局' : null, i % 10 === 0 ? '年底前' : null]),
];
const merges: MergedRange[] = [
  // The header's 序号 merged over two header rows gives the table nothing.
  { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1 },
  ...Array.from({ length: 50 }, (_, k) => ({ firstRow: 2 + 4 * k, firstColumn: 3, lastRow: 5 + 4 * k, lastColumn: 3 })),
  ...Array.from({ length: 20 }, (_, k) => ({ firstRow: 2 + 10 * k, firstColumn: 5, lastRow: 11 + 10 * k, lastColumn: 5 })),
  { firstRow: 51, firstColumn: 4, lastRow: 150, lastColumn: 4 },
];
const sheet: SheetGrid = { name: '分工方案', grid, merges };
const READ = [0, 1, 2, 3, 4];

function run(slice: number, ranges: SheetGrid = sheet): { yields: number[]; at: MergedValueAt } {
  const steps = mergedValuesSteps(ranges, 1, READ, slice);
  const yields: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { yields, at: step.value };
    yields.push(step.value);
  }
}

/** Every value the ranges give in the read columns, as [grid row, column, value]. */
function given(at: MergedValueAt): [number, number, CellValue][] {
  const found: [number, number, CellValue][] = [];
  for (let i = 0; i < grid.length; i += 1) for (const j of READ) if (at(i, j) !== undefined) found.push([i, j, at(i, j) as CellValue]);
  return found;
}

describe('mergedValuesSteps', () => {
  const whole = finish(mergedValuesSteps(sheet, 1, READ));

  it('gives every row of a range below its first the first row’s value, in the columns read only', () => {
    expect(whole(2, 2)).toBe('单位0');
    expect(whole(4, 2)).toBe('单位0');
    // A range's first row holds its value itself.
    expect(whole(1, 2)).toBeUndefined();
    expect(whole(5, 2)).toBeUndefined();
    expect(whole(6, 2)).toBe('单位4');
    expect(whole(60, 3)).toBe('市财政局');
    expect(whole(149, 3)).toBe('市财政局');
    expect(whole(150, 3)).toBeUndefined();
    // A range starting in the header gives the table's first row nothing.
    expect(whole(1, 0)).toBeUndefined();
    expect(finish(mergedValuesSteps(sheet, 1, [0, 1]))(60, 3)).toBeUndefined();
  });

  it('runs in one piece without a slice', () => {
    expect(run(Number.POSITIVE_INFINITY).yields).toEqual([]);
  });

  it('yields after every slice of ranges read or cells given, and gives the same values as in one piece', () => {
    // 72 ranges and 150 + 180 + 99 cells given: 501 pieces of work, a yield after every 10.
    const sliced = run(10);
    expect(sliced.yields).toHaveLength(50);
    expect(given(sliced.at)).toEqual(given(whole));
    expect(given(whole)).toHaveLength(150 + 180 + 99);
    for (const slice of [1, 7, 1000]) expect(given(run(slice).at)).toEqual(given(whole));
  });

  it('yields the number of ranges read, rising, within one long range too', () => {
    const { yields } = run(10);
    expect(yields).toEqual([...yields].sort((a, b) => a - b));
    expect(yields.every((n) => n >= 0 && n < merges.length)).toBe(true);
    // The range down 100 rows of 配合单位 is the last: its cells are given in ten slices while it is being read.
    expect(yields.filter((n) => n === merges.length - 1).length).toBeGreaterThanOrEqual(9);
  });

  it('gives nothing, and never yields, where the host tells no ranges', () => {
    const none = run(1, { name: '分工方案', grid });
    expect(none.yields).toEqual([]);
    expect(given(none.at)).toEqual([]);
  });
});
