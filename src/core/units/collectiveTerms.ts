// Collective terms (统称) stand for a group of units and are never resolved to one: 各预算主管部门, 各签约单位,
// 各县（市）区. A table may also use one the registry does not list, so besides the registry's 统称 spellings a text counts
// as collective when it has the shape of one: a collective opening (各, 相关, 有关, 市直...) and a closing naming a kind of
// unit (单位, 部门, 县（市、区）...), from src/core/data/unit-cell-words.json. A collective followed by a party or
// government organ (相关县（市）区党委) is still collective.
import words from '../data/unit-cell-words.json';
import { placeBeforeGoverningOrgan } from './districtOrgan';

const PREFIXES: readonly string[] = words.collective.prefixes;
const SUFFIXES: readonly string[] = words.collective.suffixes;

function hasCollectiveShape(text: string): boolean {
  return PREFIXES.some((p) => text.startsWith(p) && SUFFIXES.some((s) => text.length >= p.length + s.length && text.endsWith(s)));
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

/** The collective part of a text that may end in an organ: 相关县（市）区党委 → 相关县（市）区. */
export function collectivePlace(text: string, isCollective: (text: string) => boolean): string {
  const place = placeBeforeGoverningOrgan(text);
  return place !== null && isCollective(place) ? place : text;
}
