/** Gregorian rule. Excel's 1900 bug is handled where serials are read, not here. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
