import { memoizeByObject } from '../memoize';
import type { UnitLexicon } from '../model';
import { normalizeProse } from './normalizeProse';

/** A unit named in normalized prose. */
export interface ProseMention {
  readonly start: number;
  readonly end: number;
  /** The standard name. */
  readonly unit: string;
}

interface Matcher {
  /** Any first character of a spelling: the scan jumps from one to the next. */
  readonly firstChars: RegExp | null;
  /** Spellings by their first character, longest first, each with its standard name. */
  readonly byFirst: ReadonlyMap<string, readonly { readonly spelling: string; readonly unit: string }[]>;
}

// Built once per lexicon. A regex alternation of hundreds of names is tried name by name at every position; the
// first-character index rules out almost every position with one map lookup.
const matcherOf = memoizeByObject((lexicon: UnitLexicon): Matcher => {
  const seen = new Set<string>();
  const byFirst = new Map<string, { spelling: string; unit: string }[]>();
  for (const name of lexicon.names) {
    const spelling = normalizeProse(name);
    const unit = lexicon.standardOf(name);
    if (spelling === '' || unit === null || seen.has(spelling)) continue;
    seen.add(spelling);
    const first = String.fromCodePoint(spelling.codePointAt(0) as number);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { spelling, unit }]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.spelling.length - a.spelling.length);
  return { firstChars: anyOf([...byFirst.keys()]), byFirst };
});

/**
 * A pattern matching any of `chars` (each one code point). Without the u flag, which Internet Explorer 11 (the ribbon's
 * oldest engine) refuses: characters of one UTF-16 unit go in a class, those written as a surrogate pair (rare CJK
 * such as 𬌗) as alternatives, so that a match is always a whole character.
 */
function anyOf(chars: readonly string[]): RegExp | null {
  if (chars.length === 0) return null;
  const single = chars.filter((c) => c.length === 1).map((c) => c.replace(/[\]\\^-]/g, '\\$&'));
  const paired = chars.filter((c) => c.length > 1);
  const alternatives = [...(single.length > 0 ? [`[${single.join('')}]`] : []), ...paired];
  return new RegExp(alternatives.join('|'), 'g');
}

/** The lexicon's units named in `text` (normalized with normalizeProse), left to right, the longest spelling winning. */
export function findUnitMentions(text: string, lexicon: UnitLexicon): ProseMention[] {
  const { firstChars, byFirst } = matcherOf(lexicon);
  const mentions: ProseMention[] = [];
  if (firstChars === null) return mentions;
  firstChars.lastIndex = 0;
  for (let hit = firstChars.exec(text); hit !== null; hit = firstChars.exec(text)) {
    const at = hit.index;
    const found = byFirst.get(hit[0])?.find((c) => text.startsWith(c.spelling, at));
    if (found) {
      mentions.push({ start: at, end: at + found.spelling.length, unit: found.unit });
      firstChars.lastIndex = at + found.spelling.length;
    }
  }
  return mentions;
}
