import { parseDeadline } from '../../../src/core/deadlines/parseDeadline';
import type { CellValue } from '../../../src/core/model';

const dueOf = (value: CellValue, planYear = 2023) => parseDeadline(value, planYear).due;
const kindOf = (value: CellValue, planYear = 2023) => parseDeadline(value, planYear).kind;

describe('parseDeadline: the seed table (2023 Fuzhou plan)', () => {
  it('reads every deadline the seed uses', () => {
    expect(parseDeadline('全年', 2023)).toEqual({ text: '全年', due: '2023-12-31', kind: 'date' });
    expect(parseDeadline('7月底前', 2023)).toEqual({ text: '7月底前', due: '2023-07-31', kind: 'date' });
    expect(parseDeadline('11月底前', 2023)).toEqual({ text: '11月底前', due: '2023-11-30', kind: 'date' });
    expect(parseDeadline('10月底前', 2023)).toEqual({ text: '10月底前', due: '2023-10-31', kind: 'date' });
    expect(parseDeadline('持续推进', 2023)).toEqual({ text: '持续推进', due: null, kind: 'ongoing' });
  });
});

describe('parseDeadline: the end of the plan year', () => {
  it.each(['全年', '年底前', '年内', '年末', '12月底前', '12月', '下半年', '四季度', '年度'])('%s is 31 December', (text) => {
    expect(dueOf(text)).toBe('2023-12-31');
  });

  it('takes a written year over the plan year', () => {
    expect(dueOf('2024年内')).toBe('2024-12-31');
    expect(dueOf('2024年底前')).toBe('2024-12-31');
    expect(dueOf('2022年')).toBe('2022-12-31');
  });
});

describe('parseDeadline: months and days', () => {
  it('gives the last day of a month', () => {
    expect(dueOf('7月底')).toBe('2023-07-31');
    expect(dueOf('6月底前')).toBe('2023-06-30');
    expect(dueOf('2023年7月底前')).toBe('2023-07-31');
    expect(dueOf('9月份')).toBe('2023-09-30');
    expect(dueOf('2024年2月底')).toBe('2024-02-29');
    expect(dueOf('2月底前')).toBe('2023-02-28');
  });

  it('reads the thirds of a month', () => {
    expect(dueOf('8月上旬')).toBe('2023-08-10');
    expect(dueOf('8月中旬')).toBe('2023-08-20');
    expect(dueOf('8月下旬')).toBe('2023-08-31');
  });

  it('gives the named day', () => {
    expect(dueOf('11月25日前')).toBe('2023-11-25');
    expect(dueOf('2023年1月15日前')).toBe('2023-01-15');
    expect(dueOf('2024年2月29日')).toBe('2024-02-29');
    expect(dueOf('9月30号前')).toBe('2023-09-30');
  });

  it('reads Chinese-numeral months', () => {
    expect(dueOf('十二月底前')).toBe('2023-12-31');
    expect(dueOf('六月三十日前')).toBe('2023-06-30');
  });

  it('reads "before July" as the end of July, so that no task turns red a month early', () => {
    expect(dueOf('7月前')).toBe('2023-07-31');
  });

  it('does not take a span of years for the plan year', () => {
    expect(kindOf('3年内')).toBe('unparsed');
  });

  it('reads a year relative to the plan year', () => {
    expect(dueOf('次年3月底前')).toBe('2024-03-31');
  });

  it('does not invent a day the calendar lacks', () => {
    expect(parseDeadline('2月30日前', 2023)).toEqual({ text: '2月30日前', due: null, kind: 'unparsed' });
    expect(kindOf('2023年2月29日')).toBe('unparsed');
    expect(kindOf('13月底')).toBe('unparsed');
  });
});

describe('parseDeadline: half years and quarters', () => {
  it('gives 30 June and 31 December for the halves', () => {
    expect(dueOf('上半年')).toBe('2023-06-30');
    expect(dueOf('2024年上半年')).toBe('2024-06-30');
    expect(dueOf('年中')).toBe('2023-06-30');
  });

  it.each([
    ['一季度', '2023-03-31'],
    ['第1季度', '2023-03-31'],
    ['二季度末', '2023-06-30'],
    ['第三季度', '2023-09-30'],
    ['三季度末', '2023-09-30'],
    ['前三季度', '2023-09-30'],
    ['第四季度', '2023-12-31'],
    ['2024年第一季度', '2024-03-31'],
    ['Q3', '2023-09-30'],
  ])('%s ends on %s', (text, due) => {
    expect(dueOf(text)).toBe(due);
  });
});

describe('parseDeadline: written dates', () => {
  it.each(['2023-07-31', '2023/7/31', '2023.7.31', '2023年7月31日'])('%s is 31 July 2023', (text) => {
    expect(dueOf(text, 2020)).toBe('2023-07-31');
  });

  it.each([
    ['2023.10', '2023-10-31'],
    ['2023-6', '2023-06-30'],
    ['2023/06', '2023-06-30'],
    ['2023.10前', '2023-10-31'],
    ['2023.12底', '2023-12-31'],
    ['2023.9上旬', '2023-09-10'],
  ])('%s, a year and a month in digits, is due %s', (text, due) => {
    expect(dueOf(text, 2020)).toBe(due);
  });

  it('reads a span of digits to its end, never a month or a day run on into the next year', () => {
    expect(dueOf('2023.6-2023.12')).toBe('2023-12-31');
    expect(dueOf('2023.6.1-2023.11.30')).toBe('2023-11-30');
    expect(dueOf('2023-2024年')).toBe('2024-12-31');
    expect(kindOf('2023.13')).toBe('unparsed');
  });

  it('works with full-width digits and spaces', () => {
    expect(dueOf('１１月底前')).toBe('2023-11-30');
    expect(dueOf('２０２３／７／３１')).toBe('2023-07-31');
    expect(dueOf('2023 年 7 月 24 日')).toBe('2023-07-24');
    expect(dueOf(' 11 月 25 日前 ')).toBe('2023-11-25');
  });

  it('keeps the text as written', () => {
    expect(parseDeadline('１１月底前', 2023).text).toBe('１１月底前');
  });
});

describe('parseDeadline: several dates in one cell', () => {
  it('takes the latest as the due day', () => {
    expect(dueOf('6月底前完成初稿，10月底前全面完成')).toBe('2023-10-31');
    expect(dueOf('10月底前全面完成；6月底前完成初稿')).toBe('2023-10-31');
    expect(dueOf('2023年12月底前启动，2024年6月底前完成')).toBe('2024-06-30');
  });

  it('lets a one-off date win over ongoing words', () => {
    expect(parseDeadline('持续推进，11月底前取得阶段成效', 2023)).toMatchObject({ due: '2023-11-30', kind: 'date' });
  });
});

describe('parseDeadline: date cells', () => {
  it('reads a Date at UTC midnight and shows it as YYYY-MM-DD', () => {
    expect(parseDeadline(new Date(Date.UTC(2023, 10, 30)), 2023)).toEqual({ text: '2023-11-30', due: '2023-11-30', kind: 'date' });
  });

  it('reads an Excel serial number of a plausible year', () => {
    expect(parseDeadline(45260, 2023)).toEqual({ text: '2023-11-30', due: '2023-11-30', kind: 'date' });
    expect(dueOf(45138.5)).toBe('2023-07-31');
  });

  it('does not take other numbers for dates', () => {
    expect(parseDeadline(2023, 2023)).toEqual({ text: '2023', due: null, kind: 'unparsed' });
    expect(kindOf(12)).toBe('unparsed');
    expect(kindOf(200000)).toBe('unparsed');
  });

  it('gives no date for an Invalid Date', () => {
    expect(kindOf(new Date(NaN))).toBe('unparsed');
  });
});

describe('parseDeadline: no due day', () => {
  it.each(['持续推进', '长期', '长期坚持', '常态化', '按省统一部署', '常态化推进', '根据工作需要'])('%s is ongoing', (text) => {
    expect(parseDeadline(text, 2023)).toEqual({ text, due: null, kind: 'ongoing' });
  });

  it.each(['每月', '每季度', '每月25日前', '每季度末', '每年', '每年6月底前', '逐月报送', '按月报送'])('%s is recurring', (text) => {
    expect(parseDeadline(text, 2023)).toEqual({ text, due: null, kind: 'recurring' });
  });

  it('keeps a one-off date written next to a recurring report', () => {
    expect(parseDeadline('每月25日前报送进展，12月底前全面完成', 2023)).toMatchObject({ due: '2023-12-31', kind: 'date' });
  });

  it('calls an empty cell missing', () => {
    expect(parseDeadline(null, 2023)).toEqual({ text: '', due: null, kind: 'missing' });
    expect(kindOf('')).toBe('missing');
    expect(kindOf('  \u3000 ')).toBe('missing');
  });

  it('calls anything else unparsed, keeping what was written', () => {
    expect(parseDeadline('尽快', 2023)).toEqual({ text: '尽快', due: null, kind: 'unparsed' });
    expect(parseDeadline({ error: '#N/A' }, 2023)).toEqual({ text: '#N/A', due: null, kind: 'unparsed' });
    expect(parseDeadline(true, 2023)).toEqual({ text: 'TRUE', due: null, kind: 'unparsed' });
  });
});

describe('parseDeadline: spans from the day a list is issued', () => {
  it('reads 3天, 5日内, 10个工作日内 and 立行立改 as relative: no due day, never unparsed', () => {
    for (const text of ['3天', '5日内', '10个工作日内', '1个月内', '限期7天整改到位', '立行立改']) expect(parseDeadline(text, 2019)).toEqual({ text, due: null, kind: 'relative' });
    expect(kindOf('2019年9月2日前')).toBe('date');
    expect(kindOf('立行立改，长期坚持')).toBe('ongoing');
  });
});
