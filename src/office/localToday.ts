// "Today" for deadlines is the user's calendar day, not UTC's: at 07:00 in Beijing UTC is still on yesterday.
import { toIsoDate } from '../core';

export function localToday(now: Date = new Date()): string {
  return toIsoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}
