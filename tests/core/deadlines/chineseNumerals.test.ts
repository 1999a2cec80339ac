import { monthAndDayToDigits, smallChineseNumber } from '../../../src/core/deadlines/chineseNumerals';

describe('smallChineseNumber', () => {
  it('reads one to thirty-one', () => {
    expect(smallChineseNumber('六')).toBe(6);
    expect(smallChineseNumber('十')).toBe(10);
    expect(smallChineseNumber('十二')).toBe(12);
    expect(smallChineseNumber('二十')).toBe(20);
    expect(smallChineseNumber('三十一')).toBe(31);
  });

  it('refuses what is not a small number', () => {
    expect(smallChineseNumber('十十')).toBeNull();
    expect(smallChineseNumber('百')).toBeNull();
    expect(smallChineseNumber('二三')).toBeNull();
  });
});

describe('monthAndDayToDigits', () => {
  it('rewrites months and the days after them', () => {
    expect(monthAndDayToDigits('十二月底前')).toBe('12月底前');
    expect(monthAndDayToDigits('六月三十日前')).toBe('6月30日前');
    expect(monthAndDayToDigits('元月底')).toBe('1月底');
  });

  it('leaves numerals that are no month alone', () => {
    expect(monthAndDayToDigits('三季度末')).toBe('三季度末');
    expect(monthAndDayToDigits('十三月')).toBe('十三月');
  });
});
