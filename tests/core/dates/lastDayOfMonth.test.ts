import { lastDayOfMonth } from '../../../src/core/dates/lastDayOfMonth';

describe('lastDayOfMonth', () => {
  it('knows the long and short months', () => {
    expect(lastDayOfMonth(2023, 7)).toBe(31);
    expect(lastDayOfMonth(2023, 11)).toBe(30);
    expect(lastDayOfMonth(2023, 12)).toBe(31);
  });

  it('gives February 29 days only in leap years', () => {
    expect(lastDayOfMonth(2023, 2)).toBe(28);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
  });

  it('refuses a month outside 1..12', () => {
    expect(() => lastDayOfMonth(2023, 13)).toThrow(RangeError);
    expect(() => lastDayOfMonth(2023, 0)).toThrow(RangeError);
  });
});
