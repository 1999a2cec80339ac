import { countOf, formatCount } from '../../../src/core/messages/formatCount';

describe('formatCount', () => {
  it('separates thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(48633)).toBe('48,633');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('agrees the English noun with the number', () => {
    expect(countOf(0, 'finding', 'findings')).toBe('0 findings');
    expect(countOf(1, 'finding', 'findings')).toBe('1 finding');
    expect(countOf(2, 'day', 'days')).toBe('2 days');
    expect(countOf(12000, 'cell', 'cells')).toBe('12,000 cells');
  });
});
