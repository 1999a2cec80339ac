// "Today" for deadlines is the user's calendar day, not UTC's: at 07:00 in Beijing UTC is still on yesterday.
// Imported by the task pane's first bundle too, hence the module path rather than core's index (the whole engine).
import { formatIsoDate } from '../core/dates/formatIsoDate';

export function localToday(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
