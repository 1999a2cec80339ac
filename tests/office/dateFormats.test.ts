import { isDateFormat } from '../../src/office/dateFormats';

describe('isDateFormat', () => {
  it.each([
    'yyyy/m/d',
    'yyyy-mm-dd',
    'm/d/yyyy',
    'yyyy"年"m"月"d"日"',
    'm"月"d"日"',
    '[$-804]yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    'yyyy/m/d h:mm',
    'mmm-yy',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
  ])('reads %s as a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each(['General', '@', '0', '#,##0.00', '0.00E+00', '0%', 'h:mm', 'h:mm:ss', '[h]:mm', 'mm:ss', '"第"0"项"', '[Red]#,##0', '', '"d"0'])(
    'reads %s as no date',
    (format) => {
      expect(isDateFormat(format)).toBe(false);
    },
  );
});
