// One row per place the table names at its summary level (a city's districts and counties, a district's towns), as
// supervision offices tabulate them: its tasks as lead and as support, its quotas, and how many of its tasks are
// overdue or nearly due. A task merged over several rows (sub-rows) counts once. The level's own share (市本级) has a
// row of its own before the places, so that the summary's shares add up to the table's total.
import { finish } from '../steps';
import { isOwnLevel } from './summaryPlaces';
import type { DistrictQuota, DistrictSummary, Task } from '../model';

interface Tally {
  readonly leadTasks: string[];
  readonly supportTasks: string[];
  readonly quotas: DistrictQuota[];
  overdue: number;
  dueSoon: number;
  named: boolean;
  /** The task last counted (its place in the list of tasks), so that its sub-rows do not count it again. */
  lastTask: number;
  lastRole: 'lead' | 'support' | null;
  /** Whether the task last counted was already counted as overdue or due soon. */
  lastOverdue: boolean;
  lastDueSoon: boolean;
}

export function districtSummary(tasks: readonly Task[], places: readonly string[]): DistrictSummary[] {
  return finish(districtSummarySteps(tasks, places));
}

// One pass over the tasks: a filter per district and field made summaries a fifth of the engine's time on long tables.
/** The summary, yielding after every `slice` tasks. */
export function* districtSummarySteps(tasks: readonly Task[], places: readonly string[], slice = Number.POSITIVE_INFINITY): Generator<void, DistrictSummary[]> {
  const fresh = (): Tally => ({ leadTasks: [], supportTasks: [], quotas: [], overdue: 0, dueSoon: 0, named: false, lastTask: -1, lastRole: null, lastOverdue: false, lastDueSoon: false });
  const tallies = new Map<string, Tally>(places.map((d) => [d, fresh()]));
  /** The level's own shares (市本级), in the order the table first names them: listed before its places, as tables do. */
  const ownLevel: string[] = [];
  const tallyOf = (unit: string): Tally | undefined => {
    const known = tallies.get(unit);
    if (known !== undefined || !isOwnLevel(unit)) return known;
    const tally = fresh();
    tallies.set(unit, tally);
    ownLevel.push(unit);
    return tally;
  };
  const count = (tally: Tally, task: Task, id: number, role: 'lead' | 'support'): void => {
    if (tally.lastTask !== id) {
      tally.lastTask = id;
      tally.lastRole = null;
      tally.lastOverdue = false;
      tally.lastDueSoon = false;
    }
    if (tally.lastRole === null) (role === 'lead' ? tally.leadTasks : tally.supportTasks).push(task.no);
    else if (tally.lastRole === 'support' && role === 'lead') {
      tally.supportTasks.pop();
      tally.leadTasks.push(task.no);
    }
    if (tally.lastRole !== 'lead') tally.lastRole = role;
    tally.named = true;
    if (task.state === 'overdue' && !tally.lastOverdue) {
      tally.overdue += 1;
      tally.lastOverdue = true;
    }
    if (task.state === 'dueSoon' && !tally.lastDueSoon) {
      tally.dueSoon += 1;
      tally.lastDueSoon = true;
    }
  };
  let id = -1;
  let done = 0;
  for (const task of tasks) {
    done += 1;
    if (done % slice === 0) yield;
    if (task.subRowOf === undefined) id += 1;
    const involved = new Set<Tally>();
    for (const unit of task.lead) {
      const tally = tallyOf(unit);
      if (tally && !involved.has(tally)) {
        count(tally, task, id, 'lead');
        involved.add(tally);
      }
    }
    for (const unit of task.support) {
      const tally = tallyOf(unit);
      if (tally && !involved.has(tally)) {
        count(tally, task, id, 'support');
        involved.add(tally);
      }
    }
    for (const q of task.quotas) {
      const tally = tallyOf(q.unit);
      if (!tally) continue;
      tally.named = true;
      tally.quotas.push({ taskNo: task.no, amount: q.amount, measure: q.measure });
    }
  }
  return [...ownLevel, ...places].flatMap((name): DistrictSummary[] => {
    const tally = tallies.get(name);
    if (!tally?.named) return [];
    const { leadTasks, supportTasks, quotas, overdue, dueSoon } = tally;
    return [{ name, leadTasks, supportTasks, quotas, overdue, dueSoon }];
  });
}

/** The totals row of a district summary: tasks of the plan, each once however many of the places share it. */
export interface PlaceTotals {
  /** Tasks one of the places leads. */
  readonly lead: number;
  /** Tasks one of the places supports without leading them itself. */
  readonly support: number;
  /** Tasks with a row overdue that names one of the places (a task's sub-rows count it once). */
  readonly overdue: number;
  readonly dueSoon: number;
}

export function placeTotals(tasks: readonly Task[], places: readonly string[]): PlaceTotals {
  return finish(placeTotalsSteps(tasks, places));
}

/** The totals, yielding after every `slice` tasks. */
export function* placeTotalsSteps(tasks: readonly Task[], places: readonly string[], slice = Number.POSITIVE_INFINITY): Generator<void, PlaceTotals> {
  const listed = new Set(places);
  const totals = { lead: 0, support: 0, overdue: 0, dueSoon: 0 };
  // The task being tallied, its rows together: the places leading and supporting it (a place is a lead where any row
  // says so), and whether a row naming a place is overdue or due soon.
  let leaders: string[] = [];
  let supporters: string[] = [];
  let overdue = false;
  let dueSoon = false;
  const close = (): void => {
    if (leaders.length > 0) totals.lead += 1;
    if (supporters.some((u) => !leaders.includes(u))) totals.support += 1;
    if (overdue) totals.overdue += 1;
    if (dueSoon) totals.dueSoon += 1;
    leaders = [];
    supporters = [];
    overdue = false;
    dueSoon = false;
  };
  let done = 0;
  for (const task of tasks) {
    done += 1;
    if (done % slice === 0) yield;
    if (task.subRowOf === undefined) close();
    const leading = task.lead.filter((unit) => listed.has(unit));
    const supporting = task.support.filter((unit) => listed.has(unit));
    if (leading.length + supporting.length === 0) continue;
    leaders.push(...leading);
    supporters.push(...supporting);
    if (task.state === 'overdue') overdue = true;
    if (task.state === 'dueSoon') dueSoon = true;
  }
  close();
  return totals;
}
