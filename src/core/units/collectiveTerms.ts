// Collective terms (统称) stand for a group of units and are never resolved to one: 各预算主管部门, 各签约单位,
// 各县（市）区. A table may also use one the registry does not list, so besides the registry's 统称 spellings a text counts
// as collective when it has the shape of one (words from src/core/data/unit-cell-words.json):
//  - a collective opening (各, 相关, 有关, 市直...) and a closing naming a kind of unit (单位, 部门, 县（市、区）...);
//  - levels joined by 、 after such an opening or a count: 各区、县（市）政府（管委会）, 各镇、街道, 13个街道、镇
//    (joinCollectiveRuns keeps their 、 from splitting the cell);
//  - a group named with 各 inside: 全区经济运行各专班, 区直各部门, 市政府各直属单位;
//  - a plural kind: 市国有公司.
// A collective followed by a party or government organ (相关县（市）区党委) is still collective.
import words from '../data/unit-cell-words.json';
import { wordAlternation } from '../deadlines/wordAlternation';
import { placeBeforeGoverningOrgan } from './districtOrgan';

const PREFIXES: readonly string[] = words.collective.prefixes;
const SUFFIXES: readonly string[] = words.collective.suffixes;
const KINDS: readonly string[] = words.collective.kinds;
const WHOLE: readonly string[] = words.collective.whole;
const INNER = words.collective.inner;
/** The longest group name after an inner 各 (区直各部门, 市政府各直属单位): longer text is prose. */
const INNER_KIND_MAX = 6;

const OPENING = `(?:${wordAlternation(PREFIXES)}|\\d+${words.collective.counted})`;
const LEVEL = `(?:${wordAlternation(words.collective.joinedLevels)})`;
const ORGAN = `(?:${wordAlternation(words.collective.joinedOrgans)})`;
const JOINED = `${OPENING}${LEVEL}(?:、${LEVEL})+${ORGAN}?(?:（[^（）]*）)?`;
const JOINED_WHOLE = new RegExp(`^${JOINED}$`);
const JOINED_RUN = new RegExp(`${JOINED}(?=$|[、，；\\s])`, 'g');
const COUNTED_KIND = new RegExp(`^\\d+${words.collective.counted}(?:${wordAlternation(KINDS)})$`);

/** Stands in for the 、 inside a joined collective while a cell is split: a private-use character no cell holds. */
export const JOINED_MARK = '\ue000';

function hasCollectiveShape(text: string): boolean {
  if (PREFIXES.some((p) => text.startsWith(p) && SUFFIXES.some((s) => text.length >= p.length + s.length && text.endsWith(s)))) return true;
  if (JOINED_WHOLE.test(text) || COUNTED_KIND.test(text) || WHOLE.some((w) => text.endsWith(w))) return true;
  const inner = text.lastIndexOf(INNER);
  if (inner <= 0) return false;
  const kind = text.slice(inner + 1);
  return kind.length <= INNER_KIND_MAX && KINDS.some((k) => kind.endsWith(k));
}

/** Marks the 、 of joined collectives (各区、县（市）政府) so that splitting the cell at 、 keeps them whole. */
export function joinCollectiveRuns(text: string): string {
  if (!text.includes('、')) return text;
  return text.replace(JOINED_RUN, (run) => run.replace(/、/g, JOINED_MARK));
}

/** Undoes joinCollectiveRuns in one piece. */
export function unmarkJoined(piece: string): string {
  return piece.includes(JOINED_MARK) ? piece.split(JOINED_MARK).join('、') : piece;
}

/** A test for normalised texts: `known` holds the registry's 统称 spellings. */
export function collectiveTest(known: ReadonlySet<string>): (text: string) => boolean {
  const bare = (text: string): boolean => known.has(text) || hasCollectiveShape(text);
  return (text) => {
    if (bare(text)) return true;
    const place = placeBeforeGoverningOrgan(text);
    return place !== null && bare(place);
  };
}

/** The endings of a collective of places: the levels that join (各镇、街道) and the groups that name several (各区县). */
const PLACE_ENDINGS: readonly string[] = [...words.collective.joinedLevels, ...words.collective.placeGroups];

/**
 * A collective term that stands for places, with or without their organs (各县（市、区）, 各区、县（市）政府, 各镇、街道),
 * not for departments (市直各部门, 区直有关单位).
 */
export function namesPlaces(term: string): boolean {
  const places = placeBeforeGoverningOrgan(term) ?? term;
  return PLACE_ENDINGS.some((ending) => places.endsWith(ending));
}

/** The collective part of a text that may end in an organ: 相关县（市）区党委 → 相关县（市）区. */
export function collectivePlace(text: string, isCollective: (text: string) => boolean): string {
  const place = placeBeforeGoverningOrgan(text);
  return place !== null && isCollective(place) ? place : text;
}
