// Excel stores dates as serial numbers; only the cell's number format says a number is a date. The engine wants
// Dates, so each host decides from the format, as Excel itself does when it displays the cell.

/** Quoted literals, escaped characters, fill/padding characters: text inside a format, never date codes. */
const LITERALS = /"[^"]*"|\\.|_.|\*./g;
/** Elapsed time ([h]:mm, [mm]:ss) counts hours, minutes, seconds: kept as their letters so 'm' reads as minutes. */
const ELAPSED = /\[(h+|m+|s+)\]/gi;
/** Other bracketed parts: colours, conditions and locale tags ([Red], [>=100], [$-804]), never dates. */
const BRACKETS = /\[[^\]]*\]/g;
/** Locale formats Excel writes for the system's long/short date ([$-F800], [$-x-sysdate]). */
const SYSTEM_DATE = /\[\$-(F800|x-sysdate)\]/i;

/**
 * True when a number in a cell with this format shows as a date (or date and time): the first section holds day,
 * month or year codes. 'm' alone means minutes after h or before s, month otherwise.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (typeof format !== 'string' || format === '' || format === '@') return false;
  if (SYSTEM_DATE.test(format)) return true;
  const firstSection = (format.replace(LITERALS, '').split(';')[0] ?? '').replace(ELAPSED, '$1').replace(BRACKETS, '').toLowerCase();
  if (firstSection === 'general') return false;
  // E+ / E- is scientific notation, not an era year; AM/PM and A/P mark a time of day, their letters are no codes.
  const codes = firstSection.replace(/e[+-]/g, '').replace(/am\/pm|a\/p/g, '');
  if (/[dye]|g{1,3}|b[12]/.test(codes)) return true;
  // A month needs an 'm' that is not minutes: minutes follow an hour code or precede seconds.
  const withoutMinutes = codes.replace(/h+[^a-z]*m+/g, 'h').replace(/m+([^a-z]*s)/g, '$1');
  return withoutMinutes.includes('m');
}
