import { isValidCalendarDate } from '../../../src/core/dates/isValidCalendarDate';

describe('isValidCalendarDate', () => {
  it('accepts real days and refuses days a month does not have', () => {
    expect(isValidCalendarDate(2023, 11, 30)).toBe(true);
    expect(isValidCalendarDate(2023, 11, 31)).toBe(false);
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
  });

  it('refuses zero, fractions and out-of-range parts', () => {
    expect(isValidCalendarDate(2023, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 1, 0)).toBe(false);
    expect(isValidCalendarDate(2023, 1.5, 1)).toBe(false);
    expect(isValidCalendarDate(0, 1, 1)).toBe(false);
    expect(isValidCalendarDate(10000, 1, 1)).toBe(false);
  });
});
