// The role a header cell names, from the vocabulary of src/core/data/header-words.json: an exact name first (with and
// without a bracketed note: 牵头单位（部门）), then the first pattern the text fits (1-11月推进情况 is progress,
// 问题整改责任单位 the responsible units). Headers pasted from Word carry spaces and line breaks inside (序 号, 完成\n时限):
// both are stripped before looking names up.
import vocabulary from '../data/header-words.json';
import type { HeaderRole } from '../model';

export type { HeaderRole };

/** Longer cells are prose, not headers; skipping them keeps a scan over a wide sheet cheap. */
export const MAX_HEADER_LENGTH = 40;

interface Pattern {
  readonly role: HeaderRole;
  readonly startsWith?: readonly string[];
  readonly contains?: readonly string[];
  readonly endsWith?: readonly string[];
}

const ROLE_BY_NAME: ReadonlyMap<string, HeaderRole> = new Map(
  (Object.entries(vocabulary.names) as [HeaderRole, readonly string[]][]).flatMap(([role, names]) => names.map((name) => [normalizeHeader(name), role] as const)),
);
const PATTERNS = vocabulary.patterns as readonly Pattern[];
const NUMERIC_MEANING: ReadonlyMap<string, HeaderRole> = new Map(
  Object.entries(vocabulary.whenNumeric).filter(([name]) => name !== '//') as [string, HeaderRole][],
);
export const ROLE_WEIGHTS = vocabulary.weights as Readonly<Record<HeaderRole, number>>;

/** Text that a spreadsheet would take for a formula (=序号, +工作任务): a header never starts so. */
const FORMULA_LIKE = /^[=+@]/;

/** Header text without whitespace of any width, with half-width brackets. */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

function withoutBracketNote(normalized: string): string {
  return normalized.replace(/\([^)]*\)/g, '');
}

function fits(pattern: Pattern, text: string): boolean {
  return (
    (pattern.startsWith === undefined || pattern.startsWith.some((w) => text.startsWith(w))) &&
    (pattern.contains === undefined || pattern.contains.some((w) => text.includes(w))) &&
    (pattern.endsWith === undefined || pattern.endsWith.some((w) => text.endsWith(w)))
  );
}

/** The role a header cell names, or null for a column the vocabulary does not know (kept, never a reason to fail). */
export function roleOfHeader(text: string): HeaderRole | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH || FORMULA_LIKE.test(text)) return null;
  const normalized = normalizeHeader(text);
  const bare = withoutBracketNote(normalized);
  const named = ROLE_BY_NAME.get(normalized) ?? ROLE_BY_NAME.get(bare);
  if (named) return named;
  for (const candidate of [normalized, bare]) {
    const pattern = PATTERNS.find((p) => fits(p, candidate));
    if (pattern) return pattern.role;
  }
  return null;
}

/** The role a header takes when the cells under it are figures (目标任务 over 8000, 进度 over 22921), or null. */
export function numericRoleOfHeader(text: string): HeaderRole | null {
  const normalized = withoutBracketNote(normalizeHeader(text));
  const role = roleOfHeader(text);
  if (role === 'target' || role === 'actual' || role === 'rate') return role;
  return NUMERIC_MEANING.get(normalized) ?? null;
}
