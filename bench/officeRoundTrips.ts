// The Office.js adapter's round trips per button on a large table, through the tests' recording fake of Excel's
// batched object model (tests/office/fakeExcel.ts stands for Excel, which cannot run here). The fake counts every
// context.sync() and the JSON length of what each one sends and receives. Desktop Excel has no payload limit (the
// fake's is lifted, so a large read is measured rather than refused); Excel on the web refuses requests and responses
// over 5 MB, and the adapter then reads in blocks. The fake is ExcelApi 1.20, so reads carry the merged areas (the
// synthetic table has none: a read that fits one response gets them in its sync, a split read in one sync more).
import { createOfficeHost } from '../src/office';
import type { CheckSettings, SheetGrid } from '../src/core';
import { FakeExcel } from '../tests/office/fakeExcel';
import { fakeRuntime } from '../tests/office/fakeRuntime';

export type Button = 'validate' | 'validateAgain' | 'summarize' | 'clear';

export interface ButtonRoundTrips {
  readonly button: Button;
  readonly syncs: number;
  /** The largest request data of one sync (JSON length of the values, formats, formulas and addresses sent). */
  readonly largestRequestBytes: number;
  /** All request data of the button press: what the request size limit has to split into syncs. */
  readonly totalRequestBytes: number;
  /** The largest response of one sync (JSON length of the cells it loaded). */
  readonly largestResponseBytes: number;
}

/** A date cell as Excel holds it: a serial number under a date format. */
const DATE_FORMAT = 'yyyy/m/d';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Where the buttons are pressed: desktop Excel (no payload limit) or Excel on the web (5 MB). */
export type OfficePlatform = 'desktop' | 'web';

function excelWorkbook(sheet: SheetGrid, platform: OfficePlatform): FakeExcel {
  const excel = new FakeExcel();
  excel.payloadLimitBytes = platform === 'web' ? 5 * 1024 * 1024 : Number.POSITIVE_INFINITY;
  const values = sheet.grid.map((row) => row.map((cell) => (cell instanceof Date ? (cell.getTime() - EXCEL_EPOCH_MS) / DAY_MS : cell !== null && typeof cell === 'object' ? cell.error : cell)));
  const formats = sheet.grid.map((row) => row.map((cell) => (cell instanceof Date ? DATE_FORMAT : 'General')));
  excel.addSheet(sheet.name, values, formats);
  return excel;
}

/** 校验表格 twice (a first run and a rerun that replaces its own marks), 生成区县汇总表, then 清除标记. */
export async function officeRoundTrips(sheet: SheetGrid, settings: CheckSettings, platform: OfficePlatform = 'desktop'): Promise<ButtonRoundTrips[]> {
  const excel = excelWorkbook(sheet, platform);
  const host = createOfficeHost(fakeRuntime(excel, {}));
  const presses: readonly [Button, () => Promise<unknown>][] = [
    ['validate', () => host.validate(settings)],
    ['validateAgain', () => host.validate(settings)],
    ['summarize', () => host.summarize(settings)],
    ['clear', () => host.clear()],
  ];
  const trips: ButtonRoundTrips[] = [];
  for (const [button, press] of presses) {
    const before = excel.syncs.length;
    await press();
    const syncs = excel.syncs.slice(before);
    trips.push({
      button,
      syncs: syncs.length,
      largestRequestBytes: Math.max(0, ...syncs.map((s) => s.dataBytes)),
      totalRequestBytes: syncs.reduce((sum, s) => sum + s.dataBytes, 0),
      largestResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    });
  }
  return trips;
}
