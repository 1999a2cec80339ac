// Splits a normalised text at separators that stand outside brackets: the 、 in 各县（市、区） belongs to the name, the 、
// in 市财政局、市商务局 separates two units.

const OPEN = '（';
const CLOSE = '）';

/**
 * The non-empty, trimmed pieces of `text` between separator characters found outside （）. Separators are single
 * UTF-16 characters, so cutting at their indices never splits a character; slices avoid building each piece a
 * character at a time.
 */
export function splitOutsideBrackets(text: string, separators: ReadonlySet<string>): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === OPEN) depth++;
    else if (char === CLOSE && depth > 0) depth--;
    if (depth === 0 && separators.has(char)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Splits a trailing bracketed note off a name: 区统计局（数据统计评估牵头单位） → 区统计局 + 数据统计评估牵头单位.
 * Returns null when the text does not end in a bracket group or the group is the whole text.
 */
export function splitTrailingNote(text: string): { readonly name: string; readonly note: string } | null {
  if (!text.endsWith(CLOSE)) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text.charAt(i);
    if (char === CLOSE) depth++;
    else if (char === OPEN && --depth === 0) {
      const name = text.slice(0, i).trim();
      return name === '' ? null : { name, note: text.slice(i + 1, -1).trim() };
    }
  }
  return null;
}
