// When a sheet was made, as its reader's clock showed it: the local calendar day and the minute, 'YYYY-MM-DD HH:mm'.
import { localIsoDate } from './localIsoDate';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

export function localDateTime(now: Date = new Date()): string {
  return `${localIsoDate(now)} ${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}`;
}
