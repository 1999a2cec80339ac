// The unit task list sheet: each unit's tasks, one row per unit and task, so that a filter on the unit column gives
// each unit its list to send. A task merged over sub-rows (a point's problems, a project's deliverables) gets a row
// for each of its rows that names the unit, its number on the first, under a row with the name they share where they
// share one. The task's text wraps in its column, its row as tall as its lines: a unit's printed list holds each of its
// tasks whole (a text cut off at the role beside it told a unit half its task); a sub-row's own text is on a row of its
// own.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell, Task, UnitTaskEntry } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';
import { finish } from '../steps';

const MAX_WIDTHS = [24, 10, 8, 70, 8, 16, 12, 10];
/** The task text's column is as wide as its cap, and wraps: most texts are longer than a line. */
const TASK_COLUMN = 3;
const DEADLINE_COLUMN = 5;
const DUE_COLUMN = 6;
const STATE_COLUMN = 7;

/**
 * The leading lines every part's text shares (a project's name above each of its deliverables), as long as each part
 * keeps a line of its own; none where a part has nothing else (rows that differ only in their units or deadline).
 */
function sharedHead(texts: readonly string[]): number {
  const lines = texts.map((t) => t.split('\n'));
  const first = lines[0] ?? [];
  let shared = 0;
  while (lines.every((l) => shared < l.length - 1 && l[shared] === first[shared])) shared += 1;
  return shared;
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
  // One cell for all the rows of a task (one per unit it names): a long list would make two objects a row.
  const textCells = new Map<Task, PlanCell>();
  const textOf = (task: Task): PlanCell => {
    if (task.textCell === undefined) return task.text;
    let cell = textCells.get(task);
    if (cell === undefined) {
      cell = { text: task.text, copyOf: { sheet: result.sheet, cell: task.textCell } };
      textCells.set(task, cell);
    }
    return cell;
  };
  const rows: PlanCell[][] = [];
  let sliceStart = 0;
  for (const u of result.units) {
    const line = (task: Task, no: string, text: PlanCell, role: UnitTaskEntry['role']): PlanCell[] =>
      [u.unit, u.category, no, text, messages.role[role], task.deadline.text, task.deadline.due, messages.state[task.state]];
    const roleIn = (task: Task): UnitTaskEntry['role'] => (task.lead.includes(u.unit) ? 'lead' : 'support');
    for (const entry of u.tasks) {
      // Each row of the task that names the unit, once per text and deadline (a merged text repeats on every row).
      const parts: Task[] = [];
      if (entry.parts.length === 1) parts.push(result.tasks[entry.parts[0] as number] as Task);
      else {
        const seen = new Set<string>();
        for (const at of entry.parts) {
          const task = result.tasks[at] as Task;
          const key = `${task.text}\u0000${task.deadline.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          parts.push(task);
        }
      }
      const [first] = parts;
      if (first === undefined) continue;
      if (parts.length === 1) rows.push(line(first, entry.taskNo, textOf(first), entry.role));
      else {
        // A task over sub-rows: its number once, then each sub-row's own text on a row of its own, under the lines
        // they all share (the project's name) where they share some.
        const head = sharedHead(parts.map((t) => t.text));
        if (head > 0) rows.push(line(first, entry.taskNo, first.text.split('\n').slice(0, head).join('\n'), entry.role));
        parts.forEach((task, i) => {
          const text = head > 0 ? task.text.split('\n').slice(head).join('\n') : textOf(task);
          rows.push(line(task, head === 0 && i === 0 ? entry.taskNo : '', text, roleIn(task)));
        });
      }
      if (rows.length - sliceStart >= slice) {
        sliceStart = rows.length;
        yield;
      }
    }
  }
  // A table without a deadline column leaves 完成时限 and 到期日 empty on every row, and the state unknown unless its
  // progress says done: those columns go.
  const dated = result.columns.deadline !== null;
  const stated = dated || result.tasks.some((t) => t.state !== 'unknown');
  const kept = headers.flatMap((_, i) => ((i === DEADLINE_COLUMN || i === DUE_COLUMN) && !dated) || (i === STATE_COLUMN && !stated) ? [] : [i]);
  const pick = <T>(cells: readonly T[]): T[] => kept.map((i) => cells[i] as T);
  const shown = kept.length === headers.length ? rows : rows.map(pick);
  const columns = sheetColumns(pick(headers), shown, pick(MAX_WIDTHS), { headerWraps: true, headerBreaks: true }).map((column, i) =>
    kept[i] === TASK_COLUMN ? { ...column, width: MAX_WIDTHS[TASK_COLUMN] as number, wrap: true } : column,
  );
  return { columns, rows: shown, boldRows: [], layout: toolSheetLayout(messages.sheetNames.unitTasks, result, messages, context) };
}
