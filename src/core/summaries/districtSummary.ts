// One row per district the table names, as supervision offices tabulate them: its tasks as lead and as support, its
// quotas, and how many of its tasks are overdue or nearly due.
import type { DistrictSummary, Task } from '../model';
import type { UnitRegistry } from '../units/unitRegistry';

export function districtSummary(tasks: readonly Task[], registry: Pick<UnitRegistry, 'districts'>): DistrictSummary[] {
  const named = new Set(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.quotas.map((q) => q.unit)]));
  return registry
    .districts()
    .filter((d) => named.has(d))
    .map((name): DistrictSummary => {
      const involved = tasks.filter((t) => t.lead.includes(name) || t.support.includes(name));
      return {
        name,
        leadTasks: tasks.filter((t) => t.lead.includes(name)).map((t) => t.no),
        supportTasks: tasks.filter((t) => !t.lead.includes(name) && t.support.includes(name)).map((t) => t.no),
        quotas: tasks.flatMap((t) => t.quotas.filter((q) => q.unit === name).map((q) => ({ taskNo: t.no, amount: q.amount, measure: q.measure }))),
        overdue: involved.filter((t) => t.state === 'overdue').length,
        dueSoon: involved.filter((t) => t.state === 'dueSoon').length,
      };
    });
}
