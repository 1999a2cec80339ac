import { excelSerialToDate } from '../../../src/core/dates/excelSerialToDate';
import { toIsoDate } from '../../../src/core/dates/toIsoDate';

const isoOf = (serial: number) => toIsoDate(excelSerialToDate(serial));

describe('excelSerialToDate', () => {
  it('reads serials of the seed plan year as Excel shows them', () => {
    expect(isoOf(45138)).toBe('2023-07-31');
    expect(isoOf(45291)).toBe('2023-12-31');
    expect(isoOf(45350)).toBe('2024-02-28');
    expect(isoOf(45351)).toBe('2024-02-29');
    expect(isoOf(36526)).toBe('2000-01-01');
  });

  it('counts the early 1900 serials correctly around the 1900 leap-year bug', () => {
    expect(isoOf(1)).toBe('1900-01-01');
    expect(isoOf(59)).toBe('1900-02-28');
    expect(isoOf(60)).toBe('1900-02-28');
    expect(isoOf(61)).toBe('1900-03-01');
  });

  it('returns the date at UTC midnight and drops the time of day', () => {
    const date = excelSerialToDate(45138.75);
    expect(date.getTime()).toBe(Date.UTC(2023, 6, 31));
  });

  it('gives an Invalid Date for serials Excel cannot show', () => {
    expect(Number.isNaN(excelSerialToDate(0).getTime())).toBe(true);
    expect(Number.isNaN(excelSerialToDate(-5).getTime())).toBe(true);
    expect(Number.isNaN(excelSerialToDate(Number.NaN).getTime())).toBe(true);
    expect(Number.isNaN(excelSerialToDate(2958466).getTime())).toBe(true);
    expect(isoOf(2958465)).toBe('9999-12-31');
  });
});
