import { MAX_EMPTY_COLUMNS, tableColumnCount } from '../../src/office/tableColumns';

const row = (width: number, filled: readonly number[]): string[] => Array.from({ length: width }, (_, c) => (filled.includes(c) ? 'x' : ''));

describe('tableColumnCount', () => {
  it('takes the columns holding something in the first rows, through short gaps', () => {
    expect(tableColumnCount([row(8, [0]), row(8, [0, 1, 2, 4])])).toBe(5);
    expect(tableColumnCount([row(20, [0, 1, 1 + MAX_EMPTY_COLUMNS + 1])])).toBe(1 + MAX_EMPTY_COLUMNS + 2);
  });

  it('stops at a wide run of empty columns, leaving a stray value far to the right out', () => {
    expect(tableColumnCount([row(16_384, [0, 16_383]), row(16_384, [0, 1, 2, 3, 4])])).toBe(5);
  });

  it('keeps empty columns before the table and takes at least one column', () => {
    expect(tableColumnCount([row(6, [3, 4])])).toBe(5);
    expect(tableColumnCount([row(3, [])])).toBe(1);
  });
});
