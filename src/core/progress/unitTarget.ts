// The target a task carries for one unit: its share in the task text (马尾区、闽侯县、福清市各9000万元), else, for the
// task's only lead, the task's stated total (a 年度目标 column, a total in the text).
import type { QuotaTotal, Task } from '../model';

export function unitTarget(task: Pick<Task, 'quotas' | 'quotaTotal' | 'lead'>, unit: string): QuotaTotal | null {
  const share = task.quotas.filter((q) => q.unit === unit);
  if (share.length === 1) return { amount: (share[0] as QuotaTotal).amount, measure: (share[0] as QuotaTotal).measure };
  if (share.length > 1) return null;
  return task.lead.length === 1 && task.lead[0] === unit ? task.quotaTotal : null;
}
