// The light a supervision office gives a task (亮灯): 已完成 when it is done, 红 past its due day and not done, 黄
// behind 序时进度 by more than the tolerance, stating a lag, or due soon, 绿 on track. Open-ended tasks (持续推进,
// recurring reports, spans from an issue day) get none unless they state a lag. A task without a due day of its own
// (none written, or none the reader could tell) is a task of the plan year: it is judged against the year's end.
import { daysBetween } from '../dates/daysBetween';
import type { Deadline, ProgressLight, TaskProgress, TaskState } from '../model';
import { expectedProgress } from './expectedProgress';
import { taskStart } from './taskStart';
import { memoize } from '../memoize';

export interface LightSettings {
  readonly asOf: string;
  readonly planYear: number;
  readonly dueSoonDays: number;
  /** Percentage points behind 序时进度 that still count as on schedule. */
  readonly tolerance: number;
}

export interface TaskJudgement {
  readonly light: ProgressLight | null;
  /** 序时进度 in percent, null for an open-ended task. */
  readonly expected: number | null;
  /** Behind schedule: a stated lag, not started while time passes, or a percentage under 序时进度 less the tolerance. */
  readonly behind: boolean;
  /** The due day judged against (the plan year's end for a task without one), null when open-ended. */
  readonly due: string | null;
}

const OPEN_ENDED: ReadonlySet<Deadline['kind']> = new Set(['ongoing', 'recurring', 'relative']);

function dueOf(deadline: Deadline, planYear: number): string | null {
  if (deadline.kind === 'date' && deadline.due !== null) return deadline.due;
  return OPEN_ENDED.has(deadline.kind) ? null : `${planYear}-12-31`;
}

function isBehind(record: TaskProgress, expected: number | null, tolerance: number): boolean {
  // What the table states wins: an office's 是否达序 knows the task's own plan, which 序时进度 only approximates.
  if (record.lag !== null) return record.lag;
  if (expected === null) return false;
  if (record.notStarted) return expected > tolerance;
  return record.percent !== null && record.percent < expected - tolerance;
}

/**
 * Judges tasks against one as-of day. 序时进度 depends on the deadline alone, and a table writes a few hundred distinct
 * deadlines: each is worked out once per judge.
 */
export function taskJudge(settings: LightSettings): (task: { readonly deadline: Deadline; readonly state: TaskState }, record: TaskProgress) => TaskJudgement {
  const expectedOf = memoize((deadline: Deadline): number | null => {
    const due = dueOf(deadline, settings.planYear);
    if (due === null) return null;
    const start = taskStart(deadline.text, settings.planYear);
    // To a tenth of a percent, as tables print it and as the comparisons below take it.
    return Math.round(expectedProgress(start < due ? start : due, due, settings.asOf) * 10) / 10;
  });
  return (task, record) => judgeTask(task, record, settings, expectedOf(task.deadline));
}

function judgeTask(task: { readonly deadline: Deadline; readonly state: TaskState }, record: TaskProgress, settings: LightSettings, expected: number | null): TaskJudgement {
  const due = dueOf(task.deadline, settings.planYear);
  const behind = !record.done && isBehind(record, expected, settings.tolerance);
  if (task.state === 'done' || record.done) return { light: 'done', expected, behind: false, due };
  if (due === null) return { light: behind ? 'yellow' : null, expected, behind, due };
  const daysLeft = daysBetween(settings.asOf, due);
  if (daysLeft < 0) return { light: 'red', expected, behind, due };
  return { light: behind || daysLeft <= settings.dueSoonDays ? 'yellow' : 'green', expected, behind, due };
}
