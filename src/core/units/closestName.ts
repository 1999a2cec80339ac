// Spelling suggestions for unit names nobody registered. Unit names are short (3 to 12 characters) and typos in them are
// whole characters (市商务厅 for 市商务局), so plain Levenshtein distance over characters serves; a suggestion further
// away than half the name would be a guess, not a correction. Characters are UTF-16 code units: unit names are CJK of
// the Basic Multilingual Plane.

/** Levenshtein distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Characters a candidate must share with the start of the query to be taken as the same name misspelt further. */
const STEM = 2;

/**
 * The largest distance still taken for a typo of `query`: half its length, rounded down, or rounded up for a candidate
 * that starts like the query (市工党工委 and 市工商联 share their stem; 西吉县 and 闽侯县 share only the 县).
 */
export function suggestionLimit(query: string, sharesStem: boolean): number {
  return sharesStem ? Math.ceil(query.length / 2) : Math.floor(query.length / 2);
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Candidates prepared once for many queries: which candidates hold each character. */
export interface NameIndex {
  readonly names: readonly string[];
  readonly holders: ReadonlyMap<number, readonly number[]>;
}

export function nameIndex(names: readonly string[]): NameIndex {
  const holders = new Map<number, number[]>();
  names.forEach((name, i) => {
    const codes = new Set<number>();
    for (let k = 0; k < name.length; k++) codes.add(name.charCodeAt(k));
    for (const code of codes) {
      const list = holders.get(code);
      if (list) list.push(i);
      else holders.set(code, [i]);
    }
  });
  return { names, holders };
}

/**
 * How many characters of the query each candidate holds. It bounds the distance from below at no cost of a table:
 * every character of the longer text that the other lacks needs an edit, and most candidates share no more than 市
 * with a query.
 */
function sharedCharacters(query: string, index: NameIndex): Int32Array {
  const shared = new Int32Array(index.names.length);
  for (let i = 0; i < query.length; i++) {
    for (const holder of index.holders.get(query.charCodeAt(i)) ?? []) shared[holder]!++;
  }
  return shared;
}

/**
 * The candidate nearest to `query`, or null when none is within `suggestionLimit`. Ties go to the candidate that shares
 * the longer beginning with the query (names differ mostly at their end: 市工信局, 市工商联), then to the earlier
 * candidate, so the result does not depend on anything but the candidates' order.
 */
export function closestName(query: string, candidates: readonly string[] | NameIndex): string | null {
  const index = Array.isArray(candidates) ? nameIndex(candidates) : (candidates as NameIndex);
  const shared = sharedCharacters(query, index);
  let best: string | null = null;
  let bestDistance = suggestionLimit(query, true);
  let bestPrefix = -1;
  for (let i = 0; i < index.names.length; i++) {
    const candidate = index.names[i]!;
    if (Math.max(query.length, candidate.length) - Math.min(shared[i]!, candidate.length) > bestDistance) continue;
    const prefix = commonPrefixLength(query, candidate);
    const limit = Math.min(bestDistance, suggestionLimit(query, prefix >= STEM));
    const distance = editDistance(query, candidate, limit);
    if (distance > limit) continue;
    if (best === null || distance < bestDistance || prefix > bestPrefix) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return best;
}
