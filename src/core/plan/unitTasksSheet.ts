// The unit task list sheet: each unit's tasks, one row per unit and task, so that a filter on the unit column gives
// each unit its list to send. The task's text is whole in its cell and shown as far as its column reaches (the role
// beside it stops it), so the list reads in one line per task and the full text is a click away.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';
import { finish } from '../steps';

const MAX_WIDTHS = [24, 10, 8, 46, 8, 16, 12, 10];
/** The task text's column is as wide as its cap: its text always runs on past it. */
const TASK_COLUMN = 3;

export function unitTasksSheet(result: CheckResult, messages: Messages, context: SheetContext = NO_SHEET_CONTEXT): SheetBody {
  return finish(unitTasksSheetSteps(result, messages, context));
}

/** The sheet, yielding after every `slice` rows. */
export function* unitTasksSheetSteps(
  result: CheckResult,
  messages: Messages,
  context: SheetContext = NO_SHEET_CONTEXT,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, SheetBody> {
  const h = messages.unitTaskHeaders;
  const headers = [h.unit, h.category, h.taskNo, h.task, h.role, h.deadline, h.due, h.state];
  const taskAt = new Map(result.tasks.map((t) => [t.row, t] as const));
  const textOf = (row: number): PlanCell => {
    const task = taskAt.get(row);
    if (task === undefined) return null;
    return task.textCell === undefined ? task.text : { text: task.text, copyOf: { sheet: result.sheet, cell: task.textCell } };
  };
  const rows: PlanCell[][] = [];
  for (const u of result.units) {
    for (const t of u.tasks) {
      rows.push([u.unit, u.category, t.taskNo, textOf(t.row), messages.role[t.role], t.deadline.text, t.deadline.due, messages.state[t.state]]);
      if (rows.length % slice === 0) yield;
    }
  }
  const columns = sheetColumns(headers, rows, MAX_WIDTHS, { headerWraps: true }).map((column, i) =>
    i === TASK_COLUMN ? { ...column, width: MAX_WIDTHS[TASK_COLUMN] as number } : column,
  );
  return { columns, rows, boldRows: [], layout: toolSheetLayout(messages.sheetNames.unitTasks, result, messages, context) };
}
