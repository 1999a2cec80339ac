// "Today" for deadlines is the user's calendar day, not UTC's: at 07:00 in Beijing UTC is still on yesterday.
// The one place the engine's code reads the local clock's calendar, for hosts that default the as-of date.
import { formatIsoDate } from './formatIsoDate';

export function localIsoDate(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
