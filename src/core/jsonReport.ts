// The machine-readable report the CLI prints with --json. Its field names are a contract with users' scripts.
import type { AdminLevel, CheckResult, DeadlineKind, Severity, FindingCode, HeaderRole, ProgressLight, ReturnState, TaskProgress, TaskState } from './model';

export interface JsonProgressRecord {
  readonly text: string;
  readonly periods: readonly { readonly column: string; readonly header: string; readonly month: number; readonly text: string }[];
  readonly done: boolean;
  readonly percent: number | null;
  readonly lag: boolean | null;
  readonly notStarted: boolean;
  readonly figures: readonly {
    readonly unit: string | null;
    readonly target: number | null;
    readonly actual: number | null;
    readonly statedRate: number | null;
    readonly rate: number | null;
    readonly measure: string;
    readonly row: number;
  }[];
  readonly source: 'table' | 'returns';
}

export interface JsonProgress {
  readonly period: string | null;
  readonly tolerance: number;
  readonly total: number;
  readonly lights: Readonly<Record<ProgressLight | 'none', number>>;
  readonly onSchedule: number;
  readonly behind: readonly { readonly no: string; readonly row: number; readonly lead: readonly string[]; readonly overdue: boolean; readonly lagging: readonly string[] }[];
  readonly units: readonly {
    readonly unit: string;
    readonly led: number;
    readonly done: number;
    readonly onSchedule: number;
    readonly behind: number;
    readonly overdue: number;
    readonly notReported: number;
    readonly completionRate: number;
  }[];
  readonly bulletin: string;
  readonly notReturned: readonly string[] | null;
  readonly merged: readonly {
    readonly row: number;
    readonly key: string;
    readonly reports: readonly { readonly unit: string; readonly role: 'lead' | 'support'; readonly state: ReturnState | null; readonly text: string; readonly actual: number | null; readonly file: string; readonly row: number }[];
  }[] | null;
  /** What 黄 holds: behind schedule, and due soon but on schedule. */
  readonly yellow: { readonly behind: number; readonly dueSoon: number } | null;
  /** A merge: the files merged and those not; null otherwise. */
  readonly mergedFiles: readonly string[] | null;
  readonly rejectedFiles: readonly string[] | null;
  /** A check without returns judged with the 进展汇总 sheet it names; null otherwise. */
  readonly heldIn: string | null;
}

export interface JsonReport {
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly columns: {
    readonly no: string | null;
    readonly task: string | null;
    readonly lead: string | null;
    readonly support: string | null;
    readonly deadline: string | null;
    readonly status: string | null;
  };
  readonly tasks: readonly {
    readonly row: number;
    readonly no: string;
    readonly lead: readonly string[];
    readonly support: readonly string[];
    readonly deadline: { readonly text: string; readonly due: string | null; readonly kind: DeadlineKind };
    readonly state: TaskState;
    readonly quotas: readonly { readonly unit: string; readonly amount: number; readonly measure: string }[];
    readonly quotaTotal: { readonly amount: number; readonly measure: string } | null;
    readonly leader: string;
    readonly progress: string;
    readonly subRowOf: number | null;
    readonly light: ProgressLight | null;
    readonly expected: number | null;
    readonly progressRecord: JsonProgressRecord | null;
    /** The entries of lead and support that are collective terms (各街道, 相关部门): no unit, never counted as one. */
    readonly collective: readonly string[];
  }[];
  readonly findings: readonly {
    readonly code: FindingCode;
    readonly severity: Severity;
    readonly row: number | null;
    readonly column: string | null;
    readonly taskNo: string | null;
    readonly unit: string | null;
    readonly message: string;
    readonly suggestion: string | null;
  }[];
  readonly districts: readonly {
    readonly name: string;
    readonly leadTasks: readonly string[];
    readonly supportTasks: readonly string[];
    readonly quotas: readonly { readonly taskNo: string; readonly amount: number; readonly measure: string }[];
    readonly overdue: number;
    readonly dueSoon: number;
  }[];
  readonly level: { readonly level: AdminLevel | null; readonly place: string | null; readonly summaryLevel: 'county' | 'town' } | null;
  readonly headers: readonly { readonly column: string; readonly header: string; readonly role: HeaderRole | null }[];
  readonly progress: JsonProgress | null;
}

function progressRecordOf(record: TaskProgress | undefined): JsonProgressRecord | null {
  if (record === undefined) return null;
  return {
    text: record.text,
    periods: record.periods.map((p) => ({ column: p.column, header: p.header, month: p.month, text: p.text })),
    done: record.done,
    percent: record.percent,
    lag: record.lag,
    notStarted: record.notStarted,
    figures: record.figures.map((f) => ({ unit: f.unit, target: f.target, actual: f.actual, statedRate: f.statedRate, rate: f.rate, measure: f.measure, row: f.row })),
    source: record.source,
  };
}

function progressOf(result: CheckResult): JsonProgress | null {
  const p = result.progress;
  if (p === undefined) return null;
  return {
    period: p.period,
    tolerance: p.tolerance,
    total: p.total,
    lights: { red: p.lights.red, yellow: p.lights.yellow, green: p.lights.green, done: p.lights.done, none: p.lights.none },
    onSchedule: p.onSchedule,
    behind: p.behind.map((b) => ({ no: b.no, row: b.row, lead: [...b.lead], overdue: b.overdue, lagging: [...b.lagging] })),
    units: p.units.map((u) => ({ unit: u.unit, led: u.led, done: u.done, onSchedule: u.onSchedule, behind: u.behind, overdue: u.overdue, notReported: u.notReported, completionRate: u.completionRate })),
    bulletin: p.bulletin,
    notReturned: p.notReturned ? [...p.notReturned] : null,
    merged:
      p.merged?.map((m) => ({
        row: m.row,
        key: m.key,
        reports: m.reports.map((r) => ({ unit: r.unit, role: r.role, state: r.state, text: r.text, actual: r.actual, file: r.file, row: r.row })),
      })) ?? null,
    yellow: p.yellow ? { behind: p.yellow.behind, dueSoon: p.yellow.dueSoon } : null,
    mergedFiles: p.mergedFiles ? [...p.mergedFiles] : null,
    rejectedFiles: p.rejectedFiles ? [...p.rejectedFiles] : null,
    heldIn: p.heldIn ?? null,
  };
}

/**
 * The report, built field by field so that nothing added to the engine's types leaks into the contract. A table with
 * one column of responsible units reports it as the lead column, which is what its first-listed units are.
 */
export function jsonReport(result: CheckResult): JsonReport {
  const c = result.columns;
  return {
    sheet: result.sheet,
    headerRow: result.headerRow,
    columns: { no: c.no, task: c.task, lead: c.lead ?? c.units, support: c.support, deadline: c.deadline, status: c.status },
    tasks: result.tasks.map((t) => ({
      row: t.row,
      no: t.no,
      lead: [...t.lead],
      support: [...t.support],
      deadline: { text: t.deadline.text, due: t.deadline.due, kind: t.deadline.kind },
      state: t.state,
      quotas: t.quotas.map((q) => ({ unit: q.unit, amount: q.amount, measure: q.measure })),
      quotaTotal: t.quotaTotal === null ? null : { amount: t.quotaTotal.amount, measure: t.quotaTotal.measure },
      leader: t.leader ?? '',
      progress: t.progress ?? t.status,
      subRowOf: t.subRowOf ?? null,
      light: t.light ?? null,
      expected: t.expected ?? null,
      progressRecord: progressRecordOf(t.progressRecord),
      collective: [...(t.collective ?? [])],
    })),
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      row: f.row,
      column: f.column,
      taskNo: f.taskNo,
      unit: f.unit,
      message: f.message,
      suggestion: f.suggestion,
    })),
    districts: result.districts.map((d) => ({
      name: d.name,
      leadTasks: [...d.leadTasks],
      supportTasks: [...d.supportTasks],
      quotas: d.quotas.map((q) => ({ taskNo: q.taskNo, amount: q.amount, measure: q.measure })),
      overdue: d.overdue,
      dueSoon: d.dueSoon,
    })),
    level: result.level ? { level: result.level.level, place: result.level.place, summaryLevel: result.level.summaryLevel } : null,
    headers: (result.headers ?? []).map((h) => ({ column: h.column, header: h.header, role: h.role })),
    progress: progressOf(result),
  };
}
