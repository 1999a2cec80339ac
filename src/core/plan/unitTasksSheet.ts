// The unit task list sheet: each unit's tasks, one row per unit and task, so that a filter on the unit column gives
// each unit its list to send. A task merged over sub-rows (a point's problems, a project's deliverables) gets a row
// for each of its rows that names the unit, its number on the first. The task's text is whole in its cell and shown
// as far as its column reaches (the role beside it stops it), so the list reads in one line per task and the full
// text is a click away.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell, Task, UnitTaskEntry } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';
import { finish } from '../steps';

const MAX_WIDTHS = [24, 10, 8, 46, 8, 16, 12, 10];
/** The task text's column is as wide as its cap: its text always runs on past it. */
const TASK_COLUMN = 3;

/**
 * What a sub-row adds to its task's first row: its text without the leading lines they share (the project's name above
 * each deliverable); the whole text where it shares all of them (a row that differs only in its units or deadline).
 */
function partText(firstText: string, text: string): string {
  const firstLines = firstText.split('\n');
  const lines = text.split('\n');
  let shared = 0;
  while (shared < lines.length && lines[shared] === firstLines[shared]) shared += 1;
  return shared === lines.length ? text : lines.slice(shared).join('\n');
}

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
  const textOf = (task: Task, shown = task.text): PlanCell =>
    task.textCell === undefined || shown !== task.text ? shown : { text: task.text, copyOf: { sheet: result.sheet, cell: task.textCell } };
  const rows: PlanCell[][] = [];
  let sliceStart = 0;
  for (const u of result.units) {
    for (const entry of u.tasks) {
      const [first, ...more] = entry.parts.map((at) => result.tasks[at] as Task);
      if (first === undefined) continue;
      const line = (task: Task, no: string, text: PlanCell, role: UnitTaskEntry['role']): PlanCell[] =>
        [u.unit, u.category, no, text, messages.role[role], task.deadline.text, task.deadline.due, messages.state[task.state]];
      if (more.length === 0) rows.push(line(first, entry.taskNo, textOf(first), entry.role));
      else {
        // A task over sub-rows: its number once, then each row the unit is named on, its own text on a line of its own.
        const shown = new Set<string>();
        for (const task of [first, ...more]) {
          const text = task === first ? task.text : partText(first.text, task.text);
          const seen = `${text}\u0000${task.deadline.text}`;
          if (shown.has(seen)) continue;
          shown.add(seen);
          rows.push(line(task, task === first ? entry.taskNo : '', textOf(task, text), task.lead.includes(u.unit) ? 'lead' : 'support'));
        }
      }
      if (rows.length - sliceStart >= slice) {
        sliceStart = rows.length;
        yield;
      }
    }
  }
  const columns = sheetColumns(headers, rows, MAX_WIDTHS, { headerWraps: true }).map((column, i) =>
    i === TASK_COLUMN ? { ...column, width: MAX_WIDTHS[TASK_COLUMN] as number } : column,
  );
  return { columns, rows, boldRows: [], layout: toolSheetLayout(messages.sheetNames.unitTasks, result, messages, context) };
}
