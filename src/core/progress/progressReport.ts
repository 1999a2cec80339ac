// The progress summary of a table: tasks counted once (a task merged over several rows takes its worst light), the
// counts by light, the tasks behind (the 通报's list), and per lead unit what it leads and how that stands
// (单位进展排名), in the units' order unless a league table is asked for.
import type { Lang, MergedTask, ProgressLight, ProgressReport, Task, UnitProgress, UnitTasks } from '../model';
import { messagesFor } from '../messages/messagesFor';
import type { TaskJudgement } from './progressLight';

/** Worst first: a task with a red row is red; one with a done row and an open one is open. */
const LIGHT_RANK: Readonly<Record<ProgressLight | 'none', number>> = { red: 4, yellow: 3, green: 2, none: 1, done: 0 };

interface TaskGroup {
  readonly no: string;
  readonly row: number;
  lead: readonly string[];
  light: ProgressLight | 'none';
  behind: boolean;
  reported: boolean;
  /** Units that reported on the task (a merge; null for a table's own progress). */
  readonly reportedBy: Set<string> | null;
}

export interface ReportInput {
  readonly tasks: readonly Task[];
  readonly judgements: readonly (TaskJudgement | null)[];
  /** Per task: whether it has progress for the period, and (a merge) which units reported. */
  readonly reported: readonly boolean[];
  readonly reportedBy?: readonly ReadonlySet<string>[];
  readonly units: readonly UnitTasks[];
  readonly asOf: string;
  readonly planYear: number;
  readonly tolerance: number;
  readonly period: string | null;
  readonly lang: Lang;
  readonly rankByCompletion: boolean;
  readonly merged?: readonly MergedTask[];
  readonly earlierPeriods?: readonly string[];
  readonly notReturned?: readonly string[];
  readonly lightColumn: string | null;
  readonly heldIn?: string;
  readonly mergedFiles?: readonly string[];
  readonly rejectedFiles?: readonly string[];
}

/**
 * Tasks by their first row: a task and its sub-rows are one; a target matrix's indicators share a row and are told by
 * their number. Sub-rows follow their task, so a group is the one before unless the row or number changes.
 */
type Groups = ReadonlyMap<number, readonly TaskGroup[]>;

const groupAt = (groups: Groups, head: number, no: string): TaskGroup | undefined => groups.get(head)?.find((g) => g.no === no);

function* groupsOf(input: ReportInput, slice: number): Generator<void, Map<number, TaskGroup[]>> {
  const groups = new Map<number, TaskGroup[]>();
  let last: TaskGroup | undefined;
  for (let i = 0; i < input.tasks.length; i += 1) {
    if (i > 0 && i % slice === 0) yield;
    const task = input.tasks[i] as Task;
    const head = task.subRowOf ?? task.row;
    const light = input.judgements[i]?.light ?? 'none';
    const group = last !== undefined && last.row === head && last.no === task.no ? last : groupAt(groups, head, task.no);
    if (group === undefined) {
      const created: TaskGroup = {
        no: task.no,
        row: head,
        lead: task.lead,
        light,
        behind: input.judgements[i]?.behind ?? false,
        reported: input.reported[i] ?? false,
        reportedBy: input.reportedBy ? new Set(input.reportedBy[i] ?? []) : null,
      };
      const atRow = groups.get(head);
      if (atRow) atRow.push(created);
      else groups.set(head, [created]);
      last = created;
      continue;
    }
    last = group;
    if (LIGHT_RANK[light] > LIGHT_RANK[group.light]) group.light = light;
    group.behind ||= input.judgements[i]?.behind ?? false;
    group.reported ||= input.reported[i] ?? false;
    const more = task.lead.filter((unit) => !group.lead.includes(unit));
    if (more.length > 0) group.lead = [...group.lead, ...more];
    for (const unit of input.reportedBy?.[i] ?? []) group.reportedBy?.add(unit);
  }
  return groups;
}

const isBehind = (g: TaskGroup): boolean => g.light === 'red' || (g.behind && g.light !== 'done');

/** Each lead unit's row, yielding after every `slice` tasks of the units looked at. */
function* unitProgress(input: ReportInput, groups: Groups, slice: number): Generator<void, UnitProgress[]> {
  const merged = input.merged !== undefined;
  // A unit's entry names the first row of the task it appears in, a sub-row where only that row names it.
  const headOf = new Map(input.tasks.filter((t) => t.subRowOf !== undefined).map((t) => [t.row, t.subRowOf as number] as const));
  const rows: UnitProgress[] = [];
  let looked = 0;
  for (const unit of input.units) {
    const before = looked;
    looked += unit.tasks.length;
    if (Math.floor(looked / slice) > Math.floor(before / slice)) yield;
    const led = unit.tasks
      .filter((t) => t.role === 'lead')
      .map((t) => groupAt(groups, headOf.get(t.row) ?? t.row, t.taskNo))
      .filter((g): g is TaskGroup => g !== undefined);
    if (led.length === 0) continue;
    const done = led.filter((g) => g.light === 'done').length;
    const overdue = led.filter((g) => g.light === 'red').length;
    const behind = led.filter((g) => isBehind(g) && g.light !== 'red').length;
    rows.push({
      unit: unit.unit,
      led: led.length,
      done,
      onSchedule: led.length - done - overdue - behind,
      behind,
      overdue,
      notReported: led.filter((g) => (merged ? !g.reportedBy?.has(unit.unit) : !g.reported) && g.light !== 'done').length,
      completionRate: (done / led.length) * 100,
    });
  }
  return rows;
}

/** The report, yielding after every `slice` tasks. */
export function* progressReportSteps(input: ReportInput, slice = Number.POSITIVE_INFINITY): Generator<void, ProgressReport> {
  const groups = yield* groupsOf(input, slice);
  const all = [...groups.values()].flatMap((atRow) => atRow);
  const lights: Record<ProgressLight | 'none', number> = { red: 0, yellow: 0, green: 0, done: 0, none: 0 };
  for (const g of all) lights[g.light] += 1;
  const behind = all.filter(isBehind).map((g) => ({ no: g.no, row: g.row, lead: g.lead, overdue: g.light === 'red' }));
  const units = yield* unitProgress(input, groups, slice);
  if (input.rankByCompletion) units.sort((a, b) => b.completionRate - a.completionRate);
  const onSchedule = all.length - lights.done - behind.length;
  const bulletin = messagesFor(input.lang).progress.bulletin({ asOf: input.asOf, planYear: input.planYear, total: all.length, done: lights.done, onSchedule, behind });
  return {
    period: input.period,
    tolerance: input.tolerance,
    lightColumn: input.lightColumn,
    total: all.length,
    lights,
    onSchedule,
    behind,
    units,
    ...(input.merged ? { merged: input.merged } : {}),
    ...(input.earlierPeriods ? { earlierPeriods: input.earlierPeriods } : {}),
    ...(input.notReturned ? { notReturned: input.notReturned } : {}),
    ...(input.heldIn !== undefined ? { heldIn: input.heldIn } : {}),
    ...(input.mergedFiles ? { mergedFiles: input.mergedFiles } : {}),
    ...(input.rejectedFiles ? { rejectedFiles: input.rejectedFiles } : {}),
    bulletin,
  };
}
