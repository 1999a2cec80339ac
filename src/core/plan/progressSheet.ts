// 进展汇总, the tool's sheet of a merge: per task, each unit's report for the period, the light, 序时进度, the figures,
// problems and next steps, what changed since the last period, and one column per period, this one first and the
// earlier ones kept from the sheet an earlier merge wrote. A hidden key column ties each row to its task, so that the
// next merge finds its periods again.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell, Task, UnitReport } from '../model';
import { taskKeys } from '../progress/taskKeys';
import { finish } from '../steps';
import { sheetColumns } from './columnWidth';
import { lightRules } from './highlightRanges';
import type { SheetBody } from './sheetBody';
import { headerRowOf, NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';

/** Each unit's text on its own line, named where more than one unit wrote. */
function perUnit(reports: readonly UnitReport[], pick: (r: UnitReport) => string, separator: string): string | null {
  const written = reports.filter((r) => pick(r) !== '');
  if (written.length === 0) return null;
  if (written.length === 1 && reports.length === 1) return pick(written[0] as UnitReport);
  return written.map((r) => `${r.unit}${separator}${pick(r)}`).join('\n');
}

function figuresCell(task: Task, messages: Messages): string | null {
  const figures = (task.progressRecord?.figures ?? []).filter((f) => f.actual !== null || f.target !== null);
  if (figures.length === 0) return null;
  const amount = (value: number | null, measure: string): string => (value === null ? '—' : messages.formatAmount(value, measure));
  // Each unit named, so that a later check reads each actual back as its unit's (heldReturns).
  return figures.map((f) => `${f.unit === null ? '' : `${f.unit}：`}${amount(f.actual, f.measure)} / ${amount(f.target, f.measure)}`).join('\n');
}

const MAX_WIDTHS = [8, 40, 20, 14, 10, 8, 24, 30, 30, 18];
/** The 亮灯 column, coloured as the task sheet's lights are. */
const LIGHT_COLUMN = 'F';
const PERIOD_WIDTH = 44;

export function progressSheet(result: CheckResult, messages: Messages, context: SheetContext = NO_SHEET_CONTEXT): SheetBody {
  return finish(progressSheetSteps(result, messages, context));
}

/** The sheet, yielding after every `slice` rows. */
export function* progressSheetSteps(
  result: CheckResult,
  messages: Messages,
  context: SheetContext = NO_SHEET_CONTEXT,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, SheetBody> {
  const texts = messages.progress;
  const h = texts.progressHeaders;
  const report = result.progress;
  const merged = report?.merged ?? [];
  const period = report?.period ?? '';
  const periods = [period, ...(report?.earlierPeriods ?? [])];
  // By the key the merge gave each task: the tasks of a target matrix share a row.
  const keys = merged.length === 0 ? [] : taskKeys(result.tasks);
  const byKey = new Map(keys.map((key, i) => [key, result.tasks[i] as Task] as const));
  const separator = messages.listSeparator === '、' ? '：' : ': ';
  const headers = [h.no, h.task, h.lead, h.deadline, h.expected, h.light, h.figures, h.problems, h.nextSteps, h.change, ...periods.map(h.period), h.key];
  const rows: PlanCell[][] = [];
  for (const m of merged) {
    const task = byKey.get(m.key);
    const light = task?.light ?? null;
    rows.push([
      task?.no ?? '',
      task?.text ?? '',
      (task?.lead ?? []).join(messages.listSeparator),
      task?.deadline.text ?? '',
      task?.expected === null || task?.expected === undefined ? null : task.expected / 100,
      light === null ? null : texts.light[light],
      task ? figuresCell(task, messages) : null,
      perUnit(m.reports, (r) => r.problems, separator),
      perUnit(m.reports, (r) => r.nextSteps, separator),
      m.change === null ? null : texts.change({ lightBefore: m.change.lightBefore, lightNow: light, sameText: m.change.sameText }) || null,
      m.summary,
      ...periods.slice(1).map((p) => m.history[p] ?? null),
      m.key,
    ]);
    if (rows.length % slice === 0) yield;
  }
  const widths = sheetColumns(headers, rows, [...MAX_WIDTHS, ...periods.map(() => PERIOD_WIDTH), 12], { headerWraps: true });
  const last = headers.length - 1;
  const columns = widths.map((column, i) => {
    if (i === 4) return { ...column, numberFormat: '0.0%' };
    if (i === last) return { ...column, hidden: true };
    return i === 1 || i >= 6 ? { ...column, wrap: true } : column;
  });
  const layout = toolSheetLayout(texts.progressTitle(report?.period ?? null), result, messages, context, { note: texts.lightLegend });
  const firstRow = headerRowOf(layout) + 1;
  const lit = merged.flatMap((m, i) => {
    const light = byKey.get(m.key)?.light;
    return light === null || light === undefined ? [] : [{ column: LIGHT_COLUMN, row: firstRow + i, light }];
  });
  return { columns, rows, boldRows: [], layout, highlights: lightRules(lit) };
}
