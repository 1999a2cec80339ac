import type { CalendarDate } from './calendarDate';

/** `YYYY-MM-DD`, the form in which dates travel between engine modules. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
