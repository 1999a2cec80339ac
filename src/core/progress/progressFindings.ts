// What a supervisor chases in each task's progress: behind 序时进度 (or stating a lag), a completion rate that is not
// actual ÷ target (tables print it rounded: a point either way is no mismatch), a target missed once the task is
// due, a target exceeded, and a period left without progress.
import { daysBetween } from '../dates/daysBetween';
import { draft, type FindingDraft } from '../findings/findingFacts';
import type { ProgressFigure, Task, TaskProgress } from '../model';
import type { TaskJudgement } from './progressLight';

/** Tables print rates truncated or rounded to whole or tenth percents: one percentage point is no mismatch. */
export const RATE_TOLERANCE = 1;
/**
 * Targets beaten by half again and more are worth a look (a target set too low, a figure typed wrong: Meishan's 市本级
 * at 961.7%); beating a target a little is what a plan hopes for, no finding.
 */
export const EXCEEDED_RATE = 150;

export interface FindingPlace {
  /** The cell a task's light and its progress findings go to (the progress column, else 序号, else the task). */
  readonly column: string | null;
  /** The progress column, for a period left empty; null where the table has none (or the returns replace it). */
  readonly progressColumn: string | null;
  readonly asOf: string;
}

function figureFindings(task: Task, figure: ProgressFigure, due: string | null, place: FindingPlace): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const at = (column: string | null) => ({ row: figure.row, column: column ?? place.column, taskNo: task.no || null, unit: figure.unit });
  const { target, actual, statedRate, rate } = figure;
  if (statedRate !== null && rate !== null && Math.abs(statedRate - rate) > RATE_TOLERANCE && target !== null && actual !== null) {
    drafts.push(draft('PROGRESS_RATE_MISMATCH', { ...at(figure.columns.rate), facts: { stated: statedRate, computed: rate, target, actual, measure: figure.measure, unit: figure.unit } }));
  }
  if (target === null || actual === null) return drafts;
  const met = figure.lowerIsBetter ? actual <= target : actual >= target;
  if (!met && due !== null && daysBetween(place.asOf, due) < 0) {
    drafts.push(draft('PROGRESS_TARGET_MISSED', { ...at(figure.columns.actual), facts: { unit: figure.unit, target, actual, measure: figure.measure, due, lowerIsBetter: figure.lowerIsBetter } }));
  }
  // A rate the table prints beside the figures (and that agrees with them) shows its author saw the figure beat the
  // target: only an unexplained one (a return's 完成值, a table without a rate column) is worth a look.
  if (!figure.lowerIsBetter && statedRate === null && target > 0 && (actual / target) * 100 >= EXCEEDED_RATE) {
    drafts.push(draft('PROGRESS_TARGET_EXCEEDED', { ...at(figure.columns.actual), facts: { unit: figure.unit, target, actual, measure: figure.measure } }));
  }
  return drafts;
}

/** The findings of one task's progress, as the table (not a merge) states it. */
export function progressFindings(task: Task, record: TaskProgress, judgement: TaskJudgement, place: FindingPlace): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const at = { row: task.row, column: place.column, taskNo: task.no || null, unit: null };
  if (judgement.behind && judgement.light === 'yellow') {
    drafts.push(draft('PROGRESS_BEHIND', { ...at, facts: { percent: record.percent, expected: judgement.expected, stated: record.lag === true, unit: null } }));
  }
  // A red light needs its reason beside it: a task with a deadline of its own has DEADLINE_OVERDUE, one judged by the
  // plan year's end (no deadline written, or none that could be read) has this.
  if (judgement.light === 'red' && task.state !== 'overdue' && judgement.due !== null) {
    drafts.push(draft('PROGRESS_PAST_YEAR_END', { ...at, facts: { due: judgement.due, days: daysBetween(judgement.due, place.asOf) } }));
  }
  for (const figure of record.figures) drafts.push(...figureFindings(task, figure, judgement.due, place));
  const reported = record.text !== '' || record.figures.some((f) => f.actual !== null);
  if (record.source === 'table' && place.progressColumn !== null && !reported && !record.done) {
    drafts.push(draft('PROGRESS_NOT_REPORTED', { ...at, column: place.progressColumn, facts: { unit: null, returned: false, period: null } }));
  }
  return drafts;
}
