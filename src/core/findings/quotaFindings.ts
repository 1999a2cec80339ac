// Quotas written in a task's text against the units the task lists: a share for a unit the task does not name, parts
// that do not add up to the stated total, and a district left without a share that its peers have.
import type { ColumnMap, Task } from '../model';
import { PERCENT } from '../quotas/quotaWords';
import { namesPlaces } from '../units/collectiveTerms';
import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

/** Relative tolerance for sums: amounts are converted between 万 and 亿, which leaves float noise only. */
const SUM_TOLERANCE = 1e-9;

function at(task: Task, columns: ColumnMap, unit: string | null) {
  return { row: task.row, column: columns.task, taskNo: task.no || null, unit };
}

function notResponsible(task: Task, columns: ColumnMap, districts: ReadonlySet<string>): FindingDraft[] {
  const responsible = new Set([...task.lead, ...task.support]);
  // A task that names the places as a group (各区县, 各乡镇（街道）) names every one of them.
  const placesAsGroup = (task.collective ?? []).some(namesPlaces);
  return task.quotas
    .filter((q) => !responsible.has(q.unit) && !(placesAsGroup && districts.has(q.unit)))
    .map((q) => draft('QUOTA_UNIT_NOT_RESPONSIBLE', { ...at(task, columns, q.unit), facts: { unit: q.unit, amount: q.amount, measure: q.measure } }));
}

function sumMismatch(task: Task, columns: ColumnMap): FindingDraft[] {
  const total = task.quotaTotal;
  // Rates do not add up: six districts' 4.3% are no 25.8%.
  if (total === null || total.measure === PERCENT) return [];
  const parts = task.quotas.filter((q) => q.measure === total.measure);
  if (parts.length === 0) return [];
  const sum = parts.reduce((s, q) => s + q.amount, 0);
  if (Math.abs(sum - total.amount) <= SUM_TOLERANCE * Math.max(1, Math.abs(total.amount))) return [];
  return [draft('QUOTA_SUM_MISMATCH', { ...at(task, columns, null), facts: { sum, total: total.amount, measure: total.measure } })];
}

/** Peers are the districts of the same role; a share counts as expected once more than half of them have one. */
function shareMissing(task: Task, columns: ColumnMap, districts: ReadonlySet<string>): FindingDraft[] {
  const withShare = new Set(task.quotas.map((q) => q.unit));
  const drafts: FindingDraft[] = [];
  for (const role of [task.lead, task.support]) {
    const peers = role.filter((u) => districts.has(u));
    const having = peers.filter((u) => withShare.has(u)).length;
    if (having * 2 <= peers.length) continue;
    for (const unit of peers.filter((u) => !withShare.has(u))) {
      drafts.push(draft('QUOTA_SHARE_MISSING', { ...at(task, columns, unit), facts: { unit, peers: having } }));
    }
  }
  return drafts;
}

/**
 * A task cell merged over several unit rows is one task for its quotas: the rows below it (which took its text) add
 * their units to it, and its quotas, read on the first row, are checked against all of them.
 */
function mergedTasks(tasks: readonly AnalyzedTask[]): Task[] {
  const merged: Task[] = [];
  for (const { task, source } of tasks) {
    const head = merged[merged.length - 1];
    if (source.textInherited && head) {
      const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
      const collective = union(head.collective ?? [], task.collective ?? []);
      merged[merged.length - 1] = {
        ...head,
        lead: union(head.lead, task.lead),
        support: union(head.support, task.support),
        ...(collective.length > 0 ? { collective } : {}),
      };
    } else merged.push(task);
  }
  return merged;
}

export function quotaFindings(tasks: readonly AnalyzedTask[], registryDistricts: readonly string[], columns: ColumnMap): FindingDraft[] {
  const districts = new Set(registryDistricts);
  const drafts: FindingDraft[] = [];
  for (const task of mergedTasks(tasks)) {
    // Without a share no check below has anything to report (a total alone has no parts to add up).
    if (task.quotas.length === 0) continue;
    drafts.push(...notResponsible(task, columns, districts), ...sumMismatch(task, columns), ...shareMissing(task, columns, districts));
  }
  return drafts;
}
