import { findPlanYear } from '../../../src/core/deadlines/findPlanYear';

describe('findPlanYear', () => {
  it('reads the seed title row', () => {
    expect(findPlanYear(['2023年闽宁协作福州市重点工作分方案'])).toBe(2023);
  });

  it('prefers the plan title over an issuing date of the year before and a document number', () => {
    // The seed notice's head, issued (here) in December of the year before the plan.
    const seedHead = [
      '榕委振兴组〔2023〕8号',
      '2022 年 12 月 24 日',
      '中共福州市委扶贫开发成果巩固与乡村振兴 工作领导小组关于印发 2023 年闽宁协作 福州市重点工作任务分工方案的通知',
    ];
    expect(findPlanYear(seedHead)).toBe(2023);
  });

  it('takes a document number when nothing clearer is there', () => {
    expect(findPlanYear(['榕委振兴组〔2023〕8号', '附件'])).toBe(2023);
  });

  it('takes a date over a document number', () => {
    expect(findPlanYear(['闽扶协〔2022〕3号', '2023年7月24日'])).toBe(2023);
  });

  it('reads a bare year in a sheet name', () => {
    expect(findPlanYear(['2024重点任务'])).toBe(2024);
    expect(findPlanYear(['Sheet1', '任务分工 2025'])).toBe(2025);
  });

  it('takes the first year of a multi-year plan', () => {
    expect(findPlanYear(['2023—2025年乡村振兴重点任务分工'])).toBe(2023);
  });

  it('works with full-width digits', () => {
    expect(findPlanYear(['２０２４年重点工作任务分工方案'])).toBe(2024);
  });

  it('ignores numbers that are no year of this century, and phone numbers', () => {
    expect(findPlanYear(['联系人：程道樟，电话：13799340379'])).toBeNull();
    expect(findPlanYear(['1998年规划', '第2100号'])).toBeNull();
    expect(findPlanYear([])).toBeNull();
  });
});
