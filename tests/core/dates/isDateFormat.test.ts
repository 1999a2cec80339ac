import { isDateFormat } from '../../../src/core/dates/isDateFormat';
import builtin from '../../../src/xlsx/data/builtinNumberFormats.json';

describe('isDateFormat', () => {
  it('tells the dates among Excel’s built-in formats, the zh-CN ones included, from times and numbers', () => {
    const formats: Record<string, string> = builtin.formats;
    const dates = Object.keys(formats).filter((id) => isDateFormat(formats[id])).map(Number);
    expect(dates).toEqual([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);
  });

  it('reads custom formats as Excel shows them', () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat('h:mm AM/PM')).toBe(false);
    expect(isDateFormat('[h]:mm:ss')).toBe(false);
    expect(isDateFormat('#,##0.00"万元"')).toBe(false);
    expect(isDateFormat('0.00E+00')).toBe(false);
    expect(isDateFormat('@')).toBe(false);
  });
});
