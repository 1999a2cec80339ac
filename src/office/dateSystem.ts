// Which date system the workbook counts in. Excel hands dates to add-ins as serial numbers, and a workbook may use the
// 1904 date system (File > Options > Advanced, "Use 1904 date system"; common in files from old Mac Excel), where the
// same serial is 1,462 days later than in the 1900 system the engine reads (core/dates/excelSerialToDate.ts).
//
// Office.js has no property for it before preview sets, but DATE is evaluated in the workbook (workbook.functions,
// ExcelApi 1.2): "year is a number from 1900 or 1904 (depending on the workbook's date system)", so DATE(1904,1,1) is
// serial 0 in the 1904 system and 1462 in the 1900 one. It is loaded with the first read, in the same sync.
import type { XlContext } from './excelTypes';

export interface DateSystem {
  readonly date1904: boolean;
}

/** 1904-01-01 in the 1900 date system: the offset between the two systems' serials. */
export const DAYS_1900_TO_1904 = 1462;

export const DATE_SYSTEM_1900: DateSystem = { date1904: false };

/** A serial of the workbook's date system as a 1900-system serial, which the engine reads. */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system.date1904 ? serial + DAYS_1900_TO_1904 : serial;
}

export function queueDateSystem(context: XlContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  return () => ({ date1904: probe.value < DAYS_1900_TO_1904 });
}
