// Spelling suggestions for unit names nobody registered. Unit names are short (3 to 12 characters) and typos in them are
// whole characters (市商务厅 for 市商务局), so plain Levenshtein distance over characters serves; a suggestion further
// away than half the name would be a guess, not a correction.

/** Levenshtein distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** The largest distance still taken for a typo of `query`: half its length, rounded up. */
export function suggestionLimit(query: string): number {
  return Math.ceil(Array.from(query).length / 2);
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The candidate nearest to `query`, or null when none is within `suggestionLimit(query)`. Ties go to the candidate that
 * shares the longer beginning with the query (names differ mostly at their end: 市工信局, 市工商联), then to the
 * earlier candidate, so the result does not depend on anything but the candidates' order.
 */
export function closestName(query: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = suggestionLimit(query);
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const distance = editDistance(query, candidate, bestDistance);
    if (distance > bestDistance) continue;
    const prefix = commonPrefixLength(query, candidate);
    if (best === null || distance < bestDistance || prefix > bestPrefix) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return best;
}
