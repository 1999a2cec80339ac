// Every unit the table names with its tasks, so that each unit can be sent its own list. The summary's places come
// first in their order, then the other units as the table first names them. Collective terms (各签约单位) are nobody's
// list. A task merged over several rows (sub-rows) is listed once per unit, as lead where any of its rows says so, with
// the rows that name the unit as its parts.
import type { PlacedMention } from '../findings/analyzedTask';
import type { Task, UnitTaskEntry, UnitTasks } from '../model';
import { finish } from '../steps';
import type { UnitRegistry } from '../units/unitRegistry';

export interface UnitListContext {
  readonly places: readonly string[];
  readonly categoryOf: (unit: string) => string | null;
  readonly isCollective: (unit: string) => boolean;
}

/**
 * Categories as the table's units were read: the registry's, else the one their form or place gave them. Gathered
 * from the mentions in steps, yielding after every `slice` rows.
 */
export function* categoryLookupSteps(
  registry: Pick<UnitRegistry, 'categoryOf'>,
  mentions: readonly (readonly PlacedMention[])[],
  slice = Number.POSITIVE_INFINITY,
): Generator<void, (unit: string) => string | null> {
  const read = new Map<string, string>();
  for (let i = 0; i < mentions.length; i += 1) {
    for (const { mention } of mentions[i] as readonly PlacedMention[]) if (mention.category !== null && !read.has(mention.unit)) read.set(mention.unit, mention.category);
    if ((i + 1) % slice === 0) yield;
  }
  return (unit) => registry.categoryOf(unit) ?? read.get(unit) ?? null;
}

export function unitTaskList(tasks: readonly Task[], context: UnitListContext): UnitTasks[] {
  return finish(unitTaskListSteps(tasks, context));
}

/** An entry still being filled: its role and its parts grow as the task's sub-rows name the unit. */
type OpenEntry = Omit<UnitTaskEntry, 'role' | 'parts'> & { role: UnitTaskEntry['role']; readonly parts: number[] };

/** The list, yielding after every `slice` tasks. */
export function* unitTaskListSteps(tasks: readonly Task[], context: UnitListContext, slice = Number.POSITIVE_INFINITY): Generator<void, UnitTasks[]> {
  /** Each unit's entries, and the task (its place in the list of tasks) its last entry is for. */
  const entries = new Map<string, { readonly list: OpenEntry[]; last: number }>();
  const add = (unit: string, task: Task, at: number, id: number, role: 'lead' | 'support'): void => {
    const known = entries.get(unit);
    const last = known?.list[known.list.length - 1];
    if (known !== undefined && known.last === id && last !== undefined) {
      // A sub-row of a task already listed: one more part of it, and lead where any of its rows says so.
      last.parts.push(at);
      if (role === 'lead') last.role = role;
      return;
    }
    const entry: OpenEntry = { taskNo: task.no, row: task.row, role, deadline: task.deadline, state: task.state, parts: [at] };
    if (known) {
      known.list.push(entry);
      known.last = id;
    } else entries.set(unit, { list: [entry], last: id });
  };
  let id = -1;
  for (let at = 0; at < tasks.length; at += 1) {
    const task = tasks[at] as Task;
    if ((at + 1) % slice === 0) yield;
    if (task.subRowOf === undefined) id += 1;
    for (const unit of task.lead) add(unit, task, at, id, 'lead');
    for (const unit of task.support) if (!task.lead.includes(unit)) add(unit, task, at, id, 'support');
  }
  // Once per distinct unit, not per task: isCollective normalises its text each time it is asked.
  for (const unit of [...entries.keys()]) if (context.isCollective(unit)) entries.delete(unit);
  const places = context.places.filter((d) => entries.has(d));
  const isPlace = new Set(places);
  const others = [...entries.keys()].filter((u) => !isPlace.has(u));
  return [...places, ...others].map((unit) => ({ unit, category: context.categoryOf(unit) ?? '', tasks: entries.get(unit)?.list ?? [] }));
}
