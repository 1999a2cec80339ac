// The district summary sheet: counts and task numbers per district, one column per quota task, and a totals row.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell } from '../model';
import { columnWidths } from './columnWidth';
import type { SheetBody } from './findingsSheet';

interface QuotaColumn {
  readonly taskNo: string;
  readonly measure: string;
}

const quotaKey = (q: QuotaColumn): string => `${q.taskNo}\u0000${q.measure}`;

/** Quota columns in task order; a task with shares in two measures (元 and 人) gets a column for each. */
function quotaColumns(result: CheckResult): QuotaColumn[] {
  const seen = new Set<string>();
  const columns: QuotaColumn[] = [];
  for (const d of result.districts) {
    for (const q of d.quotas) {
      const k = quotaKey(q);
      if (seen.has(k)) continue;
      seen.add(k);
      columns.push({ taskNo: q.taskNo, measure: q.measure });
    }
  }
  const taskOrder = new Map(result.tasks.map((t, i) => [t.no, i] as const));
  return columns.sort((a, b) => (taskOrder.get(a.taskNo) ?? 0) - (taskOrder.get(b.taskNo) ?? 0));
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

export function districtSheet(result: CheckResult, messages: Messages): SheetBody {
  const h = messages.districtHeaders;
  const quotas = quotaColumns(result);
  const headers = [h.district, h.leadCount, h.leadTasks, h.supportCount, h.supportTasks, ...quotas.map((q) => h.quota(q.taskNo, q.measure)), h.overdue, h.dueSoon];
  const rows: PlanCell[][] = result.districts.map((d) => {
    const shares = new Map<string, number>();
    for (const q of d.quotas) shares.set(quotaKey(q), (shares.get(quotaKey(q)) ?? 0) + q.amount);
    return [
      d.name,
      d.leadTasks.length,
      d.leadTasks.join(messages.listSeparator),
      d.supportTasks.length,
      d.supportTasks.join(messages.listSeparator),
      ...quotas.map((q) => shares.get(quotaKey(q)) ?? null),
      d.overdue,
      d.dueSoon,
    ];
  });
  const boldRows: number[] = [];
  if (rows.length > 0) {
    const column = (i: number): number[] => rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
    const totals: PlanCell[] = headers.map((_, i) => {
      if (i === 0) return h.totalRow;
      if (i === 2 || i === 4) return null;
      return sum(column(i));
    });
    boldRows.push(rows.length);
    rows.push(totals);
  }
  const maxWidths = headers.map((_, i) => (i === 2 || i === 4 ? 40 : 20));
  const widths = columnWidths(headers, rows, maxWidths);
  return { columns: headers.map((header, i) => ({ header, width: widths[i] ?? 10 })), rows, boldRows };
}
