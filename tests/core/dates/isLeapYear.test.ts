import { isLeapYear } from '../../../src/core/dates/isLeapYear';

describe('isLeapYear', () => {
  it('follows the Gregorian rule for the century years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
  });
});
