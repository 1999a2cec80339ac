import { memoize, memoizeBounded, memoizeByObject } from '../../src/core/memoize';

describe('memoize', () => {
  it('computes once per distinct key and returns the same value after', () => {
    const seen: string[] = [];
    const shout = memoize((text: string) => {
      seen.push(text);
      return { text: text.toUpperCase() };
    });
    const first = shout('abc');
    expect(shout('abc')).toBe(first);
    expect(shout('xyz').text).toBe('XYZ');
    expect(seen).toEqual(['abc', 'xyz']);
  });

  it('remembers null results too', () => {
    let calls = 0;
    const nothing = memoize((_: number) => {
      calls += 1;
      return null;
    });
    expect(nothing(1)).toBeNull();
    expect(nothing(1)).toBeNull();
    expect(calls).toBe(1);
  });

  it('keys objects by identity, not by content', () => {
    let calls = 0;
    const size = memoizeByObject((o: { readonly items: readonly number[] }) => {
      calls += 1;
      return o.items.length;
    });
    const a = { items: [1, 2] };
    expect(size(a)).toBe(2);
    expect(size(a)).toBe(2);
    expect(size({ items: [1, 2] })).toBe(2);
    expect(calls).toBe(2);
  });

  it('bounded: computes once per key until the limit, then forgets every key and starts again', () => {
    const seen: string[] = [];
    const day = memoizeBounded(2, (iso: string) => {
      seen.push(iso);
      return Number(iso.slice(8));
    });
    expect([day('2023-11-20'), day('2023-11-30'), day('2023-11-20')]).toEqual([20, 30, 20]);
    expect(seen).toEqual(['2023-11-20', '2023-11-30']);
    expect(day('2023-12-31')).toBe(31);
    expect(day('2023-12-31')).toBe(31);
    expect(day('2023-11-20')).toBe(20);
    expect(seen).toEqual(['2023-11-20', '2023-11-30', '2023-12-31', '2023-11-20']);
  });
});
