// The words around a unit's name in a cell that are no part of it (src/core/data/unit-cell-words.json):
//  - trailing phrases: 等, 等相关单位, 配合落实, 及有关部门 …, dropped;
//  - a role word after the unit, plain or bracketed: 市发改委牵头, 市商务局配合, 市财政局（牵头）; it says the unit's role
//    (lead, support, or none: 负责, 督办 leave the role to the column); a department word that ends in one (县政协办) is
//    the name;
//  - a label before it: 牵头单位：市工信局, 配合单位：市财政局; its role holds for the units after it too, up to the next
//    label (parseUnitCell decides how far a role word reaches).
import words from '../data/unit-cell-words.json';
import { DEPARTMENT_WORDS } from './unitForms';

/** A role the cell itself states for a unit, whatever column it stands in. */
export type StatedRole = 'lead' | 'support';

interface RoleWord {
  readonly word: string;
  readonly role: StatedRole | null;
}

type RoleLists = Readonly<Record<'lead' | 'support' | 'none', readonly string[]>>;

function roleWords(lists: RoleLists, form: (word: string) => string): RoleWord[] {
  const all = [
    ...lists.lead.map((word) => ({ word: form(word), role: 'lead' as const })),
    ...lists.support.map((word) => ({ word: form(word), role: 'support' as const })),
    ...lists.none.map((word) => ({ word: form(word), role: null })),
  ];
  return all.sort((a, b) => b.word.length - a.word.length);
}

const TRAILING_PHRASES: readonly string[] = [...words.trailingPhrases].sort((a, b) => b.length - a.length);
const ROLE_AFTER: readonly RoleWord[] = roleWords(words.statedRoles.after, (w) => w);
const ROLE_BRACKETED: readonly RoleWord[] = roleWords(words.statedRoles.after, (w) => `（${w}）`);
const LABELS: readonly RoleWord[] = roleWords(words.statedRoles.labels, (w) => `${w}${words.statedRoles.labelEnd}`);

/** The text without the trailing phrases that are no unit; '' when it is only such a phrase. */
export function stripTrailingPhrases(text: string): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const phrase of TRAILING_PHRASES) {
      if (current.length > phrase.length && current.endsWith(phrase)) {
        current = current.slice(0, -phrase.length).trim();
        changed = true;
      } else if (current === phrase) {
        return '';
      }
    }
  }
  return current;
}

export interface UnitWords {
  /** The name without its label, role words and trailing phrases ('' when the piece held none). */
  readonly text: string;
  /** The role the word after it states; null where it states none. */
  readonly role: StatedRole | null;
  /** The role word is bracketed (市财政局（牵头）): it is said of this unit alone, not of the list before it. */
  readonly roleOfItsOwn: boolean;
  /** The label before it: its role (null for 责任单位：), or undefined where the piece has no label. */
  readonly label: StatedRole | null | undefined;
}

/** Department words that end in a role word (政协办: 协办): a name ending in one of them states no role. */
const NAMES_ENDING_IN_ROLE_WORDS: readonly string[] = DEPARTMENT_WORDS.filter((name) => ROLE_AFTER.some((w) => name.length > w.word.length && name.endsWith(w.word)));

function roleWordAtEnd(text: string): { readonly word: RoleWord; readonly bracketed: boolean } | null {
  const bracketed = ROLE_BRACKETED.find((w) => text.endsWith(w.word));
  if (bracketed) return { word: bracketed, bracketed: true };
  if (NAMES_ENDING_IN_ROLE_WORDS.some((name) => text.endsWith(name))) return null;
  const plain = ROLE_AFTER.find((w) => text.endsWith(w.word));
  return plain ? { word: plain, bracketed: false } : null;
}

/** A normalised piece of a cell (normalizePunctuation) split into the name and the words around it. */
export function unitWords(piece: string): UnitWords {
  const label = LABELS.find((l) => piece.startsWith(l.word));
  let text = label ? piece.slice(label.word.length).trim() : piece;
  let outermost: { readonly word: RoleWord; readonly bracketed: boolean } | undefined;
  for (let changed = true; changed; ) {
    text = stripTrailingPhrases(text);
    const found = roleWordAtEnd(text);
    changed = found !== null;
    if (found === null) continue;
    // The outermost word says the role: 市财政局配合 of 市财政局（牵头）配合 would be a contradiction either way.
    outermost ??= found;
    text = text.slice(0, -found.word.word.length).trim();
  }
  return { text, role: outermost?.word.role ?? null, roleOfItsOwn: outermost?.bracketed ?? false, label: label?.role };
}
