import fc from 'fast-check';
import { normalizePunctuation } from '../../../src/core/units/normalizePunctuation';

describe('normalizePunctuation', () => {
  it('writes half-width punctuation full-width, as official documents do', () => {
    expect(normalizePunctuation('各县(市)区党委,政府;市直各有关单位:')).toBe('各县（市）区党委，政府；市直各有关单位：');
    expect(normalizePunctuation('区统计局［数据统计评估牵头单位］')).toBe('区统计局（数据统计评估牵头单位）');
    expect(normalizePunctuation('市财政局､市商务局')).toBe('市财政局、市商务局');
  });

  it('keeps number punctuation between digits', () => {
    expect(normalizePunctuation('资金1,000万元,12:00前')).toBe('资金1,000万元，12:00前');
    expect(normalizePunctuation('7.5亿元')).toBe('7.5亿元');
  });

  it('writes full-width digits and letters half-width', () => {
    expect(normalizePunctuation('２０２３年１１月底前，ＡＢ类')).toBe('2023年11月底前，AB类');
  });

  it('collapses spaces, full-width spaces, tabs and line breaks, and drops them next to full-width punctuation', () => {
    expect(normalizePunctuation('  市民政局、市总工会 、团委\n市妇联\u3000\u3000市侨联\t ')).toBe('市民政局、市总工会、团委 市妇联 市侨联');
    expect(normalizePunctuation('马尾区区委 ， 政府')).toBe('马尾区区委，政府');
  });

  it('leaves quotation marks alone', () => {
    expect(normalizePunctuation('"宁货出塞闽货西行"“百家闽商塞上行”')).toBe('"宁货出塞闽货西行"“百家闽商塞上行”');
  });

  it('is idempotent on the seed texts', () => {
    for (const text of ['市总工会 、团委', '各县(市)区', ' 1,000 , 2 ', '2023 年 7 月 24 日', '（ 牵头 ）']) {
      const once = normalizePunctuation(text);
      expect(normalizePunctuation(once)).toBe(once);
    }
  });

  it('is idempotent on any mix of the characters it touches', () => {
    const alphabet = fc.constantFrom(...'()（）［］,，;；:：!！?？、､ \u3000\t\n0123456789０１ＡａA马尾区'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const once = normalizePunctuation(chars.join(''));
        return normalizePunctuation(once) === once;
      }),
      { seed: 20230724, numRuns: 2000 },
    );
  });

  it('returns a canonical text as it is, and still changes a text with a single character of each kind to change', () => {
    expect(normalizePunctuation('马尾区党工委、政府')).toBe('马尾区党工委、政府');
    expect(normalizePunctuation('市商务局\u200b')).toBe('市商务局');
    expect(normalizePunctuation('第３季度')).toBe('第3季度');
    expect(normalizePunctuation('市财政局;市商务局')).toBe('市财政局；市商务局');
    expect(normalizePunctuation('市财政局、\n市商务局')).toBe('市财政局、市商务局');
  });
});
