// The machine-readable report the CLI prints with --json. Its field names are a contract with users' scripts.
import type { AdminLevel, CheckResult, DeadlineKind, Severity, FindingCode, HeaderRole, TaskState } from './model';

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
  };
}
