// The district summary sheet: one row per place of the table's summary level (a city's districts and counties, a
// district's towns), in registry order, with the tasks it leads and supports, its quotas, and its overdue and due-soon
// tasks where the table has deadlines; then a totals row whose task counts are tasks of the plan (a task shared by nine districts is one task) and
// whose quotas add up the places' shares where shares add up (counts, amounts; a rate or a ceiling shows the table's
// own total, else none), and a line below saying so (or, without places, why the summary is empty). Quota columns are headed by the task's number and a short name from its text, in 万元 or 亿元.
// Where the table reports progress, the 通报 follows under the table.
// A table with more quota tasks than a reader can scan across (merged tables run to thousands; Excel stops at 16,384
// columns) gets one column per measure instead, with each district's quotas added up.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell, SheetColumn, Task } from '../model';
import { finish } from '../steps';
import { placeTotalsSteps } from '../summaries/districtSummary';
import { sharesAddUp } from '../summaries/sharesAddUp';
import { amountUnit, scaledAmount } from './amountUnits';
import { joinWithinCell } from './cellTextLimit';
import { displayWidth, sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';
import { taskShortName } from './taskShortName';

interface QuotaColumn {
  readonly taskNo: string;
  readonly measure: string;
}

/** More quota tasks than this and the sheet shows per-measure totals instead of one column per task. */
export const MAX_QUOTA_TASK_COLUMNS = 60;

const quotaKey = (q: QuotaColumn): string => `${q.taskNo}\u0000${q.measure}`;

/**
 * Quota columns in task order; a task with shares in two measures (元 and 人) gets a column for each. Yields after
 * every `slice` quotas read and tasks ordered: a long table gives a place thousands.
 */
function* quotaColumnsSteps(result: CheckResult, slice: number): Generator<void, QuotaColumn[]> {
  const seen = new Set<string>();
  const columns: QuotaColumn[] = [];
  let read = 0;
  for (const d of result.districts) {
    for (const q of d.quotas) {
      read += 1;
      if (read % slice === 0) yield;
      const k = quotaKey(q);
      if (seen.has(k)) continue;
      seen.add(k);
      columns.push({ taskNo: q.taskNo, measure: q.measure });
    }
  }
  const taskOrder = new Map<string, number>();
  for (const [i, task] of result.tasks.entries()) {
    if ((i + 1) % slice === 0) yield;
    taskOrder.set(task.no, i);
  }
  return columns.sort((a, b) => (taskOrder.get(a.taskNo) ?? 0) - (taskOrder.get(b.taskNo) ?? 0));
}

interface QuotaLayout {
  readonly columns: readonly { readonly header: string; readonly numberFormat: string }[];
  /** The figures of the place at this index of result.districts, one per quota column, in the column's unit. */
  readonly cells: (place: number) => (number | null)[];
  /**
   * The totals row's figures: the places' shares added up where they add up; where they do not (a rate, a ceiling),
   * the total the table states, else none.
   */
  readonly totals: readonly (number | null)[];
  /** Some column's shares do not add up, so its total is the table's own or none. */
  readonly someNotAdded: boolean;
}

/** Column widths: the quota headers wrap onto two lines rather than widen the page. */
const WIDTHS = { place: 14, count: 10, list: 30, quota: 13, state: 14 } as const;

/** The quota columns, yielding after every `slice` tasks looked up, quotas read or added up (a place has thousands). */
function* quotaLayout(result: CheckResult, messages: Messages, slice: number): Generator<void, QuotaLayout> {
  const h = messages.districtHeaders;
  const taskOf = new Map<string, Task>();
  for (const [i, task] of result.tasks.entries()) {
    if ((i + 1) % slice === 0) yield;
    if (!taskOf.has(task.no)) taskOf.set(task.no, task);
  }
  // Whether a task's shares add up is read from its text: once per task and measure, not once per share.
  const addsUpOf = new Map<string, boolean>();
  const addsUp = (q: QuotaColumn): boolean => {
    const key = quotaKey(q);
    let adds = addsUpOf.get(key);
    if (adds === undefined) {
      adds = sharesAddUp(q.measure, taskOf.get(q.taskNo)?.text ?? '');
      addsUpOf.set(key, adds);
    }
    return adds;
  };
  const all = yield* quotaColumnsSteps(result, slice);
  const byTask = all.length <= MAX_QUOTA_TASK_COLUMNS;
  // Added up per measure across tasks, a rate or a ceiling would spoil the sum it joins: such shares are left out.
  let columns = all;
  if (!byTask) {
    // Each column's task text is read here: 15,000 quota tasks at 100,000 rows, a yield every `slice`.
    columns = [];
    for (const [i, column] of all.entries()) {
      if ((i + 1) % slice === 0) yield;
      if (addsUp(column)) columns.push(column);
    }
  }
  const keyOf = byTask ? quotaKey : (q: QuotaColumn) => q.measure;
  const keys: string[] = [];
  const measureOf = new Map<string, string>();
  const taskNoOf = new Map<string, string>();
  for (const column of columns) {
    const key = keyOf(column);
    if (measureOf.has(key)) continue;
    keys.push(key);
    measureOf.set(key, column.measure);
    taskNoOf.set(key, column.taskNo);
  }
  const byPlace: Map<string, number>[] = [];
  let added = 0;
  for (const d of result.districts) {
    const shares = new Map<string, number>();
    for (const q of d.quotas) {
      added += 1;
      if (added % slice === 0) yield;
      if (byTask || addsUp(q)) shares.set(keyOf(q), (shares.get(keyOf(q)) ?? 0) + q.amount);
    }
    byPlace.push(shares);
    yield;
  }
  const raw = keys.map((key) => byPlace.flatMap((shares) => (shares.has(key) ? [shares.get(key) as number] : [])));
  const addedUp = keys.map((key) => !byTask || addsUp({ taskNo: taskNoOf.get(key) ?? '', measure: measureOf.get(key) ?? '' }));
  const totals = keys.map((key, i): number | null => {
    if (addedUp[i]) return (raw[i] ?? []).reduce((sum, a) => sum + a, 0);
    const stated = taskOf.get(taskNoOf.get(key) ?? '')?.quotaTotal;
    return stated && stated.measure === measureOf.get(key) ? stated.amount : null;
  });
  const units = keys.map((key, i) => amountUnit([...(raw[i] ?? []), ...(totals[i] === null ? [] : [totals[i] as number])], measureOf.get(key) ?? ''));
  const header = (key: string, i: number): string => {
    const unit = messages.scaledMeasure(measureOf.get(key) ?? '', units[i]?.scale ?? 1);
    if (!byTask) return h.quotaTotal(unit);
    const taskNo = taskNoOf.get(key) ?? '';
    const task = taskOf.get(taskNo);
    return h.quota(taskNo, task ? taskShortName(task.text, task.quotas.map((q) => q.unit)) : '', unit);
  };
  return {
    columns: keys.map((key, i) => ({ header: header(key, i), numberFormat: units[i]?.numberFormat ?? '#,##0' })),
    cells: (place) => {
      const shares = byPlace[place] ?? new Map<string, number>();
      return keys.map((k, i) => (shares.has(k) ? scaledAmount(shares.get(k) as number, units[i]?.scale ?? 1) : null));
    },
    totals: totals.map((total, i) => (total === null ? null : scaledAmount(total, units[i]?.scale ?? 1))),
    someNotAdded: !byTask ? all.length > columns.length : addedUp.some((a) => !a),
  };
}

export function districtSheet(result: CheckResult, messages: Messages, context: SheetContext = NO_SHEET_CONTEXT): SheetBody {
  return finish(districtSheetSteps(result, messages, context));
}

/** The sheet, yielding after each place's quotas and every `slice` tasks of the totals. */
export function* districtSheetSteps(
  result: CheckResult,
  messages: Messages,
  context: SheetContext = NO_SHEET_CONTEXT,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, SheetBody> {
  const h = messages.districtHeaders;
  const quotas = yield* quotaLayout(result, messages, slice);
  const level = result.level?.summaryLevel ?? 'county';
  const place = level === 'town' ? h.town : h.district;
  // A table without a deadline column has nothing overdue or due soon: the columns would only say 0.
  const dated = result.columns.deadline !== null;
  const states = (overdue: number, dueSoon: number): number[] => (dated ? [overdue, dueSoon] : []);
  const rows: PlanCell[][] = result.districts.map((d, i) => [
    d.name,
    d.leadTasks.length,
    joinWithinCell(d.leadTasks, messages.listSeparator),
    d.supportTasks.length,
    joinWithinCell(d.supportTasks, messages.listSeparator),
    ...quotas.cells(i),
    ...states(d.overdue, d.dueSoon),
  ]);
  const boldRows: number[] = [];
  if (rows.length > 0) {
    const totals = yield* placeTotalsSteps(result.tasks, result.districts.map((d) => d.name), slice);
    boldRows.push(rows.length);
    rows.push([h.totalRow, totals.lead, null, totals.support, null, ...quotas.totals, ...states(totals.overdue, totals.dueSoon)]);
  }
  const stateHeaders = dated ? [h.overdue, h.dueSoon] : [];
  const headers = [place, h.leadCount, h.leadTasks, h.supportCount, h.supportTasks, ...quotas.columns.map((c) => c.header), ...stateHeaders];
  const maxWidths = [WIDTHS.place, WIDTHS.count, WIDTHS.list, WIDTHS.count, WIDTHS.list, ...quotas.columns.map(() => WIDTHS.quota), ...stateHeaders.map(() => WIDTHS.state)];
  const firstState = 5 + quotas.columns.length;
  const counts = new Set([1, 3, ...stateHeaders.map((_, i) => firstState + i)]);
  const columns: SheetColumn[] = sheetColumns(headers, rows, maxWidths, { headerWraps: true, headerBreaks: true }).map((column, i) => {
    // The places' header is a name (乡镇（街道）), its bracket no unit: one line, the column as wide as it.
    if (i === 0) return { ...column, header: place, width: Math.max(column.width, Math.min(displayWidth(place) + 2, WIDTHS.place)) };
    if (i === 2 || i === 4) return { ...column, width: WIDTHS.list, wrap: true };
    if (counts.has(i)) return { ...column, center: true };
    const quota = quotas.columns[i - 5];
    return quota ? { ...column, numberFormat: quota.numberFormat } : column;
  });
  // Titled for the places it lists (乡镇（街道）汇总表 for a district's table); the sheet keeps the product's name. A
  // summary without places says why it is empty.
  const layout = toolSheetLayout(h.title(level), result, messages, context, {
    note: rows.length > 0 ? h.totalsNote(level, quotas.someNotAdded) : h.noPlaces(level),
    ...(rows.length > 0 ? { totalsRow: true } : {}),
    // The 通报, where the table reports progress: under the table, as an office pastes it into its report.
    ...(result.progress ? { closing: { heading: messages.progress.bulletinTitle, text: result.progress.bulletin } } : {}),
  });
  return { columns, rows, boldRows, layout };
}
