import { parseIsoDate } from '../../../src/core/dates/parseIsoDate';

describe('parseIsoDate', () => {
  it('reads a YYYY-MM-DD day into numbers', () => {
    expect(parseIsoDate('2023-07-31')).toEqual({ year: 2023, month: 7, day: 31 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses days the calendar does not have', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-04-31')).toBeNull();
    expect(parseIsoDate('2023-13-01')).toBeNull();
    expect(parseIsoDate('2023-00-10')).toBeNull();
  });

  it('refuses every other spelling, so that callers can trust the format', () => {
    expect(parseIsoDate('2023-7-31')).toBeNull();
    expect(parseIsoDate('2023/07/31')).toBeNull();
    expect(parseIsoDate(' 2023-07-31')).toBeNull();
    expect(parseIsoDate('2023-07-31T00:00:00Z')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});
