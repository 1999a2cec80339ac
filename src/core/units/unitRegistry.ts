// The units a table may name, with their spellings: the built-in Fuzhou registry (src/core/data/fuzhou-units.json),
// extended and overridden by a workbook's 单位名录 sheet (see registrySheet.ts). Lookups take normalised text
// (normalizePunctuation) and never guess: spelling suggestions for unknown names are a separate, explicit call.
import type { UnitLexicon } from '../model';
import builtinRecords from '../data/fuzhou-units.json';
import words from '../data/unit-cell-words.json';
import { memoize } from '../memoize';
import { divisionsNamed, placeAtStart } from '../places/divisions';
import { closestName, nameIndex } from './closestName';
import { collectiveTest } from './collectiveTerms';
import { defaultPartyOrgans } from './districtOrgan';
import { departmentForm, levelWordAt } from './unitForms';
import { normalizePunctuation } from './normalizePunctuation';
import { COLLECTIVE_CATEGORY, DISTRICT_CATEGORY } from './unitCategories';

export { registryRecordsFromGrid } from './registrySheet';
export { DEPARTMENT_WORDS } from './unitForms';

/** Characters that name a level: one of them written for another is a different unit, never a typo (团区委, 团市委). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(words.levelWords.filter((w) => w.length === 1));

export interface UnitOrgans {
  /** The party organs a district uses: the first is the proper one (区委, 县委, 市委, 党工委), the rest also accepted. */
  readonly party: readonly string[];
}

export interface UnitRecord {
  /** 标准名称: the name summaries use. */
  readonly name: string;
  /** 类别: 区县, 市直部门, 群团, 媒体, 工作组, 统称, ... */
  readonly category: string;
  /** 别名: other spellings; for a 区县, place names (马尾, 闽侯区). */
  readonly aliases: readonly string[];
  /** 不规范写法: spellings that resolve to this unit but are wrong or dated (市商务委, 闽侯区); may repeat aliases. */
  readonly nonstandard: readonly string[];
  /** Only for a 区县; when absent, derived from the name (区 → 区委, 县 → 县委, 市 → 市委). */
  readonly organs?: UnitOrgans;
  /** 备注. */
  readonly note: string;
}

export const BUILTIN_UNIT_RECORDS: readonly UnitRecord[] = builtinRecords;

export interface SpellingMatch {
  readonly record: UnitRecord;
  /** The spelling is one of the record's `nonstandard` ones. */
  readonly nonstandard: boolean;
}

export interface PlaceMatch extends SpellingMatch {
  /** The place as written at the start of the text. */
  readonly place: string;
  /** A place name without its 区/县/市 (马尾 for 马尾区), trusted only where nothing else can be meant. */
  readonly short: boolean;
}

export interface UnitRegistry {
  readonly records: readonly UnitRecord[];
  /** Standard names of category 区县, in registry order. */
  districts(): string[];
  /** The category of a unit given by any of its spellings, or null for names the registry does not know. */
  categoryOf(name: string): string | null;
  /** Every spelling worth finding in prose, longest first (see unitLexicon below for short place names). */
  lexicon(): UnitLexicon;
  isCollective(text: string): boolean;
  /** The unit a whole text spells, directly or with the city's name in front (福州市 + 市工信局). */
  find(spelling: string): SpellingMatch | null;
  /** The district whose place name (longest first) starts `text`. */
  placeAt(text: string): PlaceMatch | null;
  /** The standard name of the unit spelled closest to `text` (closestName.ts), or null when none is close. */
  closestUnit(text: string): string | null;
  /**
   * The standard name of a unit spelled one character off `text` (市人设局 for 市人社局): same length, same first
   * character, the difference neither there nor in the last `endingLength` characters (市经信局 is no typo of 市经信委).
   * Else, where the reference has department words, a level or place and a word one off exactly one of them, the same
   * way (区人设局 → 区人社局; see SpellingReference).
   */
  nearMiss(text: string, endingLength: number): string | null;
  /**
   * nearMiss's second half alone: a level or place and a word one off exactly one of China's department words. A
   * place's department one off a registry unit of another place (福清市商务局, 福州市商务局) is no typo.
   */
  departmentTypo(text: string, endingLength: number): string | null;
  /** The party organs `district` uses (its record's, else derived from its name). */
  partyOrgans(district: UnitRecord): readonly string[];
}

interface Spelling {
  readonly text: string;
  readonly match: SpellingMatch;
}

function spellingsOf(record: UnitRecord): Spelling[] {
  const nonstandard = new Set(record.nonstandard.map(normalizePunctuation));
  const texts = [record.name, ...record.aliases, ...record.nonstandard].map(normalizePunctuation).filter((t) => t !== '');
  return [...new Set(texts)].map((text) => ({ text, match: { record, nonstandard: text !== record.name && nonstandard.has(text) } }));
}

/** A district alias that is its name without the final 区/县/市. */
function isShortPlace(record: UnitRecord, spelling: string): boolean {
  return spelling.length < record.name.length && record.name.startsWith(spelling);
}

/**
 * The city's own name, as it prefixes full spellings of city units (福州 in 福州市商务局 for 市商务局), learnt from the
 * registry's aliases rather than written down, so that another city's registry works the same way.
 */
function cityPrefixes(records: readonly UnitRecord[]): string[] {
  const prefixes = new Set<string>();
  for (const record of records) {
    if (!record.name.startsWith('市')) continue;
    for (const alias of record.aliases) {
      if (alias.length > record.name.length && alias.endsWith(record.name)) prefixes.add(alias.slice(0, -record.name.length));
    }
  }
  return [...prefixes];
}

/**
 * The city a registry's units belong to (福州市 for the built-in one), from the city name its units' full spellings
 * carry (福州市商务局), or null when they carry none.
 */
export function registryCity(records: readonly UnitRecord[]): string | null {
  for (const prefix of cityPrefixes(records)) {
    const city = [prefix, `${prefix}市`].find((name) => divisionsNamed(name).some((d) => d.level === 'city'));
    if (city !== undefined) return city;
  }
  return null;
}

/**
 * Short place names (马尾, 闽侯) go into the lexicon only when no other unit's spelling contains them: where one does
 * (a unit 马尾船政管委会), "马尾船政" in prose would be credited to 马尾区. Longer spellings are matched first anyway.
 */
function buildLexicon(spellings: readonly Spelling[]): UnitLexicon {
  const standard = new Map<string, string>();
  for (const { text, match } of spellings) {
    const { record } = match;
    if (record.category === COLLECTIVE_CATEGORY || standard.has(text)) continue;
    if (record.category === DISTRICT_CATEGORY && isShortPlace(record, text)) {
      const clash = spellings.some((s) => s.match.record !== record && s.text.includes(text));
      if (clash) continue;
    }
    standard.set(text, record.name);
  }
  const names = [...standard.keys()].sort((a, b) => b.length - a.length);
  return { names, standardOf: (name) => standard.get(name) ?? null };
}

/**
 * Names of units elsewhere, for suggestions only: a unit a table writes is never resolved to one of them (never renamed
 * nor given their category), but a text one character off one is taken as misspelt.
 */
export interface SpellingReference {
  /** Whole spellings (市工商联), suggested for a text that fits no form (closestUnit). */
  readonly spellings: readonly string[];
  /**
   * Department words written after a level or place (人社局 of 区人社局): a department whose word is none of them but
   * one character off exactly one is a typo of it (nearMiss; 区人设局 → 区人社局). A word listed is never a typo, however
   * close another is (体育局 and 教育局, 残联 and 妇联).
   */
  readonly departmentWords: readonly string[];
}


const NO_REFERENCE: SpellingReference = { spellings: [], departmentWords: [] };

/** 市民政局 and 市政府办公厅 start with a level word that their form reads as part of a word (市民, 市政). */
const writtenWithLevel = (spelling: string): boolean => levelWordAt(spelling) !== null || (departmentForm(spelling)?.level ?? null) !== null;

/**
 * The spellings of a registry's units that hold nothing of its own place, as a reference for another place's table:
 * departments written with a level word (市人力资源和社会保障局, 团市委), not its districts, collective terms, media or
 * groups named for the city, and not the spellings the registry calls wrong.
 */
export function portableSpellings(records: readonly UnitRecord[]): string[] {
  const prefixes = cityPrefixes(records);
  const spellings = new Set<string>();
  for (const record of records) {
    if (record.category === DISTRICT_CATEGORY || record.category === COLLECTIVE_CATEGORY) continue;
    const wrong = new Set(record.nonstandard);
    for (const spelling of [record.name, ...record.aliases].map(normalizePunctuation)) {
      if (wrong.has(spelling) || prefixes.some((p) => spelling.includes(p)) || !writtenWithLevel(spelling)) continue;
      spellings.add(spelling);
    }
  }
  return [...spellings];
}

/** The spellings of `spellings` one character off `text` (see UnitRegistry.nearMiss). */
function oneOff(text: string, endingLength: number, spellings: readonly string[]): string[] {
  const close: string[] = [];
  for (const spelling of spellings) {
    let differences = 0;
    let at = -1;
    for (let i = 1; i < text.length && differences < 2; i++) {
      if (text.charCodeAt(i) !== spelling.charCodeAt(i)) {
        differences++;
        at = i;
      }
    }
    const levels = LEVEL_WORDS.has(text.charAt(at)) && LEVEL_WORDS.has(spelling.charAt(at));
    if (differences === 1 && at < text.length - endingLength && !levels) close.push(spelling);
  }
  return close;
}

const PARTY_COMMITTEE = words.partyOrgans.levelled;

/**
 * The ways a department's name may start with its level or place: 区 (区人社局), 常州市 (常州市人社局), 常州市钟楼区,
 * 常州市区 (a place, then a level), each leaving a department word of two characters or more. Each may be followed
 * by its party committee's 委, whose bodies are named after it (县委编办: 编办, as 县委农办 is 农办).
 */
function levelOrPlacePrefixes(text: string): string[] {
  const prefixes: string[] = [];
  const add = (prefix: string): void => {
    prefixes.push(prefix);
    if (text.startsWith(PARTY_COMMITTEE, prefix.length)) prefixes.push(prefix + PARTY_COMMITTEE);
  };
  const level = levelWordAt(text);
  if (level !== null) add(level);
  let at = 0;
  for (let place = placeAtStart(text, false); place !== null; place = placeAtStart(text.slice(at), false)) {
    at += place.written.length;
    add(text.slice(0, at));
    const after = levelWordAt(text.slice(at));
    if (after !== null) add(text.slice(0, at + after.length));
  }
  return prefixes.filter((p) => text.length - p.length >= 2);
}

/** Spellings by length and first character: a one-character typo keeps both. */
function bySizeAndStart(spellings: Iterable<string>): (text: string) => readonly string[] {
  const groups = new Map<string, string[]>();
  for (const spelling of spellings) {
    const key = `${spelling.length}\u0000${spelling.charAt(0)}`;
    const list = groups.get(key);
    if (list) list.push(spelling);
    else groups.set(key, [spelling]);
  }
  return (text) => groups.get(`${text.length}\u0000${text.charAt(0)}`) ?? [];
}

/**
 * The registry of `records`; `reference` adds spellings of units elsewhere to its suggestions (closestUnit, nearMiss)
 * and to nothing else.
 */
export function createUnitRegistry(records: readonly UnitRecord[], reference: SpellingReference = NO_REFERENCE): UnitRegistry {
  const spellings = records.flatMap(spellingsOf);
  // A standard name always means its own unit; an alias listed by several units means the last one (the sheet's rows
  // come after the built-in ones, so the user's word wins).
  const bySpelling = new Map<string, SpellingMatch>();
  for (const s of spellings) if (s.text !== s.match.record.name) bySpelling.set(s.text, s.match);
  for (const s of spellings) if (s.text === s.match.record.name) bySpelling.set(s.text, s.match);

  const places = spellings
    .filter((s) => s.match.record.category === DISTRICT_CATEGORY && bySpelling.get(s.text) === s.match)
    .sort((a, b) => b.text.length - a.text.length);
  const collectives = new Set(spellings.filter((s) => s.match.record.category === COLLECTIVE_CATEGORY).map((s) => s.text));
  const isCollective = collectiveTest(collectives);
  const prefixes = cityPrefixes(records);
  const candidates = nameIndex([...bySpelling.keys()]);
  const own = new Set(bySpelling.keys());
  const referenceOnly = reference.spellings.filter((s) => !own.has(s));
  const referenceCandidates = nameIndex(referenceOnly);
  const closestUnit = memoize((text: string): string | null => {
    const spelling = closestName(text, candidates);
    if (spelling !== null) return bySpelling.get(spelling)?.record.name ?? null;
    return referenceOnly.length === 0 ? null : closestName(text, referenceCandidates);
  });
  let lexicon: UnitLexicon | null = null;
  const ownOfSize = bySizeAndStart(bySpelling.keys());
  const departmentWords = new Set(reference.departmentWords);
  const wordsOfSize = bySizeAndStart(departmentWords);
  const departmentTypo = (text: string, endingLength: number): string | null => {
    const typos: string[] = [];
    for (const prefix of levelOrPlacePrefixes(text)) {
      const word = text.slice(prefix.length);
      if (departmentWords.has(word)) return null;
      for (const close of oneOff(word, endingLength, wordsOfSize(word))) typos.push(prefix + close);
    }
    return typos.length === 1 ? (typos[0] as string) : null;
  };
  const nearMiss = (text: string, endingLength: number): string | null => {
    const spelling = oneOff(text, endingLength, ownOfSize(text))[0];
    if (spelling !== undefined) return bySpelling.get(spelling)?.record.name ?? null;
    return departmentTypo(text, endingLength);
  };

  const find = (spelling: string): SpellingMatch | null => {
    const text = normalizePunctuation(spelling);
    const direct = bySpelling.get(text);
    if (direct) return direct;
    for (const prefix of prefixes) {
      const inner = text.startsWith(prefix) ? bySpelling.get(text.slice(prefix.length)) : undefined;
      if (inner && inner.record.name.startsWith('市')) return inner;
    }
    return null;
  };

  return {
    records,
    districts: () => records.filter((r) => r.category === DISTRICT_CATEGORY).map((r) => r.name),
    categoryOf: (name) => find(name)?.record.category ?? (isCollective(normalizePunctuation(name)) ? COLLECTIVE_CATEGORY : null),
    lexicon: () => (lexicon ??= buildLexicon(spellings)),
    isCollective: (text) => isCollective(normalizePunctuation(text)),
    find,
    placeAt: (text) => {
      const place = places.find((p) => text.startsWith(p.text));
      return place ? { ...place.match, place: place.text, short: isShortPlace(place.match.record, place.text) } : null;
    },
    closestUnit,
    nearMiss,
    departmentTypo,
    partyOrgans: (district) => district.organs?.party ?? defaultPartyOrgans(district.name),
  };
}

/**
 * `base` with the units of `overrides`: a row whose 标准名称 is already there replaces that unit in place, new ones are
 * appended. A replacing row that says nothing of organs or nonstandard spellings (the 单位名录 sheet need not have those
 * columns) keeps the replaced unit's, as far as it still lists the spellings: the sheet's user copied the TSV's
 * columns and did not mean to declare 市商务委 standard again.
 */
export function mergeRegistryRecords(base: readonly UnitRecord[], overrides: readonly UnitRecord[]): UnitRecord[] {
  const merged = [...base];
  const index = new Map(base.map((r, i) => [r.name, i]));
  for (const override of overrides) {
    const at = index.get(override.name);
    const replaced = at === undefined ? undefined : merged[at];
    if (at === undefined || replaced === undefined) {
      index.set(override.name, merged.length);
      merged.push(override);
      continue;
    }
    const aliases = new Set(override.aliases);
    const nonstandard = override.nonstandard.length > 0 ? override.nonstandard : replaced.nonstandard.filter((s) => aliases.has(s));
    const organs = override.organs ?? (override.category === DISTRICT_CATEGORY ? replaced.organs : undefined);
    merged[at] = organs ? { ...override, nonstandard, organs } : { ...override, nonstandard };
  }
  return merged;
}
