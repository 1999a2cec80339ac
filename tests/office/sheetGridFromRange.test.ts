import { sheetGridFromRange } from '../../src/office/sheetGridFromRange';

describe('sheetGridFromRange', () => {
  it('keeps the used range\'s position, empties as null, errors apart from text, date serials as dates', () => {
    const area = { top: 2, left: 1, rows: 3, columns: 3 };
    const grid = sheetGridFromRange('分工方案', {
      area,
      values: [
        ['序号', '完成时限', ''],
        [8, 45291, '#N/A'],
        ['#无效', 45291, true],
      ],
      formats: [{ area, numberFormat: [
        ['General', 'General', 'General'],
        ['General', 'yyyy"年"m"月"d"日"', 'General'],
        ['@', 'General', 'General'],
      ] }],
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

  it('reads a serial as a date only where a date format was loaded for its cell', () => {
    // Formats loaded for the deadline column only (sheet column C, rows 4-5), as a split read asks for them.
    const grid = sheetGridFromRange('分工方案', {
      area: { top: 2, left: 1, rows: 3, columns: 2 },
      values: [['序号', '完成时限'], [45291, 45291], [2, 45292]],
      formats: [{ area: { top: 3, left: 2, rows: 2, columns: 1 }, numberFormat: [['yyyy/m/d'], ['General']] }],
    });
    expect(grid.grid).toEqual([
      ['序号', '完成时限'],
      [45291, new Date(Date.UTC(2023, 11, 31))],
      [2, 45292],
    ]);
  });

  it('asks core\'s date rule: a time of day with AM/PM stays a number, a date with one is a date', () => {
    const area = { top: 0, left: 0, rows: 1, columns: 2 };
    const grid = sheetGridFromRange('分工方案', { area, values: [[45291.5, 45291.5]], formats: [{ area, numberFormat: [['h:mm AM/PM', 'yyyy/m/d h:mm AM/PM']] }] });
    expect(grid.grid).toEqual([[45291.5, new Date(Date.UTC(2023, 11, 31))]]);
  });

  it('reads no dates when no formats were loaded (the 单位名录 sheet)', () => {
    const grid = sheetGridFromRange('单位名录', { area: { top: 0, left: 0, rows: 2, columns: 2 }, values: [['标准名称', '成立日期'], ['市数据中心', 45291]], formats: [] });
    expect(grid.grid).toEqual([['标准名称', '成立日期'], ['市数据中心', 45291]]);
  });

  it('reads an empty sheet (a null used range) as an empty grid', () => {
    expect(sheetGridFromRange('Sheet1', null)).toEqual({ name: 'Sheet1', grid: [] });
  });
});
