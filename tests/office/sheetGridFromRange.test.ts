import { sheetGridFromRange } from '../../src/office/sheetGridFromRange';

describe('sheetGridFromRange', () => {
  it('keeps the used range\'s position, empties as null, errors apart from text, date serials as dates', () => {
    const grid = sheetGridFromRange('分工方案', {
      rowIndex: 2,
      columnIndex: 1,
      values: [
        ['序号', '完成时限', ''],
        [8, 45291, '#N/A'],
        ['#无效', 45291, true],
      ],
      numberFormat: [
        ['General', 'General', 'General'],
        ['General', 'yyyy"年"m"月"d"日"', 'General'],
        ['@', 'General', 'General'],
      ],
    });
    expect(grid).toEqual({
      name: '分工方案',
      firstRow: 3,
      firstColumn: 2,
      grid: [
        ['序号', '完成时限', null],
        [8, new Date(Date.UTC(2023, 11, 31)), { error: '#N/A' }],
        ['#无效', 45291, true],
      ],
    });
  });

  it('reads an empty sheet (a null used range) as an empty grid', () => {
    expect(sheetGridFromRange('Sheet1', null)).toEqual({ name: 'Sheet1', grid: [] });
  });
});
