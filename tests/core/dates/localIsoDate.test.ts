import { localIsoDate } from '../../../src/core/dates/localIsoDate';

describe('localIsoDate', () => {
  it("takes the user's calendar day, not UTC's", () => {
    expect(localIsoDate(new Date(2023, 10, 20, 23, 59))).toBe('2023-11-20');
    expect(localIsoDate(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
    expect(localIsoDate(new Date(2024, 1, 29, 12, 0))).toBe('2024-02-29');
  });
});
