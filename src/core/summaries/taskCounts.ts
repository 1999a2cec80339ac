// Tasks counted as a clerk counts them: a task merged over several rows (sub-rows) is one. Kept apart from the
// summaries that use it so that the task pane's first screen, which shows these counts, loads none of the places.
import { TASK_STATES, type Task, type TaskState } from '../model';

/** A task and its sub-rows share this key: the task's first row and its number. */
export const taskKey = (task: Task): string => `${task.subRowOf ?? task.row}\u0000${task.no}`;

/** How many tasks a list of rows holds: a task merged over several rows (sub-rows) is one. */
export function countTasks(tasks: readonly Task[]): number {
  return new Set(tasks.map(taskKey)).size;
}

/**
 * How many tasks are in each state, a task with sub-rows counted once, in the first of its rows' states in the order
 * counts show them (TASK_STATES: overdue before due soon before on track …): the counts add up to countTasks.
 */
export function taskStateCounts(tasks: readonly Task[]): Record<TaskState, number> {
  const rank = new Map(TASK_STATES.map((state, i) => [state, i] as const));
  const stateOf = new Map<string, TaskState>();
  for (const task of tasks) {
    const key = taskKey(task);
    const known = stateOf.get(key);
    if (known === undefined || (rank.get(task.state) ?? 0) < (rank.get(known) ?? 0)) stateOf.set(key, task.state);
  }
  const counts = Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<TaskState, number>;
  for (const state of stateOf.values()) counts[state] += 1;
  return counts;
}
