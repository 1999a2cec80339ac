// The organs of a district written after its place name (马尾区 + 党工委, 闽侯区 + 委, 福清市 + 政府) and the proper
// spelling of each. The words come from src/core/data/unit-cell-words.json; the party organ each district uses comes
// from its registry record (organs.party: the first is the proper one, the rest are also accepted). 党委 is the generic
// form and fine for every district.
//
// Why the proper spelling merges a level: a district's party committee is 鼓楼区委, not 鼓楼区区委, because the 区 of
// 区委 is the 区 of the place. So "委" right after a place ending in 区/县/市 is read as that level's 委.
import words from '../data/unit-cell-words.json';

export type OrganKind = 'party' | 'genericParty' | 'government' | 'department';

export interface OrganReading {
  readonly kind: OrganKind;
  /** The organ as a word of its own, its level restored: 闽侯区委 → 区委, 晋安区区党工委 → 区党工委. */
  readonly word: string;
  /** The organ without a redundant level (区政府 → 政府); for party organs, the word itself. */
  readonly core: string;
}

const LEVELS: readonly string[] = words.levels;
const LEVELLED_PARTY = words.partyOrgans.levelled;
const GENERIC_PARTY = words.partyOrgans.generic;
const WORKING_PARTY = words.partyOrgans.working;
const GOVERNMENT: readonly string[] = words.governmentOrgans;
const BARE_DEPARTMENTS: ReadonlySet<string> = new Set(words.bareDepartmentOrgans);

function splitLevel(text: string): { level: string; rest: string } {
  const first = text.charAt(0);
  return LEVELS.includes(first) && text.length > 1 ? { level: first, rest: text.slice(1) } : { level: '', rest: text };
}

/** Reads a party or government organ (区委, 党委, 党工委, 区党工委, 政府, 人民政府, ...), or null. */
function readGoverningOrgan(text: string, placeLevel: string): OrganReading | null {
  const { level, rest } = splitLevel(text);
  if (text === LEVELLED_PARTY) {
    return placeLevel ? { kind: 'party', word: placeLevel + LEVELLED_PARTY, core: placeLevel + LEVELLED_PARTY } : null;
  }
  if (level && rest === LEVELLED_PARTY) return { kind: 'party', word: text, core: text };
  if (rest === WORKING_PARTY) return { kind: 'party', word: text, core: text };
  if (rest === GENERIC_PARTY) return { kind: 'genericParty', word: text, core: GENERIC_PARTY };
  if (GOVERNMENT.includes(rest)) return { kind: 'government', word: text, core: rest };
  return null;
}

function levelOf(place: string): string {
  const last = place.charAt(place.length - 1);
  return LEVELS.includes(last) ? last : '';
}

/**
 * The organ written after a place. `anyDepartment`: whether any other text counts as one of the district's departments
 * (after a full place name) or only the known department words (after a short one like 马尾, where 马尾船政 is no organ).
 */
export function readOrgan(rest: string, place: string, anyDepartment: boolean): OrganReading | null {
  if (rest === '') return null;
  const governing = readGoverningOrgan(rest, levelOf(place));
  if (governing) return governing;
  const { level, rest: unlevelled } = splitLevel(rest);
  if (BARE_DEPARTMENTS.has(rest)) return { kind: 'department', word: rest, core: rest };
  if (level && BARE_DEPARTMENTS.has(unlevelled)) return { kind: 'department', word: rest, core: unlevelled };
  return anyDepartment ? { kind: 'department', word: rest, core: rest } : null;
}

/**
 * True for an organ standing alone in a cell ("马尾区区委、政府"), which then belongs to `place`, the place before it.
 * A department with a level (区妇联) only where the place has that level: after 马尾区, 市财政局 is the city's.
 */
export function isBareOrgan(token: string, place: string): boolean {
  if (token === LEVELLED_PARTY) return false;
  if (readGoverningOrgan(token, '') !== null || BARE_DEPARTMENTS.has(token)) return true;
  const { level, rest } = splitLevel(token);
  return level !== '' && level === levelOf(place) && BARE_DEPARTMENTS.has(rest);
}

/**
 * The place part of a text ending in a party or government organ (市工党工委 → 市工), or null. Where the organ could
 * start with a level or not (相关县（市）区党委), the level stays with the place, as 人民政府 stays whole.
 */
export function placeBeforeGoverningOrgan(text: string): string | null {
  let levelled: string | null = null;
  for (let cut = 1; cut < text.length; cut++) {
    const place = text.slice(0, cut);
    const organ = text.slice(cut);
    if (organ === LEVELLED_PARTY || !readGoverningOrgan(organ, levelOf(place))) continue;
    if (splitLevel(organ).level === '') return place;
    levelled ??= place;
  }
  return levelled;
}

/** The party organ of a district whose record does not say: the 委 of its level (区委, 县委, 市委), else 党委. */
export function defaultPartyOrgans(name: string): string[] {
  const level = levelOf(name);
  return [level ? level + LEVELLED_PARTY : GENERIC_PARTY];
}

function attach(place: string, organ: string): string {
  const { level, rest } = splitLevel(organ);
  return level && rest === LEVELLED_PARTY && levelOf(place) === level ? place + LEVELLED_PARTY : place + organ;
}

/**
 * The proper spelling of a district organ: the place as given (the caller passes the standard name when the written
 * place was nonstandard) followed by the right organ for that district.
 */
export function properOrganSpelling(place: string, organ: OrganReading, partyOrgans: readonly string[]): string {
  if (organ.kind === 'party') {
    const proper = partyOrgans.includes(organ.core) ? organ.core : (partyOrgans[0] ?? GENERIC_PARTY);
    return attach(place, proper);
  }
  return place + organ.core;
}
