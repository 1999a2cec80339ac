// Reads the units out of one lead or supporting cell. The rules, in the order they apply:
//  1. The cell is normalised (normalizePunctuation) and split at spaces, line breaks, 、 ， ；, never inside （）.
//  2. Trailing phrases that are no unit (等, 等单位, 按职责分工负责, ...; unit-cell-words.json) are dropped, and a
//     bracketed note at the end goes to `note`: 区统计局（数据统计评估牵头单位） is 区统计局. A piece that is only such a
//     phrase is dropped.
//  3. A registry spelling wins over everything below: 团委 is 团市委 (a registry alias), even after 马尾区党委.
//  4. A bare organ (政府, 人民政府, 区委, 党委, 党工委, 妇联, 商务局, ...) belongs to the place of the mention before it:
//     "马尾区区委、政府" is 马尾区区委 + 马尾区政府, and `written` is the expanded text. With no place before it, it is
//     read on its own (and is then mostly unknown).
//  5. Collective terms (统称 spellings, or the shape 各…单位 / 相关…部门) are 'collective', never unknown.
//  6. A district's place name (standard, alias or nonstandard; the longest that fits) followed by nothing or by an
//     organ is that district. After a short place name (马尾) only a known organ word counts, so 马尾船政 is no district.
//     `standardForm` is the proper spelling when the written one differs: 闽侯区委 → 闽侯县委, 福清市区委 → 福清市委,
//     鼓楼区党工委 → 鼓楼区委 (only 马尾区 has a 党工委), and also 鼓楼区区委 → 鼓楼区委 (the 区 is said once).
//  7. Anything else is 'unknown', with `suggestion` the nearest registry unit (closestName.ts) or null. An unknown
//     ending in a party or government organ still lends its place to a bare organ after it: 市工党工委、政府 gives
//     市工党工委 + 市工政府, two unknown mentions.
// Results are cached per registry and cell text: real tables repeat the same cells row after row.
import words from '../data/unit-cell-words.json';
import { memoize, memoizeByObject } from '../memoize';
import { collectivePlace } from './collectiveTerms';
import { isBareOrgan, placeBeforeGoverningOrgan, properOrganSpelling, readOrgan } from './districtOrgan';
import { normalizePunctuation } from './normalizePunctuation';
import { splitOutsideBrackets, splitTrailingNote } from './splitOutsideBrackets';
import type { UnitRegistry } from './unitRegistry';
import { COLLECTIVE_CATEGORY, DISTRICT_CATEGORY } from './unitCategories';

export type UnitStatus = 'known' | 'collective' | 'unknown';

export interface UnitMention {
  /** The mention as it stands after expansion: 马尾区政府 for the 政府 of "马尾区区委、政府". */
  readonly written: string;
  /** The standard name (every organ of a district counts as the district), or the cleaned text when not known. */
  readonly unit: string;
  readonly status: UnitStatus;
  readonly category: string | null;
  /** The district organ written after the place (区委, 党工委, 政府, 妇联, ...), null for anything else. */
  readonly organ: string | null;
  /** The proper full spelling when the written one resolves but is wrong or dated; null when it is right. */
  readonly standardForm: string | null;
  /** For unknown units, the nearest registry unit, or null when nothing is close. */
  readonly suggestion: string | null;
  /** A bracketed note written after the unit, without its brackets. */
  readonly note: string | null;
}

const SEPARATORS: ReadonlySet<string> = new Set([' ', '、', '，', '；']);
const TRAILING_PHRASES: readonly string[] = [...words.trailingPhrases].sort((a, b) => b.length - a.length);

interface Resolution {
  readonly mention: UnitMention;
  /** What a bare organ after this mention attaches to, or null. */
  readonly place: string | null;
}

interface Cleaned {
  readonly text: string;
  readonly note: string | null;
}

function stripTrailingPhrases(text: string): string {
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

function mention(fields: Partial<UnitMention> & Pick<UnitMention, 'written' | 'unit' | 'status'>): UnitMention {
  return Object.freeze({ category: null, organ: null, standardForm: null, suggestion: null, note: null, ...fields });
}

/** Resolves a cleaned piece with no note left on it, or returns null when it is not a unit the registry can place. */
function resolveName(text: string, note: string | null, registry: UnitRegistry): Resolution | null {
  const found = registry.find(text);
  if (found) {
    const { record } = found;
    const standardForm = found.nonstandard ? record.name : null;
    const status = record.category === COLLECTIVE_CATEGORY ? 'collective' : 'known';
    const place = record.category === DISTRICT_CATEGORY || status === 'collective' ? text : null;
    return { mention: mention({ written: text, unit: record.name, status, category: record.category, standardForm, note }), place };
  }
  if (registry.isCollective(text)) {
    const place = collectivePlace(text, registry.isCollective);
    const unit = registry.find(place)?.record.name ?? text;
    return { mention: mention({ written: text, unit, status: 'collective', category: COLLECTIVE_CATEGORY, note }), place };
  }
  const at = registry.placeAt(text);
  if (!at) return null;
  const organ = readOrgan(text.slice(at.place.length), at.place, !at.short);
  if (!organ) return null;
  const properPlace = at.nonstandard ? at.record.name : at.place;
  const proper = properOrganSpelling(properPlace, organ, registry.partyOrgans(at.record));
  return {
    mention: mention({
      written: text,
      unit: at.record.name,
      status: 'known',
      category: at.record.category,
      organ: organ.word,
      standardForm: proper === text ? null : proper,
      note,
    }),
    place: at.place,
  };
}

function clean(piece: string): Cleaned {
  let text = stripTrailingPhrases(piece);
  const notes: string[] = [];
  for (let split = splitTrailingNote(text); split; split = splitTrailingNote(text)) {
    notes.unshift(split.note);
    text = stripTrailingPhrases(split.name);
  }
  return { text, note: notes.length > 0 ? notes.join('；') : null };
}

function resolvePiece(piece: string, registry: UnitRegistry): Resolution | null {
  const whole = stripTrailingPhrases(piece);
  if (whole === '') return null;
  // A name may itself end in brackets (各县（市）区 does not, 各县（市、区） does): try it whole before taking notes off.
  const direct = registry.find(whole) || registry.isCollective(whole) ? resolveName(whole, null, registry) : null;
  if (direct) return direct;
  const { text, note } = clean(whole);
  if (text === '') return null;
  const resolved = resolveName(text, note, registry);
  if (resolved) return resolved;
  return {
    mention: mention({ written: text, unit: text, status: 'unknown', suggestion: registry.closestUnit(text), note }),
    place: placeBeforeGoverningOrgan(text),
  };
}

function parse(cell: string, registry: UnitRegistry, resolve: (key: string) => Resolution | null): readonly UnitMention[] {
  const mentions: UnitMention[] = [];
  let place: string | null = null;
  for (const piece of splitOutsideBrackets(normalizePunctuation(cell), SEPARATORS)) {
    const name = place === null ? '' : clean(piece).text;
    // The cheap organ-word test first: most pieces are no bare organ, and find() normalises its text.
    const bare: boolean = place !== null && isBareOrgan(name, place) && !registry.find(name);
    const resolution = resolve(bare ? place + piece : piece);
    if (!resolution) continue;
    mentions.push(resolution.mention);
    place = resolution.place;
  }
  return Object.freeze(mentions);
}

// One reader per registry, kept as long as the registry is: pieces and cells repeat within and across tables.
const readers = memoizeByObject((registry: UnitRegistry): ((cell: string) => readonly UnitMention[]) => {
  const resolve = memoize((key: string) => resolvePiece(key, registry));
  return memoize((cell: string) => parse(cell, registry, resolve));
});

/**
 * The registry's reader of unit cells: the same text gives the same frozen mentions each time, so that checks can
 * judge each parsed mention once. For callers that only read the result.
 */
export function unitCellReader(registry: UnitRegistry): (cell: string) => readonly UnitMention[] {
  return readers(registry);
}

/** The units a cell names, in the order written; see the rules at the top of this module. */
export function parseUnitCell(cell: string, registry: UnitRegistry): UnitMention[] {
  return [...readers(registry)(cell)];
}
