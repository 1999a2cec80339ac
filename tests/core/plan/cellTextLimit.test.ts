import { ELLIPSIS, EXCEL_CELL_TEXT_LIMIT, joinWithinCell } from '../../../src/core/plan/cellTextLimit';

describe('joinWithinCell', () => {
  it('joins a short list whole, and nothing as an empty text', () => {
    expect(joinWithinCell(['1', '2', '3'], '、')).toBe('1、2、3');
    expect(joinWithinCell([], '、')).toBe('');
  });

  it('lets the last item fill the cell to the limit, with no ellipsis', () => {
    const items = ['x'.repeat(EXCEL_CELL_TEXT_LIMIT - 2), 'y'];
    expect(joinWithinCell(items, '、')).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
  });

  it('cuts after the last whole item that leaves room for the ellipsis', () => {
    const items = ['x'.repeat(EXCEL_CELL_TEXT_LIMIT - 3), 'y', 'z'];
    // x…x、y is 32,766 characters: with the ellipsis 32,767, within the cell.
    expect(joinWithinCell(items, '、')).toBe(`${items[0]}、y${ELLIPSIS}`);
    expect(joinWithinCell(['x'.repeat(EXCEL_CELL_TEXT_LIMIT - 2), 'y', 'z'], '、')).toBe(`${'x'.repeat(EXCEL_CELL_TEXT_LIMIT - 2)}${ELLIPSIS}`);
  });

  it('takes no item from a lazy list past the one that does not fit', () => {
    let taken = 0;
    function* numbers(): Generator<string> {
      for (let n = 1; n <= 100_000; n += 1) {
        taken += 1;
        yield String(n);
      }
    }
    const text = joinWithinCell(numbers(), '、');
    const listed = text.slice(0, -1).split('、');
    expect(text.endsWith(ELLIPSIS)).toBe(true);
    expect(listed).toEqual(listed.map((_, i) => String(i + 1)));
    // The one that did not fit, and the one after it that told it was not the last.
    expect(taken).toBe(listed.length + 2);
  });
});
