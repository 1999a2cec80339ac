import { lastDayOfMonth } from './lastDayOfMonth';

/** Years are limited to what an ISO `YYYY` can spell. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= lastDayOfMonth(year, month)
  );
}
