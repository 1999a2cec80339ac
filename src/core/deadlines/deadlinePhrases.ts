// The words deadline cells are written in, as data. parseDeadline builds its patterns from these tables.

/** No due day: the task runs on (never overdue). Matched anywhere in the cell when it names no date. */
export const ONGOING_WORDS: readonly string[] = [
  '持续推进', '持续开展', '持续', '长期坚持', '长期', '常态化', '常态', '常年',
  '按省统一部署', '按国家统一部署', '按上级统一部署', '按市统一部署', '统一部署', '按上级要求', '根据上级要求',
  '根据工作需要', '根据工作进度', '按工作进度', '适时', '动态推进', '逐步推进', '稳步推进', '久久为功',
];

/** A report due again and again: 每 + period (每月, 每季度末, 每月25日前) or one of RECURRING_WORDS. */
export const RECURRING_PREFIXES: readonly string[] = ['每', '逐'];
export const RECURRING_PERIODS: readonly string[] = ['半年', '季度', '季', '年度', '年', '月份', '月', '旬', '周', '星期', '天', '日'];
export const RECURRING_WORDS: readonly string[] = ['月报', '季报', '周报', '旬报', '半年报', '按月', '按季', '定期报送'];

/** Quarter numbers as written: 一季度, 第1季度, 三季度末. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The due month of 上半年 / 下半年. */
export const HALF_YEAR_END_MONTH: Readonly<Record<string, number>> = { 上: 6, 下: 12 };

/** Day within a month for 上旬, 中旬, …; 'last' for the month's end. A bare month (7月) also means its end. */
export const MONTH_PART_DAY: Readonly<Record<string, number | 'last'>> = {
  初: 10, 上旬: 10, 中旬: 20, 下旬: 'last', 底: 'last', 末: 'last', 份: 'last', '': 'last',
};

/** Words for the plan year's end, with or without a written year before them (全年, 年底前, 2023年内). */
export const YEAR_END_WORDS: readonly string[] = ['全年', '年底', '年末', '年内', '年度'];
export const YEAR_END_SUFFIXES: readonly string[] = ['底', '末', '内', '度'];
/** Mid-year (年中) is the half-year's end. */
export const MID_YEAR_WORDS: readonly string[] = ['年中'];

/** A year named relative to the plan year: 次年3月底前. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 次年: 1, 明年: 1, 翌年: 1, 今年: 0, 本年: 0, 当年: 0 };

/** Due at once from the day a list is issued (a rectification list's 整改时限): no day the table can give. */
export const IMMEDIATE_WORDS: readonly string[] = ['立行立改', '立即整改', '即知即改', '立即办理', '马上办', '即时办结', '立即'];

/** A span counted from the day a list is issued: 3天, 5日内, 10个工作日内, 2周内, 1个月内. */
export const RELATIVE_SPAN_UNITS: readonly string[] = ['个工作日', '工作日', '天', '日', '周', '个月'];
export const RELATIVE_SPAN_ENDINGS: readonly string[] = ['以内', '之内', '内', ''];
