// The district summary sheet: counts and task numbers per district, one column per quota task, and a totals row.
// A table with more quota tasks than a reader can scan across (merged tables run to thousands; Excel stops at 16,384
// columns) gets one column per measure instead, with each district's quotas added up.
import type { Messages } from '../messages/catalog';
import type { CheckResult, DistrictQuota, PlanCell } from '../model';
import { sheetColumns } from './columnWidth';
import type { SheetBody } from './sheetBody';

interface QuotaColumn {
  readonly taskNo: string;
  readonly measure: string;
}

/** More quota tasks than this and the sheet shows per-measure totals instead of one column per task. */
export const MAX_QUOTA_TASK_COLUMNS = 60;

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

interface QuotaLayout {
  readonly headers: readonly string[];
  readonly cells: (quotas: readonly DistrictQuota[]) => (number | null)[];
}

function quotaLayout(result: CheckResult, messages: Messages): QuotaLayout {
  const columns = quotaColumns(result);
  const byTask = columns.length <= MAX_QUOTA_TASK_COLUMNS;
  const keyOf = byTask ? quotaKey : (q: QuotaColumn) => q.measure;
  const keys = [...new Set(columns.map(keyOf))];
  const headers = byTask
    ? columns.map((q) => messages.districtHeaders.quota(q.taskNo, q.measure))
    : keys.map((measure) => messages.districtHeaders.quotaTotal(measure));
  return {
    headers,
    cells: (quotas) => {
      const shares = new Map<string, number>();
      for (const q of quotas) shares.set(keyOf(q), (shares.get(keyOf(q)) ?? 0) + q.amount);
      return keys.map((k) => shares.get(k) ?? null);
    },
  };
}

export function districtSheet(result: CheckResult, messages: Messages): SheetBody {
  const h = messages.districtHeaders;
  const quotas = quotaLayout(result, messages);
  const place = result.level?.summaryLevel === 'town' ? h.town : h.district;
  const headers = [place, h.leadCount, h.leadTasks, h.supportCount, h.supportTasks, ...quotas.headers, h.overdue, h.dueSoon];
  const rows: PlanCell[][] = result.districts.map((d) => [
    d.name,
    d.leadTasks.length,
    d.leadTasks.join(messages.listSeparator),
    d.supportTasks.length,
    d.supportTasks.join(messages.listSeparator),
    ...quotas.cells(d.quotas),
    d.overdue,
    d.dueSoon,
  ]);
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
  // The 通报, where the table reports progress: two rows after the table, as an office pastes it into its report.
  if (result.progress) {
    boldRows.push(rows.length + 1);
    rows.push([], [messages.progress.bulletinTitle], [result.progress.bulletin]);
  }
  const maxWidths = headers.map((_, i) => (i === 2 || i === 4 ? 40 : 20));
  return { columns: sheetColumns(headers, rows, maxWidths), rows, boldRows };
}
