import { isDateFormat } from '../../../src/core/dates/isDateFormat';
import builtin from '../../../src/xlsx/data/builtinNumberFormats.json';

// One rule for both hosts: the file reader (by a style's format code) and Excel (by Range.numberFormat) ask it.
describe('isDateFormat', () => {
  it('tells the dates among Excel’s built-in formats, the zh-CN ones included, from times and numbers', () => {
    const formats: Record<string, string> = builtin.formats;
    const dates = Object.keys(formats).filter((id) => isDateFormat(formats[id])).map(Number);
    expect(dates).toEqual([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);
  });

  it.each([
    'yyyy/m/d',
    'yyyy-mm-dd',
    'm/d/yyyy',
    'yyyy"年"m"月"d"日"',
    'm"月"d"日"',
    '[$-804]yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    'yyyy/m/d h:mm',
    'yyyy/m/d h:mm AM/PM',
    'mmm-yy',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
  ])('reads %s as a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General',
    '@',
    '0',
    '#,##0.00',
    '#,##0.00"万元"',
    '0.00E+00',
    '0%',
    'h:mm',
    'h:mm:ss',
    'h:mm AM/PM',
    'h:mm:ss A/P',
    '[h]:mm',
    '[h]:mm:ss',
    'mm:ss',
    '"第"0"项"',
    '[Red]#,##0',
    '',
    '"d"0',
  ])('reads %s as no date', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
