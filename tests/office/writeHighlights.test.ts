import { addressLists } from '../../src/office/writeHighlights';

describe('addressLists', () => {
  it('keeps short lists whole and splits long ones at range boundaries', () => {
    expect(addressLists(['C5', 'E7:E9'])).toEqual(['C5,E7:E9']);
    expect(addressLists(['E3', 'E5', 'E7', 'E9'], 5)).toEqual(['E3,E5', 'E7,E9']);
    expect(addressLists([])).toEqual([]);
  });

  it('covers every range exactly once', () => {
    const ranges = Array.from({ length: 5000 }, (_, i) => `E${2 * i + 3}`);
    const lists = addressLists(ranges);
    expect(lists.every((list) => list.length <= 2000)).toBe(true);
    expect(lists.flatMap((list) => list.split(','))).toEqual(ranges);
  });
});
