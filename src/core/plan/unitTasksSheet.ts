// The unit task list sheet: one row per unit and task, so that a filter on the unit column gives each unit its list.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';

const MAX_WIDTHS = [24, 10, 8, 8, 20, 12, 10];

export function unitTasksSheet(result: CheckResult, messages: Messages): SheetBody {
  const h = messages.unitTaskHeaders;
  const headers = [h.unit, h.category, h.role, h.taskNo, h.deadline, h.due, h.state];
  const rows: PlanCell[][] = result.units.flatMap((u) =>
    u.tasks.map((t) => [u.unit, u.category, messages.role[t.role], t.taskNo, t.deadline.text, t.deadline.due, messages.state[t.state]]),
  );
  return { columns: sheetColumns(headers, rows, MAX_WIDTHS), rows, boldRows: [] };
}
