// The period a round of returns is for, as the command line and the pane write it: `2023-11` (a month) or `2023-Q3`
// (a quarter). Months are what the period ends in, so a quarter compares with the months of progress headers.
import { lastDayOfMonth } from '../dates/lastDayOfMonth';

export interface Period {
  readonly year: number;
  /** 1..12 for a month, null for a quarter. */
  readonly month: number | null;
  /** 1..4 for a quarter, null for a month. */
  readonly quarter: number | null;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;

export function parsePeriod(text: string): Period | null {
  const month = MONTH.exec(text.trim());
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { year: Number(month[1]), month: m, quarter: null } : null;
  }
  const quarter = QUARTER.exec(text.trim());
  return quarter ? { year: Number(quarter[1]), month: null, quarter: Number(quarter[2]) } : null;
}

/** The canonical spelling (2023-q3 → 2023-Q3). */
export function formatPeriod(period: Period): string {
  return period.month !== null ? `${period.year}-${String(period.month).padStart(2, '0')}` : `${period.year}-Q${period.quarter}`;
}

export function periodEndMonth(period: Period): number {
  return period.month ?? (period.quarter ?? 4) * 3;
}

/** `YYYY-MM-DD` of the period's last day. */
export function periodEnd(period: Period): string {
  const month = periodEndMonth(period);
  return `${period.year}-${String(month).padStart(2, '0')}-${String(lastDayOfMonth(period.year, month)).padStart(2, '0')}`;
}

/** Periods newest first: a later end first, a month before the quarter ending with it. */
export function comparePeriodsNewestFirst(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa === null || pb === null) return a < b ? 1 : a > b ? -1 : 0;
  const ea = pa.year * 12 + periodEndMonth(pa);
  const eb = pb.year * 12 + periodEndMonth(pb);
  if (ea !== eb) return eb - ea;
  return (pa.month === null ? 1 : 0) - (pb.month === null ? 1 : 0);
}

/** A period written at the start of a text (a 进展汇总 column header: "2023-11 进展"), or null. */
export function periodAtStart(text: string): string | null {
  const match = /^(\d{4}-(?:\d{2}|[Qq][1-4]))(?![\d])/.exec(text.trim());
  const period = match ? parsePeriod(match[1] as string) : null;
  return period ? formatPeriod(period) : null;
}

/**
 * The day returns are judged against: the one asked for, else the period's last day, or today when that is earlier.
 * The November returns merged on 3 December compare with 11/12 of the year, as the office that asked for them does.
 */
export function returnsAsOf(period: string, asOf: string | null | undefined, today: string): string {
  if (asOf !== null && asOf !== undefined) return asOf;
  const parsed = parsePeriod(period);
  const end = parsed ? periodEnd(parsed) : today;
  return end < today ? end : today;
}
