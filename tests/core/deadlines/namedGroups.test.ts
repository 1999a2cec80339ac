import { namedMatches, namedPattern } from '../../../src/core/deadlines/namedGroups';

describe('namedPattern', () => {
  it('compiles named groups to plain ones and hands their values back by name', () => {
    const pattern = namedPattern('(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})日)?|(\\()(?<q>[1-4])', 'g');
    expect(pattern.regex.source).not.toContain('?<');
    expect(pattern.names).toEqual(['m', 'd', null, 'q']);
    expect(namedMatches(pattern, '7月底前，8月31日前；(3')).toEqual([
      { index: 0, text: '7月', groups: { m: '7' } },
      { index: 5, text: '8月31日', groups: { m: '8', d: '31' } },
      { index: 12, text: '(3', groups: { q: '3' } },
    ]);
  });

  it('leaves brackets inside character classes and escapes alone', () => {
    const pattern = namedPattern('[(](?<a>x)\\(', 'g');
    expect(pattern.names).toEqual(['a']);
    expect(namedMatches(pattern, '(x(')[0]?.groups).toEqual({ a: 'x' });
  });

  it('refuses a lookbehind, which has no ES2017 form', () => {
    expect(() => namedPattern('(?<!\\d)年底', 'g')).toThrow(/lookbehind/);
    expect(() => namedPattern('(?<=月)\\d', 'g')).toThrow(/lookbehind/);
  });
});
