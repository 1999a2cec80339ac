// Every unit the table names with its tasks, so that each unit can be sent its own list. The summary's places come
// first in their order, then the other units as the table first names them. Collective terms (各签约单位) are nobody's
// list. A task merged over several rows (sub-rows) is listed once per unit, as lead where any of its rows says so.
import type { PlacedMention } from '../findings/analyzedTask';
import type { Task, UnitTaskEntry, UnitTasks } from '../model';
import type { UnitRegistry } from '../units/unitRegistry';
import { taskKey } from './districtSummary';

export interface UnitListContext {
  readonly places: readonly string[];
  readonly categoryOf: (unit: string) => string | null;
  readonly isCollective: (unit: string) => boolean;
}

/** Categories as the table's units were read: the registry's, else the one their form or place gave them. */
export function categoryLookup(registry: Pick<UnitRegistry, 'categoryOf'>, mentions: readonly (readonly PlacedMention[])[]): (unit: string) => string | null {
  const read = new Map<string, string>();
  for (const row of mentions) for (const { mention } of row) if (mention.category !== null && !read.has(mention.unit)) read.set(mention.unit, mention.category);
  return (unit) => registry.categoryOf(unit) ?? read.get(unit) ?? null;
}

export function unitTaskList(tasks: readonly Task[], context: UnitListContext): UnitTasks[] {
  const entries = new Map<string, UnitTaskEntry[]>();
  const taskOfEntry = new Map<UnitTaskEntry, string>();
  const add = (unit: string, task: Task, role: 'lead' | 'support'): void => {
    const list = entries.get(unit);
    const id = taskKey(task);
    const last = list?.[list.length - 1];
    if (last !== undefined && taskOfEntry.get(last) === id) {
      if (role === 'lead' && last.role === 'support') {
        const promoted: UnitTaskEntry = { ...last, role };
        taskOfEntry.set(promoted, id);
        list?.splice(list.length - 1, 1, promoted);
      }
      return;
    }
    const entry: UnitTaskEntry = { taskNo: task.no, row: task.row, role, deadline: task.deadline, state: task.state };
    taskOfEntry.set(entry, id);
    if (list) list.push(entry);
    else entries.set(unit, [entry]);
  };
  for (const task of tasks) {
    for (const unit of task.lead) add(unit, task, 'lead');
    for (const unit of task.support) if (!task.lead.includes(unit)) add(unit, task, 'support');
  }
  // Once per distinct unit, not per task: isCollective normalises its text each time it is asked.
  for (const unit of [...entries.keys()]) if (context.isCollective(unit)) entries.delete(unit);
  const places = context.places.filter((d) => entries.has(d));
  const isPlace = new Set(places);
  const others = [...entries.keys()].filter((u) => !isPlace.has(u));
  return [...places, ...others].map((unit) => ({ unit, category: context.categoryOf(unit) ?? '', tasks: entries.get(unit) ?? [] }));
}
