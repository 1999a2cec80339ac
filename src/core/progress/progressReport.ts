// The progress summary of a table: tasks counted once (a task merged over several rows takes its worst light), the
// counts by light, the tasks behind (the 通报's list, naming the lead units behind on each), and per lead unit what it
// leads and how that stands (单位进展排名), in the units' order unless a league table is asked for. In a merge each
// unit is counted by its own part of a task, as its report states it: a unit that reported done is not overdue for a
// task its co-leads have not closed.
import type { Lang, MergedTask, ProgressLight, ProgressReport, Task, UnitProgress, UnitTasks } from '../model';
import { messagesFor } from '../messages/messagesFor';
import type { TaskJudgement } from './progressLight';

/** Worst first: a task with a red row is red; one with a done row and an open one is open. */
const LIGHT_RANK: Readonly<Record<ProgressLight | 'none', number>> = { red: 4, yellow: 3, green: 2, none: 1, done: 0 };

/** How one unit's part of a task stands. */
interface PartStanding {
  light: ProgressLight | 'none';
  behind: boolean;
}

interface TaskGroup {
  readonly no: string;
  readonly row: number;
  lead: readonly string[];
  light: ProgressLight | 'none';
  behind: boolean;
  reported: boolean;
  /** Units that reported on the task (a merge; null for a table's own progress). */
  readonly reportedBy: Set<string> | null;
  /** Each lead unit's own part (a merge; null for a table's own progress, where the task's stands for every lead). */
  readonly parts: Map<string, PartStanding> | null;
}

export interface ReportInput {
  readonly tasks: readonly Task[];
  readonly judgements: readonly (TaskJudgement | null)[];
  /** Per task: whether it has progress for the period, and (a merge) which units reported. */
  readonly reported: readonly boolean[];
  readonly reportedBy?: readonly ReadonlySet<string>[];
  /** In a merge, per task: each lead unit's part judged on its own. */
  readonly partJudgements?: readonly ReadonlyMap<string, TaskJudgement>[];
  /** Whether a unit is expected to report (collective terms such as 各区县 and names that fit no unit are not). */
  readonly expectsReport: (unit: string) => boolean;
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
    const parts = input.partJudgements?.[i];
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
        parts: input.partJudgements ? new Map() : null,
      };
      addParts(created, parts);
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
    addParts(group, parts);
  }
  return groups;
}

/** A unit's parts over a task's rows: the worst light, behind on any. */
function addParts(group: TaskGroup, parts: ReadonlyMap<string, TaskJudgement> | undefined): void {
  for (const [unit, judgement] of parts ?? []) {
    const light = judgement.light ?? 'none';
    const known = group.parts?.get(unit);
    if (known === undefined) group.parts?.set(unit, { light, behind: judgement.behind });
    else {
      if (LIGHT_RANK[light] > LIGHT_RANK[known.light]) known.light = light;
      known.behind ||= judgement.behind;
    }
  }
}

/** How a lead unit's part of a task stands: its own in a merge, else the task's. */
const partOf = (g: TaskGroup, unit: string): PartStanding => g.parts?.get(unit) ?? g;

const isBehind = (g: PartStanding): boolean => g.light === 'red' || (g.behind && g.light !== 'done');

/** The lead units a 通报 names for a task behind: in a merge those whose part is not closed, else every lead. */
function laggingLeads(g: TaskGroup, expectsReport: (unit: string) => boolean): readonly string[] {
  if (g.parts === null) return g.lead;
  const lagging = g.lead.filter((unit) => expectsReport(unit) && partOf(g, unit).light !== 'done');
  return lagging.length > 0 ? lagging : g.lead;
}

/**
 * Each lead unit's row, yielding after every `slice` tasks looked at: a unit that leads a fifth of a 100,000-row table
 * is looked at in slices too.
 */
function* unitProgress(input: ReportInput, groups: Groups, slice: number): Generator<void, UnitProgress[]> {
  const merged = input.merged !== undefined;
  let looked = 0;
  // A unit's entry names the first row of the task it appears in, a sub-row where only that row names it.
  const headOf = new Map<number, number>();
  for (const t of input.tasks) {
    if (t.subRowOf !== undefined) headOf.set(t.row, t.subRowOf);
    looked += 1;
    if (looked % slice === 0) yield;
  }
  const rows: UnitProgress[] = [];
  for (const unit of input.units) {
    // Only the units expected to report are ranked: 各区县 and a name that fits no unit (a slip) report nothing.
    if (!input.expectsReport(unit.unit)) continue;
    const led: TaskGroup[] = [];
    for (const t of unit.tasks) {
      looked += 1;
      if (looked % slice === 0) yield;
      if (t.role !== 'lead') continue;
      const group = groupAt(groups, headOf.get(t.row) ?? t.row, t.taskNo);
      if (group !== undefined) led.push(group);
    }
    if (led.length === 0) continue;
    let done = 0;
    let overdue = 0;
    let behind = 0;
    let notReported = 0;
    for (const g of led) {
      looked += 1;
      if (looked % slice === 0) yield;
      const own = partOf(g, unit.unit);
      if (own.light === 'done') done += 1;
      if (own.light === 'red') overdue += 1;
      if (isBehind(own) && own.light !== 'red') behind += 1;
      if ((merged ? !g.reportedBy?.has(unit.unit) : !g.reported) && own.light !== 'done') notReported += 1;
    }
    rows.push({
      unit: unit.unit,
      led: led.length,
      done,
      onSchedule: led.length - done - overdue - behind,
      behind,
      overdue,
      notReported,
      completionRate: (done / led.length) * 100,
    });
  }
  return rows;
}

/** The report, yielding after every `slice` tasks. */
export function* progressReportSteps(input: ReportInput, slice = Number.POSITIVE_INFINITY): Generator<void, ProgressReport> {
  const groups = yield* groupsOf(input, slice);
  const lights: Record<ProgressLight | 'none', number> = { red: 0, yellow: 0, green: 0, done: 0, none: 0 };
  const behind: ProgressReport['behind'][number][] = [];
  // 黄 holds two kinds: behind schedule (in the 通报's 滞后) and due soon but on schedule (in its 序时推进).
  let yellowBehind = 0;
  let total = 0;
  for (const atRow of groups.values()) {
    for (const g of atRow) {
      lights[g.light] += 1;
      if (isBehind(g)) behind.push({ no: g.no, row: g.row, lead: g.lead, lagging: laggingLeads(g, input.expectsReport), overdue: g.light === 'red' });
      if (g.light === 'yellow' && g.behind) yellowBehind += 1;
      total += 1;
      if (total % slice === 0) yield;
    }
  }
  const units = yield* unitProgress(input, groups, slice);
  if (input.rankByCompletion) units.sort((a, b) => b.completionRate - a.completionRate);
  const onSchedule = total - lights.done - behind.length;
  const yellow = { behind: yellowBehind, dueSoon: lights.yellow - yellowBehind };
  const bulletin = messagesFor(input.lang).progress.bulletin({ asOf: input.asOf, planYear: input.planYear, total, done: lights.done, onSchedule, dueSoon: yellow.dueSoon, behind });
  return {
    period: input.period,
    tolerance: input.tolerance,
    lightColumn: input.lightColumn,
    total,
    lights,
    yellow,
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
