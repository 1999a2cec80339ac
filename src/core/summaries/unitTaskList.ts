// Every unit the table names with its tasks, so that each unit can be sent its own list. Districts come first in
// registry order, then the other units as the table first names them. Collective terms (各签约单位) are nobody's list.
import type { Task, UnitTaskEntry, UnitTasks } from '../model';
import type { UnitRegistry } from '../units/unitRegistry';

export function unitTaskList(tasks: readonly Task[], registry: Pick<UnitRegistry, 'districts' | 'categoryOf' | 'isCollective'>): UnitTasks[] {
  const entries = new Map<string, UnitTaskEntry[]>();
  const add = (unit: string, task: Task, role: 'lead' | 'support'): void => {
    const list = entries.get(unit);
    const entry: UnitTaskEntry = { taskNo: task.no, row: task.row, role, deadline: task.deadline, state: task.state };
    if (list) list.push(entry);
    else entries.set(unit, [entry]);
  };
  for (const task of tasks) {
    for (const unit of task.lead) add(unit, task, 'lead');
    for (const unit of task.support) if (!task.lead.includes(unit)) add(unit, task, 'support');
  }
  // Once per distinct unit, not per task: isCollective normalises its text each time it is asked.
  for (const unit of [...entries.keys()]) if (registry.isCollective(unit)) entries.delete(unit);
  const districts = registry.districts().filter((d) => entries.has(d));
  const isDistrict = new Set(districts);
  const others = [...entries.keys()].filter((u) => !isDistrict.has(u));
  return [...districts, ...others].map((unit) => ({ unit, category: registry.categoryOf(unit) ?? '', tasks: entries.get(unit) ?? [] }));
}
