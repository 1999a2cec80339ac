// 序时进度: the share of a task's span that has passed on the as-of day, as supervision offices reckon it, by months:
// a month counts in full at its end and by its days within it, so an annual task stands at 11/12 = 91.7% at the end
// of November and at 6/12 = 50% at the end of June, whatever the months' lengths.
import { lastDayOfMonth } from '../dates/lastDayOfMonth';
import { parseIsoDate } from '../dates/parseIsoDate';

/** Months since year 0 at the start (`endOfDay` false) or the end of a day. */
function monthPosition(iso: string, endOfDay: boolean): number {
  const date = parseIsoDate(iso);
  if (date === null) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const days = lastDayOfMonth(date.year, date.month);
  return date.year * 12 + (date.month - 1) + (endOfDay ? date.day : date.day - 1) / days;
}

/** The elapsed share of the span from the start of `start` to the end of `due`, at the end of `asOf`, in percent (0..100). */
export function expectedProgress(start: string, due: string, asOf: string): number {
  const from = monthPosition(start, false);
  const to = monthPosition(due, true);
  const now = monthPosition(asOf, true);
  if (to <= from) return now >= to ? 100 : 0;
  return Math.min(100, Math.max(0, ((now - from) / (to - from)) * 100));
}
