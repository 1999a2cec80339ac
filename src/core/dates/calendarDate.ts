/** A day of the Gregorian calendar as plain numbers, so that no time zone can shift it. `month` is 1..12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
