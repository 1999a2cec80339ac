// The return workbooks handed out for a period: one per lead unit (collective terms such as 各区县 and names that fit
// no unit send none), with
// the tasks it leads and those it supports, each row's 序号, text, units and deadline locked, then the cells the unit
// fills in unlocked (本期进展情况, 完成值 where the task carries a target for that unit, 状态 as a drop-down,
// 存在问题, 下一步打算). A hidden key per row ties it to its task; the workbook's name says the period and the unit.
import type { Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import type { CheckResult, Lang, PlanCell, SheetColumn, SheetPlan } from '../model';
import { RETURN_STATES } from '../model';
import { returnIdentity } from '../progress/readReturn';
import { taskKeys } from '../progress/taskKeys';
import { unitTarget } from '../progress/unitTarget';
import { displayAmount } from '../quotas/displayAmount';
import { sheetColumns } from './columnWidth';
import { RETURN_IDENTITY_NAME } from './ownership';
import { rowHeights } from './rowHeights';
import { toolSheetPrint } from './sheetLayout';

export interface ReturnWorkbookPlan {
  readonly unit: string;
  /** A file name (the host makes it safe for its file system). */
  readonly fileName: string;
  readonly sheet: Omit<SheetPlan, 'key'>;
  /** Workbook names to write: the return's identity. */
  readonly names: readonly { readonly name: string; readonly value: string; readonly hidden: boolean }[];
}

const FIXED_WIDTHS = [8, 40, 8, 20, 20, 12];
const TARGET_WIDTHS = [12, 8];
const FILL_WIDTHS = { progress: 40, actual: 10, state: 10, problems: 28, nextSteps: 28 };

function unitSheet(result: CheckResult, unit: string, keys: readonly string[], period: string, messages: Messages): Omit<SheetPlan, 'key'> | null {
  const texts = messages.progress;
  const h = texts.returnHeaders;
  const rows = result.tasks
    .map((task, i) => ({ task, key: keys[i] as string, role: task.lead.includes(unit) ? ('lead' as const) : task.support.includes(unit) ? ('support' as const) : null }))
    .filter((r) => r.role !== null);
  if (!rows.some((r) => r.role === 'lead')) return null;
  const targets = rows.map((r) => unitTarget(r.task, unit));
  const withTargets = targets.some((t) => t !== null);
  const fixed = [h.no, h.task, h.role, h.lead, h.support, h.deadline];
  const headers = [...fixed, ...(withTargets ? [h.target, h.measure] : []), h.progress, ...(withTargets ? [h.actual] : []), h.state, h.problems, h.nextSteps, h.key];
  const body: PlanCell[][] = rows.map((r, i) => {
    const target = targets[i] ?? null;
    const shown = target === null ? null : displayAmount(target.amount, target.measure);
    return [
      r.task.no,
      r.task.text,
      messages.role[r.role as 'lead' | 'support'],
      r.task.lead.join(messages.listSeparator),
      r.task.support.join(messages.listSeparator),
      r.task.deadline.text,
      ...(withTargets ? [shown?.value ?? texts.noTarget, shown?.measure ?? null] : []),
      null,
      ...(withTargets ? [shown === null ? texts.noTarget : null] : []),
      null,
      null,
      null,
      r.key,
    ];
  });
  const widths = [...FIXED_WIDTHS, ...(withTargets ? TARGET_WIDTHS : []), FILL_WIDTHS.progress, ...(withTargets ? [FILL_WIDTHS.actual] : []), FILL_WIDTHS.state, FILL_WIDTHS.problems, FILL_WIDTHS.nextSteps, 12];
  const measured = sheetColumns(headers, body, widths, { headerWraps: true });
  const fill = new Set([h.progress, h.actual, h.state, h.problems, h.nextSteps]);
  const wrapped = new Set([h.task, h.lead, h.support, h.progress, h.problems, h.nextSteps]);
  const columns: SheetColumn[] = measured.map((column) => ({
    ...column,
    // The fill-in columns keep their full width however empty they are.
    ...(fill.has(column.header) ? { width: widths[headers.indexOf(column.header)] ?? column.width, unlocked: true } : {}),
    ...(wrapped.has(column.header) ? { wrap: true } : {}),
    ...(column.header === h.state ? { choices: RETURN_STATES.map((s) => texts.returnState[s]) } : {}),
    ...(column.header === h.key ? { hidden: true } : {}),
  }));
  // The title is the return's own (read back when a unit retypes the return), printed as the tool's sheets are.
  const layout = { title: texts.returnTitle(period, unit), freezeHeader: true, wrapHeader: true, alignTop: true, protect: true, print: toolSheetPrint(messages, []) };
  const sheet = { name: texts.returnSheetName, columns, rows: body, boldRows: [], layout };
  return { ...sheet, rowHeights: rowHeights(sheet) };
}

export function planReturnWorkbooks(result: CheckResult, period: string, lang: Lang): ReturnWorkbookPlan[] {
  const messages = messagesFor(lang);
  const keys = taskKeys(result.tasks);
  const plans: ReturnWorkbookPlan[] = [];
  // A name that fits no unit's form (a slip: 市工党工委) is no one to send a return to.
  const unknown = new Set(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN' && f.unit !== null).map((f) => f.unit as string));
  for (const { unit } of result.units) {
    if (unknown.has(unit)) continue;
    const sheet = unitSheet(result, unit, keys, period, messages);
    if (sheet === null) continue;
    plans.push({
      unit,
      fileName: messages.progress.returnFileName(period, unit),
      sheet,
      names: [{ name: RETURN_IDENTITY_NAME, value: `"${returnIdentity(period, unit).replace(/"/g, '""')}"`, hidden: true }],
    });
  }
  return plans;
}
