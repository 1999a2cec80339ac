// "Today" for --as-of: the calendar day on the user's clock, not in UTC.
import { formatIsoDate } from '../core/dates/formatIsoDate';

export function localIsoDate(now: Date): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
