import { formatIsoDate } from './formatIsoDate';

/** The UTC calendar day of a Date (hosts hand dates in at UTC midnight), as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}
