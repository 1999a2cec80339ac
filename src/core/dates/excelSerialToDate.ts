const MS_PER_DAY = 86_400_000;
/** Day zero for serials from 61 on: Excel counts a 29 February 1900 that never was, so later serials are one ahead. */
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
/** Day zero for serials 1..59 (1900-01-01..1900-02-28), which Excel counts correctly. */
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);
const LAST_SERIAL = 2_958_465; // 9999-12-31, Excel's last day

/**
 * A 1900-system serial (the time part is dropped) as a Date at UTC midnight. Serial 60, Excel's fictitious
 * 1900-02-29, reads as 1900-02-28 (as ExcelJS reads it). Serials Excel cannot show give an Invalid Date.
 */
export function excelSerialToDate(serial: number): Date {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return new Date(NaN);
  const day = Math.floor(serial);
  if (day >= 61) return new Date(EPOCH_AFTER_BUG + day * MS_PER_DAY);
  return new Date(EPOCH_BEFORE_BUG + Math.min(day, 59) * MS_PER_DAY);
}
