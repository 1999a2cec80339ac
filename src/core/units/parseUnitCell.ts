// Reads the units out of one lead or supporting cell. The rules, in the order they apply:
//  1. The cell is normalised (normalizePunctuation); a placeholder (/, —, 无) is an empty cell. It is split at 、 ， ；
//     and then at spaces and line breaks, never inside （） nor inside a joined collective (各区、县（市）政府, 各镇、街道:
//     collectiveTerms.ts). Parts split at a space are joined again where the first is no unit and both together are
//     one (市住房和 城乡建设局), unless a bracket stands at the break (高新园（邹区镇） 各街道 are two); a part that is
//     only a bracket is the bracket of the name before it (市发改委 / （市粮食局）: one unit, see rule 2).
//  2. Trailing phrases that are no unit (等, 等单位, 配合落实, 及有关部门, ...; unit-cell-words.json) are dropped, and a
//     bracketed note at the end goes to `note`: 区统计局（数据统计评估牵头单位） is 区统计局. A bracketed unit name after a
//     unit is its other name or a unit under it (市发改委（市粮食局）: the bureau that bears both plates): one unit, the
//     outer, with the bracket as its note. A bracketed town or street after a zone (高新园（邹区镇）: park and town run as
//     one) names that town too: the unit is kept whole and is a town. A piece that is only such a phrase is dropped.
//  3. A registry spelling wins over everything below: 团委 is 团市委 (a registry alias), even after 马尾区党委.
//  4. A bare organ (政府, 人民政府, 区委, 党委, 党工委, 妇联, 商务局, ...) belongs to the place of the mention before it:
//     "马尾区区委、政府" is 马尾区区委 + 马尾区政府, and `written` is the expanded text. A department written without a
//     level after one written with it takes that level: 市住建局、城管局 is 市城管局 (unitForms.takesLevelBefore).
//  5. Collective terms (统称 spellings, or the shapes of collectiveTerms.ts) are 'collective', never unknown.
//  6. A district's place name (registry first, then China's divisions: divisions.ts; the longest that fits) followed by
//     nothing or by an organ is that district. After a short place name (马尾) only a known organ word counts, so 马尾船政
//     is no district. `standardForm` is the proper spelling when the written one differs: 闽侯区委 → 闽侯县委,
//     福清市区委 → 福清市委, 鼓楼区党工委 → 鼓楼区委 (only 马尾区 has a 党工委), and also 鼓楼区区委 → 鼓楼区委. A department
//     of the place that is a typo by rule 7 (钟楼区发该局) is not the district but that typo.
//     A town or street (东孝街道, 孝顺镇党委) is a place too.
//  7. A name of a department's form (unitForms.ts: 区教体局, 教育局, 晋陵公司) is known by its form: never unknown and
//     never corrected to another level's unit, except that one letter off a registry unit of the same level is a typo
//     (市人设局 for 市人社局), and so is a word after a level or place one letter off exactly one of China's department
//     words (区发该局 for 区发改局; unitRegistry.SpellingReference): 'unknown', with that unit as `suggestion`. A name
//     after a place's short name (钟楼公安分局) has its place and takes no level from the table.
//  8. Anything else is 'unknown', with `suggestion` the nearest registry unit of the same level (closestName.ts) or
//     null. An unknown ending in a party or government organ still lends its place to a bare organ after it:
//     市工党工委、政府 gives 市工党工委 + 市工政府, two unknown mentions.
// Results are cached per registry and cell text: real tables repeat the same cells row after row.
import words from '../data/unit-cell-words.json';
import { memoize, memoizeByObject } from '../memoize';
import { placeAtStart } from '../places/divisions';
import { collectivePlace, joinCollectiveRuns, unmarkJoined } from './collectiveTerms';
import { defaultPartyOrgans, isBareOrgan, type OrganReading, placeBeforeGoverningOrgan, properOrganSpelling, readOrgan } from './districtOrgan';
import { normalizePunctuation } from './normalizePunctuation';
import { splitOutsideBrackets, splitTrailingNote } from './splitOutsideBrackets';
import { type StatedRole, stripTrailingPhrases, unitWords } from './unitCellWords';
import type { UnitRegistry } from './unitRegistry';
import { COLLECTIVE_CATEGORY, DISTRICT_CATEGORY, FORM_CATEGORY, TOWN_CATEGORY } from './unitCategories';
import { carriesLevel, departmentForm, isDepartmentWord, levelWordAt, takesLevelBefore, townForm } from './unitForms';

export type UnitStatus = 'known' | 'collective' | 'unknown';

/** What a known unit is known by: the registry, China's divisions (a district, county, town or its organ), or its form. */
export type UnitBasis = 'registry' | 'place' | 'form';

/** The place a unit is, or is an organ of: a district or county, or a town or street. */
export type PlaceKind = 'county' | 'town';

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
  /** For known units, what they are known by. */
  readonly basis: UnitBasis | null;
  /** The kind of place the unit is (or is an organ of), null for departments and collective terms. */
  readonly placeKind: PlaceKind | null;
  /**
   * For a department known by its form: the level word it is written with (区 of 区发改局), or null when written
   * without one; and whether it is a government department that carries a level (局, 委, 办, … not 公司 or 开发区).
   */
  readonly formLevel: string | null;
  readonly takesLevel: boolean;
  /**
   * The role the cell states for the unit in its own words (市发改委牵头，市财政局配合; 牵头单位：…), whatever column it
   * stands in; null where it states none and the column (or the first-listed rule) decides. A cell that names its lead
   * so makes its other units support.
   */
  readonly statedRole: StatedRole | null;
}

const SPLITTERS: ReadonlySet<string> = new Set(['、', '，', '；']);
const SPACE: ReadonlySet<string> = new Set([' ']);
const PLACEHOLDERS: ReadonlySet<string> = new Set(words.placeholders);

interface Resolution {
  readonly mention: UnitMention;
  /** What a bare organ after this mention attaches to, or null. */
  readonly place: string | null;
  /** The level word a department after this mention takes when it is written without one (市 of 市住建局). */
  readonly level: string | null;
}

interface Cleaned {
  readonly text: string;
  readonly note: string | null;
}

function mention(fields: Partial<UnitMention> & Pick<UnitMention, 'written' | 'unit' | 'status'>): UnitMention {
  return Object.freeze({
    category: null, organ: null, standardForm: null, suggestion: null, note: null, basis: null, placeKind: null, formLevel: null, takesLevel: false, statedRole: null,
    ...fields,
  });
}

function known(fields: Partial<UnitMention> & Pick<UnitMention, 'written' | 'unit' | 'basis'>, place: string | null = null, level: string | null = null): Resolution {
  return { mention: mention({ status: 'known', ...fields }), place, level };
}

/**
 * A place's department one character off one of China's department words (钟楼区发该局 for 钟楼区发改局) is a typo,
 * not the place: the form rule of resolvePiece flags it, as it flags 区发该局. Only the department words count here:
 * 福清市商务局, one off the registry's 福州市商务局, is 福清市's own bureau.
 */
function misspeltDepartment(text: string, organ: OrganReading | null, registry: UnitRegistry): boolean {
  if (organ?.kind !== 'department') return false;
  const form = departmentForm(text);
  return form !== null && registry.departmentTypo(text, form.ending.length) !== null;
}

/** A registry place, or a district or county of China, followed by nothing or by an organ. */
function placeWithOrgan(text: string, note: string | null, registry: UnitRegistry): Resolution | null {
  const at = registry.placeAt(text);
  if (at) {
    const organ = readOrgan(text.slice(at.place.length), at.place, !at.short);
    if (!organ || misspeltDepartment(text, organ, registry)) return null;
    const properPlace = at.nonstandard ? at.record.name : at.place;
    const proper = properOrganSpelling(properPlace, organ, registry.partyOrgans(at.record));
    const standardForm = proper === text ? null : proper;
    return known({ written: text, unit: at.record.name, basis: 'registry', category: at.record.category, organ: organ.word, standardForm, note, placeKind: 'county' }, at.place);
  }
  const division = placeAtStart(text, false)?.division;
  if (division && (division.level === 'district' || division.level === 'county')) {
    const rest = text.slice(division.name.length);
    if (rest !== '' && departmentForm(rest) === null && readOrgan(rest, division.name, false) === null) return null;
    const organ = readOrgan(rest, division.name, true);
    if (misspeltDepartment(text, organ, registry)) return null;
    const proper = organ ? properOrganSpelling(division.name, organ, defaultPartyOrgans(division.name)) : division.name;
    const standardForm = proper === text ? null : proper;
    return known({ written: text, unit: division.name, basis: 'place', category: DISTRICT_CATEGORY, organ: organ?.word ?? null, standardForm, note, placeKind: 'county' }, division.name);
  }
  const town = townForm(text);
  if (town) return known({ written: text, unit: town.town, basis: 'place', category: TOWN_CATEGORY, organ: town.organ || null, note, placeKind: 'town' }, town.town);
  return null;
}

/** Resolves a cleaned piece with no note left on it, or returns null when it is not a unit the registry can place. */
function resolveName(text: string, note: string | null, registry: UnitRegistry): Resolution | null {
  const found = registry.find(text);
  if (found) {
    const { record } = found;
    const standardForm = found.nonstandard ? record.name : null;
    const collective = record.category === COLLECTIVE_CATEGORY;
    const isPlace = record.category === DISTRICT_CATEGORY;
    const place = isPlace || collective ? text : null;
    if (collective) return { mention: mention({ written: text, unit: record.name, status: 'collective', category: record.category, note }), place, level: null };
    const level = isPlace ? null : (departmentForm(text)?.level ?? null);
    return known({ written: text, unit: record.name, basis: 'registry', category: record.category, standardForm, note, placeKind: isPlace ? 'county' : null }, place, level);
  }
  if (registry.isCollective(text)) {
    const place = collectivePlace(text, registry.isCollective);
    const unit = registry.find(place)?.record.name ?? text;
    return { mention: mention({ written: text, unit, status: 'collective', category: COLLECTIVE_CATEGORY, note }), place, level: null };
  }
  return placeWithOrgan(text, note, registry);
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

/**
 * The registry unit a text names at the same level when it is not one of its spellings, for an unknown. A misspelt
 * place before an organ (马尾去党工委) is suggested as the place's proper organ (马尾区党工委).
 */
function sameLevelSuggestion(text: string, registry: UnitRegistry): string | null {
  const suggestion = registry.closestUnit(text);
  const level = levelWordAt(text);
  if (suggestion !== null) return level === null || levelWordAt(suggestion) === level ? suggestion : null;
  const place = placeBeforeGoverningOrgan(text);
  const district = place === null ? null : registry.closestUnit(place);
  const record = district === null ? null : registry.find(district)?.record;
  if (!place || !record || record.category !== DISTRICT_CATEGORY) return null;
  const organ = readOrgan(text.slice(place.length), record.name, false);
  return organ ? properOrganSpelling(record.name, organ, registry.partyOrgans(record)) : record.name;
}

const ZONE_ENDINGS: readonly string[] = words.zoneEndings;

/**
 * A zone with a town or street in brackets (高新园（邹区镇）: a park and the town it runs as one) is a town's unit, kept
 * whole: a district's summary by town counts it, under the name the table gives it.
 */
function townOfZone(text: string, note: string | null): Resolution | null {
  if (note === null || !ZONE_ENDINGS.some((e) => text.endsWith(e)) || townForm(text) !== null) return null;
  const town = townForm(note);
  if (town === null || town.organ !== '') return null;
  const unit = `${text}（${note}）`;
  return known({ written: unit, unit, basis: 'place', category: TOWN_CATEGORY, placeKind: 'town' });
}

/** A department word this long after a place's short name makes a department of that place: 公安分局 is none. */
const DEPARTMENT_AFTER_PLACE_MIN = 3;

/**
 * A department named after its place's short name (钟楼公安分局, 马尾生态环境局) has its place in its name and takes no
 * level: 区钟楼公安分局 is no unit. China's own department words (公安派出所, after 公安县's short name) are no such name.
 */
function namesItsPlace(text: string): boolean {
  if (isDepartmentWord(text)) return false;
  const place = placeAtStart(text, true);
  const rest = place === null ? '' : text.slice(place.written.length);
  return rest.length >= DEPARTMENT_AFTER_PLACE_MIN && levelWordAt(rest) === null && departmentForm(rest) !== null;
}

function resolvePiece(piece: string, registry: UnitRegistry): Resolution | null {
  const whole = unitWords(piece).text;
  if (whole === '' || PLACEHOLDERS.has(whole)) return null;
  // A name may itself end in brackets (各县（市）区 does not, 各县（市、区） does): try it whole before taking notes off.
  const direct = registry.find(whole) || registry.isCollective(whole) ? resolveName(whole, null, registry) : null;
  if (direct) return direct;
  const { text, note } = clean(whole);
  if (text === '' || PLACEHOLDERS.has(text)) return null;
  const zoneWithTown = townOfZone(text, note);
  if (zoneWithTown) return zoneWithTown;
  const resolved = resolveName(text, note, registry);
  if (resolved) return resolved;
  const form = departmentForm(text);
  const typoOf = form === null ? null : registry.nearMiss(text, form.ending.length);
  if (form !== null && typoOf === null) {
    const takesLevel = form.level !== null ? carriesLevel(text.slice(form.level.length)) : takesLevelBefore(text) && !namesItsPlace(text);
    return known({ written: text, unit: text, basis: 'form', category: FORM_CATEGORY, note, formLevel: form.level, takesLevel }, null, form.level);
  }
  return {
    mention: mention({ written: text, unit: text, status: 'unknown', suggestion: typoOf ?? sameLevelSuggestion(text, registry), note }),
    place: placeBeforeGoverningOrgan(text),
    level: null,
  };
}

const endsWithBracket = (text: string): boolean => text.endsWith('）');
const startsWithBracket = (text: string): boolean => text.startsWith('（');

/** The text is one bracket group: （市粮食局）, not （一）市直 nor （市）区（县）. */
function isBracketGroup(text: string): boolean {
  return startsWithBracket(text) && splitTrailingNote(`_${text}`)?.name === '_';
}

interface UnitTest {
  /** Known or collective. */
  readonly isUnit: (text: string) => boolean;
  /** A unit by more than the bare form of a department without a level (城乡建设局 alone may be half a name). */
  readonly standsAlone: (text: string) => boolean;
}

/**
 * Parts split at a space or line break, joined again where the first is no unit, the second none by more than its bare
 * form, and both together are one: 市住房和 城乡建设局. A bracket at the break always separates.
 */
function joinBrokenNames(parts: readonly string[], test: UnitTest): string[] {
  const joined: string[] = [];
  let current: string | null = null;
  for (const part of parts) {
    // A bracket on a line of its own is the bracket of the name before it: 市发改委 / （市粮食局）.
    if (current !== null && isBracketGroup(part)) {
      current += part;
      continue;
    }
    const broken = current !== null && !endsWithBracket(current) && !startsWithBracket(part);
    if (broken && current !== null && !test.isUnit(current) && !test.standsAlone(part) && test.isUnit(current + part)) {
      current += part;
      continue;
    }
    if (current !== null) joined.push(current);
    current = part;
  }
  if (current !== null) joined.push(current);
  return joined;
}

const LINE_BREAK = /\r?\n|\r/;
const LIST_SEPARATORS: ReadonlySet<string> = new Set(['、']);
const CLAUSE_SEPARATORS: ReadonlySet<string> = new Set([...SPLITTERS].filter((c) => !LIST_SEPARATORS.has(c)));

interface Piece {
  readonly text: string;
  /** It opens a clause: the cell's first piece, or one after ，, ；, a space or a line break (not after 、). */
  readonly opensClause: boolean;
}

/**
 * The cell's pieces. Each line is normalised on its own: normalizePunctuation drops a space next to a bracket, but a
 * line break there still separates two units (高新园（邹区镇） / 各街道).
 */
function piecesOf(cell: string, test: UnitTest): Piece[] {
  const text = LINE_BREAK.test(cell) ? cell.split(LINE_BREAK).map(normalizePunctuation).filter((line) => line !== '').join(' ') : normalizePunctuation(cell);
  if (text === '' || PLACEHOLDERS.has(text)) return [];
  const pieces: Piece[] = [];
  for (const clause of splitOutsideBrackets(joinCollectiveRuns(text), CLAUSE_SEPARATORS)) {
    splitOutsideBrackets(clause, LIST_SEPARATORS).forEach((segment, i) => {
      const parts = segment.includes(' ') ? joinBrokenNames(splitOutsideBrackets(segment, SPACE), test) : [segment];
      parts.forEach((part, k) => pieces.push({ text: unmarkJoined(part), opensClause: i === 0 || k > 0 }));
    });
  }
  return pieces;
}

/**
 * The role each piece's words state (unitCellWords.ts). A label holds for its piece and the ones after it, up to the
 * next label. A role word after a unit holds for it and for the unmarked units before it, back to the unit whose role
 * was last stated, or, where none was, to the start of its clause: in 市发改委、市财政局牵头，市商务局配合 the first two
 * lead and the third supports; in 市发改委牵头，市财政局，市商务局配合 the last two support; in 市发改委、市财政局，市商务局配合
 * only 市商务局 does. A bracketed role word (市财政局（配合）) holds for its own unit alone. A piece that is only a role
 * word (…市商务局 配合) is no clause of its own. Where the cell names a
 * lead so, its units whose role it leaves unsaid support (X牵头，Y: Y supports); else the column decides for them.
 */
function statedRoles(pieces: readonly Piece[]): { readonly texts: string[]; readonly roles: (StatedRole | null)[] } {
  const texts: string[] = [];
  const roles: (StatedRole | null)[] = [];
  let label: StatedRole | null = null;
  let lastStated = -1;
  let clauseStart = 0;
  for (const piece of pieces) {
    const split = unitWords(piece.text);
    const i = texts.length;
    if (piece.opensClause && split.text !== '') clauseStart = i;
    if (split.label !== undefined) label = split.label;
    texts.push(split.text);
    roles.push(split.role ?? label);
    if (split.role !== null && !split.roleOfItsOwn) {
      for (let k = lastStated >= 0 ? lastStated + 1 : clauseStart; k < i; k++) if (roles[k] === null) roles[k] = split.role;
    }
    if (roles[i] !== null) lastStated = i;
  }
  if (roles.includes('lead')) return { texts, roles: roles.map((role) => role ?? 'support') };
  return { texts, roles };
}

function unitTest(resolve: (key: string) => Resolution | null): UnitTest {
  // An organ word (政府, 区委, 妇联) is a whole word that belongs to the place before it, never half a broken name.
  const isUnit = (text: string): boolean => {
    if (isBareOrgan(text, '')) return true;
    const resolution = resolve(text);
    return resolution !== null && resolution.mention.status !== 'unknown';
  };
  const standsAlone = (text: string): boolean => {
    const resolution = resolve(text);
    if (resolution === null || resolution.mention.status === 'unknown') return false;
    return resolution.mention.basis !== 'form' || resolution.level !== null;
  };
  return { isUnit, standsAlone };
}

function parse(cell: string, registry: UnitRegistry, resolve: (key: string) => Resolution | null): readonly UnitMention[] {
  const mentions: UnitMention[] = [];
  let place: string | null = null;
  let level: string | null = null;
  const { texts, roles } = statedRoles(piecesOf(cell, unitTest(resolve)));
  texts.forEach((piece, i) => {
    const name = place === null && level === null ? '' : clean(piece).text;
    // The cheap organ-word test first: most pieces are no bare organ, and find() normalises its text.
    const bare: boolean = place !== null && isBareOrgan(name, place) && !registry.find(name);
    const carried: boolean =
      !bare && level !== null && takesLevelBefore(name) && !registry.find(name) && placeAtStart(name, false) === null && resolveName(name, null, registry) === null;
    const resolution = resolve(bare ? place + piece : carried ? level + piece : piece);
    if (!resolution) return;
    const statedRole = roles[i] ?? null;
    mentions.push(statedRole === null ? resolution.mention : Object.freeze({ ...resolution.mention, statedRole }));
    place = resolution.place;
    level = resolution.level;
  });
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
