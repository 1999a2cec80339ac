import type { CellValue, Deadline } from '../model';
import type { CalendarDate } from '../dates/calendarDate';
import { excelSerialToDate } from '../dates/excelSerialToDate';
import { formatIsoDate } from '../dates/formatIsoDate';
import { isValidCalendarDate } from '../dates/isValidCalendarDate';
import { lastDayOfMonth } from '../dates/lastDayOfMonth';
import { toIsoDate } from '../dates/toIsoDate';
import { memoizeBounded } from '../memoize';
import { normalizeProse } from '../quotas/normalizeProse';
import { monthAndDayToDigits } from './chineseNumerals';
import { namedMatches, namedPattern, type Groups } from './namedGroups';
import {
  HALF_YEAR_END_MONTH, MID_YEAR_WORDS, MONTH_PART_DAY, ONGOING_WORDS, QUARTER_NUMBERS, RECURRING_PERIODS,
  IMMEDIATE_WORDS, RECURRING_PREFIXES, RECURRING_WORDS, RELATIVE_SPAN_ENDINGS, RELATIVE_SPAN_UNITS, RELATIVE_YEARS, YEAR_END_SUFFIXES, YEAR_END_WORDS,
} from './deadlinePhrases';
import { wordAlternation } from './wordAlternation';

/** A number cell is read as a date only inside the years plans are written for (as findPlanYear: 2000–2099). */
const PLAUSIBLE_SERIALS = { first: 36526, last: 73050 }; // 2000-01-01 .. 2099-12-31

const YEAR_PREFIX = (n: string) => `(?:(?<y${n}>\\d{4})年|(?<ry${n}>${wordAlternation(Object.keys(RELATIVE_YEARS))}))`;
const MONTH_PARTS = Object.keys(MONTH_PART_DAY).filter((p) => p !== '');

// One pass, left to right: a month with a day, a month (with its part), a quarter, a half year, a year on its own,
// and the year-end words. Alternatives are ordered so that "2023年7月底" is read whole, never as 2023年 + 7月底.
const DATE_PATTERN = namedPattern(
  [
    // Neither a day nor a month runs on into more digits: 2021.6-2021.12 is June to December, not 2021.6-20.
    '(?<isoY>\\d{4})[-/.](?<isoM>\\d{1,2})[-/.](?<isoD>\\d{1,2})(?!\\d)',
    // A year and month written with digits alone (2021.10, 2021-6底): never the 20 of 2021-2022年.
    `(?<ymY>\\d{4})[-/.](?<ymM>\\d{1,2})(?!\\d)(?<ymPart>${wordAlternation(MONTH_PARTS)})?`,
    `${YEAR_PREFIX('1')}?(?:(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})[日号]|(?<part>${wordAlternation(MONTH_PARTS)})?)` +
      '|第?(?<q>[1-4一二三四])季度?(?:末|底)?|[Qq](?<qn>[1-4])|(?<half>[上下])半年)',
    `${YEAR_PREFIX('2')}(?:(?<mid2>中)|${wordAlternation(YEAR_END_SUFFIXES)})?`,
    // Not after a digit: 3年内 is a span of three years, not the plan year. The digit is matched (and the match then
    // skipped) rather than looked behind for, which EdgeHTML 18 cannot parse.
    `(?<digitBefore>\\d)?(?:(?<mid>${wordAlternation(MID_YEAR_WORDS)})|${wordAlternation(YEAR_END_WORDS)})`,
  ].join('|'),
  'g',
);

// 每月25日前 names no one-off day: the period and the day words after it are taken out before dates are read.
const RECURRING_CLAUSE = new RegExp(
  `(?:${wordAlternation(RECURRING_PREFIXES)})个?(?:${wordAlternation(RECURRING_PERIODS)})[\\d月日号底末前初中上下旬第季度一二三四]*`,
  'g',
);

const RELATIVE_SPAN = new RegExp(`^(?:限期)?\\d+(?:${wordAlternation(RELATIVE_SPAN_UNITS)})(?:${wordAlternation(RELATIVE_SPAN_ENDINGS.filter((e) => e !== ''))})?(?:完成|整改到位|整改完成|办结)?$`);

function yearOf(groups: Groups, n: string, planYear: number): number {
  const written = groups[`y${n}`];
  if (written !== undefined) return Number(written);
  const relative = groups[`ry${n}`];
  return relative !== undefined ? planYear + (RELATIVE_YEARS[relative] ?? 0) : planYear;
}

const endOfMonth = (year: number, month: number): CalendarDate => ({ year, month, day: lastDayOfMonth(year, month) });

/** The day a part of a month names (上旬 the 10th; 底, or no part, its last day), or null where the month is none (13月). */
function dayOfMonthPart(year: number, month: number, part: string | undefined): CalendarDate | null {
  if (month < 1 || month > 12) return null;
  const day = MONTH_PART_DAY[part ?? ''] ?? 'last';
  return day === 'last' ? endOfMonth(year, month) : { year, month, day };
}

/** The last day a matched phrase allows, or null when it names no real day (2月30日). */
function dueOf(g: Groups, planYear: number): CalendarDate | null {
  if (g.isoY !== undefined) {
    const [year, month, day] = [Number(g.isoY), Number(g.isoM), Number(g.isoD)];
    return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
  }
  if (g.ymY !== undefined) return dayOfMonthPart(Number(g.ymY), Number(g.ymM), g.ymPart);
  if (g.m !== undefined) {
    const year = yearOf(g, '1', planYear);
    const month = Number(g.m);
    if (g.d !== undefined) {
      const day = Number(g.d);
      return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
    }
    return dayOfMonthPart(year, month, g.part);
  }
  const quarter = g.q ?? g.qn;
  if (quarter !== undefined) return endOfMonth(yearOf(g, '1', planYear), (QUARTER_NUMBERS[quarter] ?? 4) * 3);
  if (g.half !== undefined) return endOfMonth(yearOf(g, '1', planYear), HALF_YEAR_END_MONTH[g.half] ?? 12);
  if (g.y2 !== undefined || g.ry2 !== undefined) return endOfMonth(yearOf(g, '2', planYear), g.mid2 ? 6 : 12);
  return endOfMonth(planYear, g.mid ? 6 : 12);
}

function latestDue(text: string, planYear: number): string | null {
  let latest: string | null = null;
  for (const { groups } of namedMatches(DATE_PATTERN, text)) {
    if (groups.digitBefore !== undefined) continue;
    const due = dueOf(groups, planYear);
    if (!due) continue;
    const iso = formatIsoDate(due);
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}

const CACHE_LIMIT = 1000;

// A deadline column repeats a handful of phrases (11月底前, 全年) over thousands of rows: read each phrase once per plan
// year. The year leads the key and holds no U+0000, so the first U+0000 ends it even in a text that holds one.
const readCached = memoizeBounded(CACHE_LIMIT, (key: string): Deadline => {
  const cut = key.indexOf('\u0000');
  return Object.freeze(fromText(key.slice(cut + 1), Number(key.slice(0, cut))));
});

function fromTextCached(text: string, planYear: number): Deadline {
  return readCached(`${planYear}\u0000${text}`);
}

function fromText(text: string, planYear: number): Deadline {
  const normalized = monthAndDayToDigits(normalizeProse(text));
  if (normalized === '') return { text, due: null, kind: 'missing' };
  const withoutRecurring = normalized.replace(RECURRING_CLAUSE, '|');
  const due = latestDue(withoutRecurring, planYear);
  if (due !== null) return { text, due, kind: 'date' };
  if (withoutRecurring !== normalized || RECURRING_WORDS.some((w) => normalized.includes(w))) {
    return { text, due: null, kind: 'recurring' };
  }
  if (ONGOING_WORDS.some((w) => normalized.includes(w))) return { text, due: null, kind: 'ongoing' };
  if (RELATIVE_SPAN.test(normalized) || IMMEDIATE_WORDS.some((w) => normalized.includes(w))) return { text, due: null, kind: 'relative' };
  return { text, due: null, kind: 'unparsed' };
}

/** Years a YYYY-MM-DD date can hold; Excel's calendar ends at 9999-12-31 (a larger serial shows as ####). */
const WRITABLE_YEARS = { first: 1, last: 9999 };

function fromDate(date: Date): Deadline {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < WRITABLE_YEARS.first || year > WRITABLE_YEARS.last) return { text: '', due: null, kind: 'unparsed' };
  const iso = toIsoDate(date);
  return { text: iso, due: iso, kind: 'date' };
}

/**
 * Reads a deadline cell. Several dates in one cell ("6月底前完成初稿，10月底前全面完成"): the latest is the due day.
 * Years left out are the plan year's; a written year wins. A one-off date wins over ongoing or recurring words.
 */
export function parseDeadline(value: CellValue, planYear: number): Deadline {
  if (value === null) return { text: '', due: null, kind: 'missing' };
  if (typeof value === 'string') return fromTextCached(value, planYear);
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'number') {
    const plausible = value >= PLAUSIBLE_SERIALS.first && value < PLAUSIBLE_SERIALS.last + 1;
    return plausible ? fromDate(excelSerialToDate(value)) : { text: String(value), due: null, kind: 'unparsed' };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', due: null, kind: 'unparsed' };
  return { text: value.error, due: null, kind: 'unparsed' };
}
