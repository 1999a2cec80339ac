// Named capture groups ((?<name>…)) and lookbehinds are ES2018: EdgeHTML 18, the oldest webview the add-in runs in
// (docs/deploy.md), refuses such a pattern when it is compiled. Patterns keep their names for readability and are
// compiled here into plain groups, the names kept aside; lookbehinds are refused, so they never reach a bundle.

export type Groups = Partial<Record<string, string>>;

export interface NamedPattern {
  readonly regex: RegExp;
  /** The name of each capturing group in order; null for an unnamed one. */
  readonly names: readonly (string | null)[];
}

export interface NamedMatch {
  readonly index: number;
  readonly text: string;
  readonly groups: Groups;
}

const NAMED_GROUP = /^\(\?<([A-Za-z_$][\w$]*)>/;

/** Compiles `source` (with named groups) to an ES2017 RegExp. Throws on a lookbehind, which has no ES2017 form. */
export function namedPattern(source: string, flags: string): NamedPattern {
  const names: (string | null)[] = [];
  let plain = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    if (char === '\\') {
      plain += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      plain += char;
      continue;
    }
    if (char === '[') inClass = true;
    if (char === '(') {
      const rest = source.slice(i);
      const named = NAMED_GROUP.exec(rest);
      if (named) {
        names.push(named[1] as string);
        plain += '(';
        i += named[0].length - 1;
        continue;
      }
      if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) throw new Error(`lookbehind in pattern: ${source}`);
      if (!rest.startsWith('(?')) names.push(null);
    }
    plain += char;
  }
  return { regex: new RegExp(plain, flags), names };
}

/** Every match of a global pattern, left to right, with its named groups (those that took part). */
export function namedMatches(pattern: NamedPattern, text: string): NamedMatch[] {
  const { regex, names } = pattern;
  const matches: NamedMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0] === '') regex.lastIndex += 1;
    const groups: Groups = {};
    names.forEach((name, i) => {
      const value = match?.[i + 1];
      if (name !== null && value !== undefined) groups[name] = value;
    });
    matches.push({ index: match.index, text: match[0], groups });
  }
  return matches;
}
