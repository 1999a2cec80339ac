import type { UnitLexicon } from '../../../src/core/model';
import { findUnitMentions } from '../../../src/core/quotas/unitMentions';

const lexicon = (names: Record<string, string>): UnitLexicon => ({
  names: Object.keys(names).sort((a, b) => b.length - a.length),
  standardOf: (name) => names[name] ?? null,
});

describe('findUnitMentions', () => {
  it('finds the longest spelling at each place, left to right', () => {
    const units = lexicon({ 鼓楼区: '鼓楼区', 鼓楼区政府: '鼓楼区', 台江区: '台江区' });
    expect(findUnitMentions('鼓楼区政府100户、台江区200户', units)).toEqual([
      { start: 0, end: 5, unit: '鼓楼区' },
      { start: 10, end: 13, unit: '台江区' },
    ]);
  });

  it('finds a name starting with a character written as a surrogate pair, never half of one', () => {
    // 𬌗 (U+2C317) is two UTF-16 units; 䓫 and 𬌗 share no unit with the names around them.
    const units = lexicon({ '𬌗口镇': '𬌗口镇', '䓫溪镇': '䓫溪镇', ']头村': ']头村' });
    expect(findUnitMentions('由𬌗口镇和䓫溪镇、]头村负责', units)).toEqual([
      { start: 1, end: 5, unit: '𬌗口镇' },
      { start: 6, end: 9, unit: '䓫溪镇' },
      { start: 10, end: 13, unit: ']头村' },
    ]);
    expect(findUnitMentions('\uDC17口镇', units)).toEqual([]);
  });
});
