import { columnTarget, measureInHeader } from '../../../src/core/quotas/columnTarget';

describe('columnTarget', () => {
  it('reads Shengsi’s targets in base measures', () => {
    expect(columnTarget('0.07', '万亩')).toEqual({ amount: 700, measure: '亩' });
    expect(columnTarget('0.0038', '亿斤')).toEqual({ amount: 380_000, measure: '斤' });
    expect(columnTarget('42', '万吨')).toEqual({ amount: 420_000, measure: '吨' });
    expect(columnTarget('≥2%', '%')).toEqual({ amount: 2, measure: '%' });
  });

  it('reads words and a compound measure as no target', () => {
    expect(columnTarget('全市统筹', '万元/人')).toBeNull();
    expect(columnTarget('良好以上', '-')).toBeNull();
    expect(columnTarget('12', '万元/人')).toBeNull();
  });

  it('reads a plain number where the table names no measure as a total in no measure', () => {
    expect(columnTarget('5', '')).toEqual({ amount: 5, measure: '' });
    expect(columnTarget('0', '')).toEqual({ amount: 0, measure: '' });
  });

  it('finds the measure a header names in brackets', () => {
    expect(measureInHeader('城镇新增就业(人)')).toBe('人');
    expect(measureInHeader('城镇登记失业率低于（%）')).toBe('%');
    expect(measureInHeader('年度目标')).toBe('');
  });
});
