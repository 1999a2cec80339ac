const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * Regex source that matches any of the literal words. Longest first: an alternation takes the first word that fits,
 * and 人次 must win over 人, 长期坚持 over 长期.
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&'))
    .join('|');
}
