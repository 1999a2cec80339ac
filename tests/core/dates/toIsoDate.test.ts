import { toIsoDate } from '../../../src/core/dates/toIsoDate';

describe('toIsoDate', () => {
  it('gives the UTC calendar day, whatever the machine time zone', () => {
    expect(toIsoDate(new Date(Date.UTC(2023, 6, 31)))).toBe('2023-07-31');
    expect(toIsoDate(new Date(Date.UTC(2023, 11, 31, 23, 59, 59)))).toBe('2023-12-31');
    expect(toIsoDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it('refuses an Invalid Date rather than printing NaN', () => {
    expect(() => toIsoDate(new Date(NaN))).toThrow(RangeError);
  });
});
