// The units' returns merged into one progress record per task: each row matched to its task (matchReturns), each
// unit's report kept with its role, and what a supervisor chases said as findings: a lead unit that reported nothing
// (未报送), a report on a task the unit has no part in, a changed task text, rows that fit no task, files that are
// no returns or are for another period, a unit reporting twice, a lead reporting done while a supporting unit reports
// a lag.
import { draft, type FindingDraft } from '../findings/findingFacts';
import { isDoneStatus } from '../deadlines/isDoneStatus';
import type { ProgressFigure, ReturnReport, ReturnState, Task, TaskProgress, UnitReport } from '../model';
import { baseAmount } from '../quotas/displayAmount';
import { isLowerBetter } from './figureColumns';
import { returnMatcher } from './matchReturns';
import type { FindingPlace } from './progressFindings';
import { hasReport, returnState } from './readReturn';
import { progressRecords } from './tableProgress';
import { unitTarget } from './unitTarget';

export interface MergeContext {
  readonly tasks: readonly Task[];
  readonly keys: readonly string[];
  readonly returns: readonly ReturnReport[];
  readonly period: string;
  /** The standard name of a unit as a return names it. */
  readonly standardUnit: (written: string) => string;
  /** Whether a lead unit is sent a return: collective terms (各区县) and names that fit no unit are not. */
  readonly sendsReturn: (unit: string) => boolean;
  readonly place: FindingPlace;
}

export interface MergeOutcome {
  /** Per task. */
  readonly records: readonly TaskProgress[];
  readonly reports: readonly (readonly UnitReport[])[];
  readonly reportedBy: readonly ReadonlySet<string>[];
  /** Lead units that send returns, per task (the table's non-collective leads). */
  readonly expectedFrom: readonly (readonly string[])[];
  /** Lead units that sent no return at all. */
  readonly notReturned: readonly string[];
  readonly drafts: readonly FindingDraft[];
}

function stateOf(report: UnitReport): ReturnState | null {
  return report.state ?? (isDoneStatus(report.text) ? 'done' : null);
}

/** A task's record from the reports of its units: done when every lead says so, a lag when any says one. */
function mergedRecord(progressRecord: ReturnType<typeof progressRecords>, task: Task, reports: readonly UnitReport[], leads: readonly string[]): TaskProgress {
  const fromLeads = reports.filter((r) => r.role === 'lead');
  const text = fromLeads.map((r) => r.text).filter((t) => t !== '').join('\n');
  const states = fromLeads.map(stateOf);
  const lowerIsBetter = isLowerBetter(task.text);
  const figures: ProgressFigure[] = reports.flatMap((r) => {
    const target = unitTarget(task, r.unit);
    if (target === null && r.actual === null) return [];
    const rate = target !== null && r.actual !== null && target.amount !== 0 ? (r.actual / target.amount) * 100 : null;
    return [{ unit: r.unit, target: target?.amount ?? null, actual: r.actual, statedRate: null, rate, lowerIsBetter, measure: target?.measure ?? '', row: task.row, columns: { target: null, actual: null, rate: null } }];
  });
  const allDone = leads.length > 0 && leads.every((lead) => fromLeads.some((r) => r.unit === lead && stateOf(r) === 'done'));
  const statedLag = states.includes('lagging') ? true : null;
  const record = progressRecord(text, { periods: [], statedLag, figures, doneWords: allDone || task.state === 'done', source: 'returns' });
  return states.includes('notStarted') && !record.notStarted ? { ...record, notStarted: true } : record;
}

/** The merge, yielding after every `slice` return rows matched and every `slice` tasks given their record. */
export function* mergeReturnsSteps(context: MergeContext, slice = Number.POSITIVE_INFINITY): Generator<void, MergeOutcome> {
  const { tasks, returns, period, place } = context;
  const drafts: FindingDraft[] = [];
  const reports: UnitReport[][] = tasks.map(() => []);
  const match = returnMatcher(tasks.map((t, i) => ({ no: t.no, text: t.text, key: context.keys[i] as string })));
  const returned = new Set<string>();
  const at = (i: number, unit: string | null) => ({ row: (tasks[i] as Task).row, column: place.column, taskNo: (tasks[i] as Task).no || null, unit });
  const unitOf = new Map<string, number[]>();
  tasks.forEach((t, i) => {
    for (const unit of [...t.lead, ...t.support]) {
      const own = unitOf.get(unit);
      if (own === undefined) unitOf.set(unit, [i]);
      else if (own[own.length - 1] !== i) own.push(i);
    }
  });

  /** A return that does not say who sent it: the one unit that leads every task its rows match. */
  const unitLeadingAll = (sent: ReturnReport): string | null => {
    let common: readonly string[] | null = null;
    for (const row of sent.rows) {
      const found = match(row, []);
      if (found === null) continue;
      const leads = (tasks[found.task] as Task).lead;
      common = common === null ? leads : common.filter((u) => leads.includes(u));
    }
    return common !== null && common.length === 1 ? (common[0] as string) : null;
  };

  let matched = 0;
  for (const sent of returns) {
    const unit = sent.unit === null ? (sent.recognized ? unitLeadingAll(sent) : null) : context.standardUnit(sent.unit);
    if (!sent.recognized || unit === null) {
      drafts.push(draft('RETURN_NOT_RECOGNIZED', { row: null, column: null, taskNo: null, unit, facts: { file: sent.file } }));
      continue;
    }
    if (sent.period !== null && sent.period !== period) {
      drafts.push(draft('RETURN_OTHER_PERIOD', { row: null, column: null, taskNo: null, unit, facts: { file: sent.file, period: sent.period, expected: period } }));
      continue;
    }
    returned.add(unit);
    const own = unitOf.get(unit) ?? [];
    for (const row of sent.rows) {
      matched += 1;
      if (matched % slice === 0) yield;
      const found = match(row, own);
      if (found === null) {
        if (row.text !== '' || hasReport(row)) {
          drafts.push(draft('RETURN_ROW_UNMATCHED', { row: null, column: null, taskNo: row.no || null, unit, facts: { unit, file: sent.file, returnRow: row.row, no: row.no, text: row.text } }));
        }
        continue;
      }
      const task = tasks[found.task] as Task;
      const role = task.lead.includes(unit) ? 'lead' : task.support.includes(unit) ? 'support' : null;
      if (role === null) {
        if (hasReport(row)) drafts.push(draft('RETURN_NOT_RESPONSIBLE', { ...at(found.task, unit), facts: { unit, file: sent.file, returnRow: row.row } }));
        continue;
      }
      if (found.textChanged) drafts.push(draft('RETURN_TEXT_CHANGED', { ...at(found.task, unit), facts: { unit, file: sent.file, returnRow: row.row, written: row.text } }));
      if (!hasReport(row)) continue;
      const list = reports[found.task] as UnitReport[];
      const earlier = list.findIndex((r) => r.unit === unit);
      const report: UnitReport = {
        unit,
        role,
        state: returnState(row.state),
        text: row.progress,
        actual: row.actual === null ? null : baseAmount(row.actual, row.measure),
        problems: row.problems,
        nextSteps: row.nextSteps,
        file: sent.file,
        row: row.row,
      };
      if (earlier >= 0) {
        drafts.push(draft('RETURN_DUPLICATE', { ...at(found.task, unit), facts: { unit, file: sent.file, earlier: (list[earlier] as UnitReport).file } }));
        list.splice(earlier, 1);
      }
      list.push(report);
    }
  }

  const expectedFrom = tasks.map((t) => t.lead.filter(context.sendsReturn));
  const progressRecord = progressRecords();
  const records: TaskProgress[] = [];
  for (let i = 0; i < tasks.length; i += 1) {
    const task = tasks[i] as Task;
    const list = (reports[i] as UnitReport[]).sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
    const leads = expectedFrom[i] as string[];
    if (task.state !== 'done') {
      for (const lead of leads) {
        if (!list.some((r) => r.unit === lead)) drafts.push(draft('PROGRESS_NOT_REPORTED', { ...at(i, lead), facts: { unit: lead, returned: returned.has(lead), period } }));
      }
    }
    const doneBy = list.find((r) => r.role === 'lead' && stateOf(r) === 'done');
    const laggingBy = list.find((r) => r.role === 'support' && stateOf(r) === 'lagging');
    if (doneBy && laggingBy) drafts.push(draft('PROGRESS_CONFLICT', { ...at(i, doneBy.unit), facts: { doneBy: doneBy.unit, laggingBy: laggingBy.unit } }));
    records.push(mergedRecord(progressRecord, task, list, leads));
    if ((i + 1) % slice === 0) yield;
  }
  const notReturned = [...new Set(expectedFrom.flatMap((units) => units))].filter((unit) => !returned.has(unit));
  return { records, reports, reportedBy: reports.map((list) => new Set(list.map((r) => r.unit))), expectedFrom, notReturned, drafts };
}
