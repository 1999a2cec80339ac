// A table checked in January against "today" judges last year's plan by a day after it ended, and every open task is
// overdue. When that is what happened, the pane and the command line say so and offer the plan's last day instead.
import type { CheckResult } from '../model';
import { parsePeriod, periodEnd } from '../progress/period';
import { countTasks } from './taskCounts';

export interface PlanYearOver {
  readonly planYear: number;
  /** Tasks overdue or with a red light, a task over several rows counted once. */
  readonly overdue: number;
  /** The as-of date to judge by instead: the plan year's last day. */
  readonly yearEnd: string;
}

/**
 * Set when the plan year ended before the as-of date, that date was today (no date the user chose), and that made
 * tasks overdue or red: a table without deadlines or progress is judged the same on any day, nothing to say.
 */
export function planYearOver(result: CheckResult, asOfWasToday: boolean): PlanYearOver | null {
  if (!asOfWasToday || result.headerRow === null) return null;
  const yearEnd = `${result.planYear}-12-31`;
  if (result.asOf <= yearEnd) return null;
  return yearOver(result, yearEnd);
}

function yearOver(result: CheckResult, yearEnd: string): PlanYearOver | null {
  const overdue = countTasks(result.tasks.filter((t) => t.state === 'overdue' || t.light === 'red'));
  return overdue === 0 ? null : { planYear: result.planYear, overdue, yearEnd };
}

/**
 * Set when returns are asked for, or merged, for a period that ends after the plan year (2024-01 of a 2023 plan):
 * judged at that period's end, every open task is overdue, as a check by today would be.
 */
export function periodPastPlanYear(result: CheckResult, period: string): PlanYearOver | null {
  const parsed = parsePeriod(period);
  const yearEnd = `${result.planYear}-12-31`;
  if (parsed === null || result.headerRow === null || periodEnd(parsed) <= yearEnd) return null;
  return yearOver(result, yearEnd);
}
