// A small lexicon of the nine Fuzhou districts of the seed plan, with the short place names the prose also uses.
// It stands in for the real unit registry (built elsewhere), which quota reading only sees through UnitLexicon.
import type { UnitLexicon } from '../../../src/core/model';

const DISTRICTS = ['马尾区', '闽侯县', '福清市', '鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县'];
const SPELLINGS = new Map<string, string>([
  ...DISTRICTS.map((d) => [d, d] as const),
  ...DISTRICTS.map((d) => [d.slice(0, 2), d] as const),
  ['闽侯区', '闽侯县'],
]);

export function lexiconOf(spellings: ReadonlyMap<string, string>): UnitLexicon {
  return {
    names: [...spellings.keys()].sort((a, b) => b.length - a.length),
    standardOf: (name) => spellings.get(name) ?? null,
  };
}

export const fuzhouDistricts: UnitLexicon = lexiconOf(SPELLINGS);
