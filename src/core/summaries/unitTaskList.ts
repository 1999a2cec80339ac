// Every unit the table names with its tasks, so that each unit can be sent its own list. Districts come first in
// registry order, then the other units as the table first names them. Collective terms (各签约单位) are nobody's list.
import type { Task, UnitTaskEntry, UnitTasks } from '../model';
import type { UnitRegistry } from '../units/unitRegistry';

export function unitTaskList(tasks: readonly Task[], registry: Pick<UnitRegistry, 'districts' | 'categoryOf' | 'isCollective'>): UnitTasks[] {
  const entries = new Map<string, UnitTaskEntry[]>();
  for (const task of tasks) {
    const roles: [string, 'lead' | 'support'][] = [
      ...task.lead.map((u) => [u, 'lead'] as [string, 'lead']),
      ...task.support.filter((u) => !task.lead.includes(u)).map((u) => [u, 'support'] as [string, 'support']),
    ];
    for (const [unit, role] of roles) {
      if (registry.isCollective(unit)) continue;
      const list = entries.get(unit) ?? [];
      list.push({ taskNo: task.no, row: task.row, role, deadline: task.deadline, state: task.state });
      entries.set(unit, list);
    }
  }
  const districts = registry.districts().filter((d) => entries.has(d));
  const others = [...entries.keys()].filter((u) => !districts.includes(u));
  return [...districts, ...others].map((unit) => ({ unit, category: registry.categoryOf(unit) ?? '', tasks: entries.get(unit) ?? [] }));
}
