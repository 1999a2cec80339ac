import type { CalendarDate } from './calendarDate';
import { memoizeBounded } from '../memoize';
import { parseIsoDate } from './parseIsoDate';

/** Days since 1970-01-01 by plain arithmetic (H. Hinnant's days_from_civil): Date.UTC would move years 0..99 to 19xx. */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function parseOrThrow(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return date;
}

// Every task is compared with the same as-of day, and a table's deadlines fall on a few hundred days: each day is
// parsed once.
const CACHE_LIMIT = 1000;
const dayNumberOf = memoizeBounded(CACHE_LIMIT, (iso: string): number => dayNumber(parseOrThrow(iso)));

/** Whole days from `fromIso` to `toIso`: positive when `toIso` is later. Throws RangeError on a malformed date. */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumberOf(toIso) - dayNumberOf(fromIso);
}
