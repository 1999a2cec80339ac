// 单位进展排名: per lead unit, the tasks it leads and how they stand (done, on schedule, behind, overdue, not
// reported) with its completion rate, in the units' order (a league table only on request), and a totals row.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';

const MAX_WIDTHS = [28, 10, 10, 10, 10, 10, 10, 10];

/** The rate column; the counts before it stand centred, as the district summary's do. */
const RATE_COLUMN = 7;

export function unitProgressSheet(result: CheckResult, messages: Messages, context: SheetContext = NO_SHEET_CONTEXT): SheetBody {
  const h = messages.progress.unitProgressHeaders;
  const units = result.progress?.units ?? [];
  const headers = [h.unit, h.led, h.done, h.onSchedule, h.behind, h.overdue, h.notReported, h.completionRate];
  const rows: PlanCell[][] = units.map((u) => [u.unit, u.led, u.done, u.onSchedule, u.behind, u.overdue, u.notReported, u.completionRate / 100]);
  const boldRows: number[] = [];
  if (units.length > 0) {
    const sum = (pick: (u: (typeof units)[number]) => number): number => units.reduce((s, u) => s + pick(u), 0);
    const led = sum((u) => u.led);
    const done = sum((u) => u.done);
    boldRows.push(rows.length);
    rows.push([messages.districtHeaders.totalRow, led, done, sum((u) => u.onSchedule), sum((u) => u.behind), sum((u) => u.overdue), sum((u) => u.notReported), led === 0 ? 0 : done / led]);
  }
  const columns = sheetColumns(headers, rows, MAX_WIDTHS, { headerWraps: true }).map((c, i) => {
    if (i === RATE_COLUMN) return { ...c, numberFormat: '0.0%' };
    return i > 0 ? { ...c, center: true } : c;
  });
  // A co-led task counts for each of its leads: the totals are of units' tasks, more than the plan's tasks.
  const note = units.length > 0 && result.progress ? { note: messages.progress.unitTotalsNote(result.progress.total) } : {};
  const layout = toolSheetLayout(messages.progress.unitProgressTitle(result.progress?.period ?? null), result, messages, context, { ...note, totalsRow: units.length > 0 });
  return { columns, rows, boldRows, layout };
}
