import { daysBetween } from '../../../src/core/dates/daysBetween';

describe('daysBetween', () => {
  it('counts whole days forwards and backwards', () => {
    expect(daysBetween('2023-11-16', '2023-11-30')).toBe(14);
    expect(daysBetween('2023-11-30', '2023-11-16')).toBe(-14);
    expect(daysBetween('2023-07-31', '2023-07-31')).toBe(0);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
  });

  it('keeps years below 100 where they are', () => {
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(daysBetween('0001-01-01', '2001-01-01')).toBe(730485);
  });

  it('refuses malformed dates', () => {
    expect(() => daysBetween('2023-02-30', '2023-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2023-03-01', '2023/03/02')).toThrow(RangeError);
  });
});
