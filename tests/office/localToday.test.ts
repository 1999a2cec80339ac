import { localToday } from '../../src/office/localToday';

describe('localToday', () => {
  it("takes the user's calendar day, not UTC's", () => {
    expect(localToday(new Date(2023, 10, 20, 23, 59))).toBe('2023-11-20');
    expect(localToday(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
  });
});
