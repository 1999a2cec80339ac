// What the results area shows, derived from a CheckResult: counts for the traffic lights and findings grouped by the
// task they belong to, so that a reader goes through the table task by task as a supervision office does.
import type { CheckResult, Finding, Severity, TaskState } from '../core/model';

export type Light = 'red' | 'amber' | 'green' | 'grey';

export const STATE_LIGHT: Readonly<Record<TaskState, Light>> = {
  overdue: 'red',
  dueSoon: 'amber',
  onTrack: 'green',
  ongoing: 'grey',
  done: 'grey',
  unknown: 'grey',
};

export const SEVERITY_LIGHT: Readonly<Record<Severity, Light>> = { error: 'red', warning: 'amber', info: 'grey' };

export function countBySeverity(result: CheckResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  return counts;
}

export function countByState(result: CheckResult): Record<TaskState, number> {
  const counts: Record<TaskState, number> = { overdue: 0, dueSoon: 0, onTrack: 0, ongoing: 0, done: 0, unknown: 0 };
  for (const task of result.tasks) counts[task.state] += 1;
  return counts;
}

export interface FindingGroup {
  /** Stable React key. */
  readonly key: string;
  /** Sheet row of the task, null for the findings about the whole table. */
  readonly row: number | null;
  readonly taskNo: string | null;
  readonly findings: readonly Finding[];
}

/** Whole-table findings first, then one group per row in sheet order; findings keep the engine's order inside. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRow = new Map<number | null, Finding[]>();
  for (const f of findings) {
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  const rows = [...byRow.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  return rows.map((row) => {
    const list = byRow.get(row) ?? [];
    const taskNo = list.find((f) => f.taskNo !== null && f.taskNo !== '')?.taskNo ?? null;
    return { key: row === null ? 'table' : `row-${row}`, row, taskNo, findings: list };
  });
}

/** The cell a finding points at: its column on its row, or the row's first column when no single column applies. */
export function findingAddress(finding: Finding): string | null {
  if (finding.row === null) return null;
  return `${finding.column ?? 'A'}${finding.row}`;
}
