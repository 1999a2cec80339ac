// Matching header cells to column roles. Headers pasted from Word carry spaces and line breaks inside ("序 号",
// "完成\n时限") and notes in brackets ("牵头单位（部门）"), so both are stripped before looking names up.
import { COLUMN_SYNONYMS, IGNORED_HEADERS, STATUS_HEADER_PATTERN, type HeaderRole } from './columnSynonyms';

/** Longer cells are prose, not headers; skipping them keeps a scan over a wide sheet cheap. */
export const MAX_HEADER_LENGTH = 40;

const ROLE_BY_NAME: ReadonlyMap<string, HeaderRole> = new Map(
  (Object.entries(COLUMN_SYNONYMS) as [HeaderRole, readonly string[]][]).flatMap(([role, names]) => names.map((name) => [name, role] as const)),
);
const IGNORED = new Set(IGNORED_HEADERS);

/** Header text without whitespace of any width, with half-width brackets. */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

function withoutBracketNote(normalized: string): string {
  return normalized.replace(/\([^)]*\)/g, '');
}

/** The role a header cell names, 'ignore' for known columns of no use, or null for anything else. */
export function roleOfHeader(text: string): HeaderRole | 'ignore' | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  const normalized = normalizeHeader(text);
  for (const candidate of [normalized, withoutBracketNote(normalized)]) {
    const role = ROLE_BY_NAME.get(candidate);
    if (role) return role;
    if (IGNORED.has(candidate)) return 'ignore';
    if (STATUS_HEADER_PATTERN.test(candidate)) return 'status';
  }
  return null;
}
