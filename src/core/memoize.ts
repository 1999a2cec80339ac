// One check meets the same cell texts, header names and parsed mentions thousands of times in a long table; these
// caches live as long as the function they return, so nothing outlives a check unless its caller keeps it.

interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

function memoizeIn<K, V>(cache: Cache<K, V>, compute: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** `compute` run once per distinct key (compared with SameValueZero, as Map does). `compute` must not return undefined. */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  return memoizeIn(new Map<K, V>(), compute);
}

/** `compute` run once per object key, without keeping the keys alive. */
export function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  return memoizeIn(new WeakMap<K, V>(), compute);
}

/**
 * As `memoize`, for a cache that lives as long as a task pane: once it holds `limit` keys it forgets them all, so it
 * never keeps every text it ever saw. Forgetting all at once costs less than tracking which key is oldest.
 */
export function memoizeBounded<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const map = new Map<K, V>();
  return memoizeIn(
    {
      get: (key) => map.get(key),
      set: (key, value) => {
        if (map.size >= limit) map.clear();
        map.set(key, value);
      },
    },
    compute,
  );
}
