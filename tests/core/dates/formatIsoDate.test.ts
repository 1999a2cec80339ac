import { formatIsoDate } from '../../../src/core/dates/formatIsoDate';

describe('formatIsoDate', () => {
  it('pads month, day and year', () => {
    expect(formatIsoDate({ year: 2023, month: 7, day: 1 })).toBe('2023-07-01');
    expect(formatIsoDate({ year: 2023, month: 12, day: 31 })).toBe('2023-12-31');
    expect(formatIsoDate({ year: 99, month: 1, day: 2 })).toBe('0099-01-02');
  });
});
