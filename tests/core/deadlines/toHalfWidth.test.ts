import { toHalfWidth } from '../../../src/core/deadlines/toHalfWidth';

describe('toHalfWidth', () => {
  it('maps full-width digits, letters and ASCII punctuation', () => {
    expect(toHalfWidth('１１月底前')).toBe('11月底前');
    expect(toHalfWidth('２０２３／７／３１')).toBe('2023/7/31');
    expect(toHalfWidth('Ｑ３，（注）：５０％')).toBe('Q3,(注):50%');
  });

  it('turns the ideographic space into a space and leaves Chinese punctuation alone', () => {
    expect(toHalfWidth('马尾区\u3000闽侯县、福清市。')).toBe('马尾区 闽侯县、福清市。');
  });
});
