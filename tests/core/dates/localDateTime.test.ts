import { localDateTime } from '../../../src/core/dates/localDateTime';

describe('localDateTime', () => {
  it("gives the user's calendar day and minute, as the sheets say when they were made", () => {
    expect(localDateTime(new Date(2023, 10, 21, 9, 5, 59))).toBe('2023-11-21 09:05');
    expect(localDateTime(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01 00:00');
  });
});
