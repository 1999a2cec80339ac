// 序时进度 and the periods of returns: elapsed shares by months, spans a deadline writes, period spellings.
import { expectedProgress } from '../../../src/core/progress/expectedProgress';
import { comparePeriodsNewestFirst, formatPeriod, parsePeriod, periodAtStart, periodEnd, returnsAsOf } from '../../../src/core/progress/period';
import { taskStart } from '../../../src/core/progress/taskStart';

describe('expectedProgress', () => {
  it('stands at 11/12 of an annual task at the end of November, 6/12 at the end of June', () => {
    expect(expectedProgress('2023-01-01', '2023-12-31', '2023-11-30')).toBeCloseTo(91.667, 3);
    expect(expectedProgress('2023-01-01', '2023-12-31', '2023-06-30')).toBeCloseTo(50, 6);
    expect(expectedProgress('2024-01-01', '2024-12-31', '2024-02-29')).toBeCloseTo(200 / 12, 6);
  });

  it('counts a month by its days within it (20 November: 10 months and 20 of 30 days)', () => {
    expect(expectedProgress('2023-01-01', '2023-12-31', '2023-11-20')).toBeCloseTo(((10 + 20 / 30) / 12) * 100, 6);
  });

  it('runs from a task’s own start to its due day, and stays within 0 and 100', () => {
    expect(expectedProgress('2023-05-01', '2023-10-31', '2023-07-31')).toBeCloseTo(50, 6);
    expect(expectedProgress('2023-05-01', '2023-10-31', '2023-03-31')).toBe(0);
    expect(expectedProgress('2023-05-01', '2023-10-31', '2023-11-20')).toBe(100);
    expect(expectedProgress('2023-07-31', '2023-07-31', '2023-07-31')).toBe(100);
  });
});

describe('taskStart', () => {
  it.each([
    ['5-10月', '2023-05-01'],
    ['2023年4月至12月', '2023-04-01'],
    ['三月起至年底', '2023-03-01'],
    ['2024年2月开始', '2024-02-01'],
    ['11月底前', '2023-01-01'],
    ['全年', '2023-01-01'],
  ])('starts a task due %s on %s', (deadline, start) => {
    expect(taskStart(deadline, 2023)).toBe(start);
  });
});

describe('periods', () => {
  it('reads months and quarters, and spells them one way', () => {
    expect(parsePeriod('2023-11')).toEqual({ year: 2023, month: 11, quarter: null });
    expect(formatPeriod(parsePeriod('2023-q3')!)).toBe('2023-Q3');
    expect(parsePeriod('2023-13')).toBeNull();
    expect(parsePeriod('2023/11')).toBeNull();
  });

  it('ends a month and a quarter on their last day', () => {
    expect(periodEnd(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2023-Q3')!)).toBe('2023-09-30');
  });

  it('orders periods newest first, a month before the quarter ending with it', () => {
    expect(['2023-10', '2023-Q3', '2023-11', '2023-09'].sort(comparePeriodsNewestFirst)).toEqual(['2023-11', '2023-10', '2023-09', '2023-Q3']);
  });

  it('finds the period a 进展汇总 header starts with', () => {
    expect(periodAtStart('2023-10 进展')).toBe('2023-10');
    expect(periodAtStart('2023-Q3 progress')).toBe('2023-Q3');
    expect(periodAtStart('进展 2023-10')).toBeNull();
  });

  it('judges returns at the period’s end, or today when that is earlier, unless told a day', () => {
    expect(returnsAsOf('2023-11', null, '2023-12-03')).toBe('2023-11-30');
    expect(returnsAsOf('2023-11', null, '2023-11-20')).toBe('2023-11-20');
    expect(returnsAsOf('2023-11', '2023-11-25', '2023-12-03')).toBe('2023-11-25');
  });
});
