// Which findings the results list shows: the chips (severity, task state), the kind and unit pickers and the search
// box narrow it together. Pure functions over a CheckResult, so that the list, the stepper and the counts agree.
import type { CheckResult, Finding, FindingCode, Severity, TaskState } from '../core/model';

export interface FindingFilter {
  readonly severity: Severity | null;
  /** Findings on tasks in this state. */
  readonly state: TaskState | null;
  readonly kind: FindingCode | null;
  /** Findings naming this unit, or on tasks this unit leads or supports. */
  readonly unit: string | null;
  readonly text: string;
}

export const NO_FILTER: FindingFilter = { severity: null, state: null, kind: null, unit: null, text: '' };

export function isFiltering(filter: FindingFilter): boolean {
  return filter.severity !== null || filter.state !== null || filter.kind !== null || filter.unit !== null || filter.text.trim() !== '';
}

/** The cell a finding points at: its column on its row, or the row's first column when no single column applies. */
export function findingAddress(finding: Finding): string | null {
  if (finding.row === null) return null;
  return `${finding.column ?? 'A'}${finding.row}`;
}

function searchable(finding: Finding): string {
  return [finding.message, finding.suggestion ?? '', findingAddress(finding) ?? '', finding.unit ?? '', finding.taskNo ?? ''].join('\n').toLowerCase();
}

export function filterFindings(result: CheckResult, filter: FindingFilter): readonly Finding[] {
  if (!isFiltering(filter)) return result.findings;
  const taskAt = new Map(result.tasks.map((task) => [task.row, task]));
  const needle = filter.text.trim().toLowerCase();
  return result.findings.filter((f) => {
    if (filter.severity !== null && f.severity !== filter.severity) return false;
    if (filter.kind !== null && f.code !== filter.kind) return false;
    const task = f.row === null ? undefined : taskAt.get(f.row);
    if (filter.state !== null && task?.state !== filter.state) return false;
    if (filter.unit !== null && f.unit !== filter.unit && !(task && (task.lead.includes(filter.unit) || task.support.includes(filter.unit)))) return false;
    return needle === '' || searchable(f).includes(needle);
  });
}

/**
 * The units the unit picker offers: districts first in the summary's (registry) order, then every other unit the
 * tasks or findings name, in Chinese collation order.
 */
export function unitChoices(result: CheckResult): string[] {
  const districts = result.districts.map((d) => d.name);
  const others = new Set<string>();
  for (const task of result.tasks) for (const unit of [...task.lead, ...task.support]) others.add(unit);
  for (const finding of result.findings) if (finding.unit !== null) others.add(finding.unit);
  for (const district of districts) others.delete(district);
  return [...districts, ...[...others].sort((a, b) => a.localeCompare(b, 'zh-CN'))];
}
