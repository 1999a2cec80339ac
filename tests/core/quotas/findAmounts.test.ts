import { findAmounts } from '../../../src/core/quotas/findAmounts';

const read = (prose: string) => findAmounts(prose).map(({ value, measure, excluded, cued }) => ({ value, measure, excluded, cued }));

describe('findAmounts', () => {
  it('converts money into 元 and keeps counts in their own measure', () => {
    expect(read('各9000万元')).toEqual([{ value: 90000000, measure: '元', excluded: false, cued: false }]);
    expect(read('1.33亿元')).toEqual([{ value: 133000000, measure: '元', excluded: false, cued: false }]);
    expect(read('各300万。')).toEqual([{ value: 3000000, measure: '元', excluded: false, cued: false }]);
    expect(read('2,700万元')).toEqual([{ value: 27000000, measure: '元', excluded: false, cued: false }]);
    expect(read('12名')).toEqual([{ value: 12, measure: '名', excluded: false, cued: false }]);
    expect(read('1000人次')).toEqual([{ value: 1000, measure: '人次', excluded: false, cued: false }]);
    expect(read('覆盖率95%')).toEqual([{ value: 95, measure: '%', excluded: false, cued: false }]);
  });

  it('takes the measure written after an amount: counts are not money', () => {
    expect(read('改造3万户')).toEqual([{ value: 30000, measure: '户', excluded: false, cued: false }]);
    expect(read('培训2.5万人次')).toEqual([{ value: 25000, measure: '人次', excluded: false, cued: false }]);
    // Shengsi's targets in their base measures (tests/fixtures/tables/README.md).
    expect(read('种植0.07万亩')).toEqual([{ value: 700, measure: '亩', excluded: false, cued: false }]);
    expect(read('总产量0.0038亿斤')).toEqual([{ value: 380000, measure: '斤', excluded: false, cued: false }]);
  });

  it('marks targets written with a threshold or a total word', () => {
    expect(read('3000名以上农村劳动力')).toEqual([{ value: 3000, measure: '名', excluded: false, cued: true }]);
    expect(read('合计12个')).toEqual([{ value: 12, measure: '个', excluded: false, cued: true }]);
  });

  it('ends a thresholded amount after the threshold', () => {
    expect(findAmounts('7.5亿元以上,具体')[0]).toMatchObject({ start: 0, end: 7 });
  });

  it('skips numbers that have no measure or another one', () => {
    expect(read('2023年帮助宁夏')).toEqual([]);
    expect(read('1+1+1模式')).toEqual([]);
    expect(read('帮扶时限6个月以上')).toEqual([]);
    expect(read('种植1万平方公里')).toEqual([]);
    expect(read('提高3个百分点')).toEqual([]);
  });

  it('marks ordinals and per-item minimums as excluded', () => {
    expect(read('第3个')).toEqual([{ value: 3, measure: '个', excluded: true, cued: false }]);
    expect(read('确保每个重点帮扶县至少有5家以上福州民营企业')).toEqual([{ value: 5, measure: '家', excluded: true, cued: true }]);
  });

  it('reads full-width digits once prose is normalized, and never the middle of a longer number', () => {
    expect(read('12名,11名')).toEqual([
      { value: 12, measure: '名', excluded: false, cued: false },
      { value: 11, measure: '名', excluded: false, cued: false },
    ]);
    expect(read('编号20231名')).toEqual([{ value: 20231, measure: '名', excluded: false, cued: false }]);
  });
});
