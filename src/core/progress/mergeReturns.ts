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
import { closedParts, type ProgressHistory } from './progressHistory';
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
  /** 进展汇总 as an earlier merge left it: the parts units closed in earlier periods stay closed. */
  readonly history?: ProgressHistory;
}

export interface MergeOutcome {
  /** Per task. */
  readonly records: readonly TaskProgress[];
  readonly reports: readonly (readonly UnitReport[])[];
  readonly reportedBy: readonly ReadonlySet<string>[];
  /** Lead units that send returns, per task (the table's non-collective leads). */
  readonly expectedFrom: readonly (readonly string[])[];
  /** Lead units that sent no return at all (and have a part still open). */
  readonly notReturned: readonly string[];
  /** Per task, each lead unit's own part as its report states it. */
  readonly unitParts: readonly ReadonlyMap<string, TaskProgress>[];
  /** The files merged, and those not (no return, no sender, another period: each said in a finding), in their order. */
  readonly mergedFiles: readonly string[];
  readonly rejectedFiles: readonly string[];
  readonly drafts: readonly FindingDraft[];
}

function stateOf(report: UnitReport): ReturnState | null {
  return report.state ?? (isDoneStatus(report.text) ? 'done' : null);
}

type RecordMaker = ReturnType<typeof progressRecords>;

function figureOf(task: Task, unit: string, actual: number | null, lowerIsBetter: boolean): ProgressFigure | null {
  const target = unitTarget(task, unit);
  if (target === null && actual === null) return null;
  const rate = target !== null && actual !== null && target.amount !== 0 ? (actual / target.amount) * 100 : null;
  return { unit, target: target?.amount ?? null, actual, statedRate: null, rate, lowerIsBetter, measure: target?.measure ?? '', row: task.row, columns: { target: null, actual: null, rate: null } };
}

/**
 * One unit's part of a task as its own report states it: done by its 已完成 (or one carried from an earlier period),
 * its done words, 100% or its own target met. A state the unit picked wins over its words and figures: 推进中 with
 * the figure met is the unit's word that more is to be done.
 */
function unitRecord(progressRecord: RecordMaker, task: Task, unit: string, report: UnitReport | undefined): TaskProgress {
  const figure = figureOf(task, unit, report?.actual ?? null, isLowerBetter(task.text));
  const state = report === undefined ? null : stateOf(report);
  const record = progressRecord(report?.text ?? '', { periods: [], statedLag: state === 'lagging' ? true : null, figures: figure ? [figure] : [], doneWords: state === 'done', source: 'returns' });
  const picked = report?.state ?? null;
  const done = picked === null ? record.done : picked === 'done';
  return done === record.done && (state !== 'notStarted' || record.notStarted) ? record : { ...record, done, notStarted: record.notStarted || state === 'notStarted' };
}

/**
 * A task's record from its units' parts: done when every lead unit's part is (one unit's figures close no shared
 * task), a lag when any lead states one, the lowest percentage a lead writes; the figures of every unit that reported
 * one and of every lead that owes one.
 */
function mergedRecord(task: Task, reports: readonly UnitReport[], leads: readonly string[], parts: ReadonlyMap<string, TaskProgress>): TaskProgress {
  const text = reports
    .filter((r) => r.role === 'lead')
    .map((r) => r.text)
    .filter((t) => t !== '')
    .join('\n');
  const own = [...parts.values()];
  const percents = own.map((r) => r.percent).filter((p): p is number => p !== null);
  const lowerIsBetter = isLowerBetter(task.text);
  const figures: ProgressFigure[] = reports.flatMap((r) => figureOf(task, r.unit, r.actual, lowerIsBetter) ?? []);
  for (const lead of leads) {
    if (reports.some((r) => r.unit === lead)) continue;
    const owed = figureOf(task, lead, null, lowerIsBetter);
    if (owed) figures.push(owed);
  }
  const every = (test: (record: TaskProgress) => boolean): boolean => leads.length > 0 && leads.every((lead) => test(parts.get(lead) as TaskProgress));
  return {
    text,
    periods: [],
    done: task.state === 'done' || every((r) => r.done),
    percent: percents.length === 0 ? null : Math.min(...percents),
    lag: own.some((r) => r.lag === true) ? true : every((r) => r.lag === false) ? false : null,
    notStarted: own.some((r) => r.notStarted),
    figures,
    source: 'returns',
  };
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

  /**
   * The units of the table a text names (a title, a file name), longest first so that 市委办公厅 is not also 市委:
   * the one it names, else null (none, or several).
   */
  const known = [...unitOf.keys()].sort((a, b) => b.length - a.length);
  const unitNamedIn = (text: string): string | null => {
    let rest = text;
    const named = new Set<string>();
    for (const unit of known) {
      if (!rest.includes(unit)) continue;
      named.add(unit);
      rest = rest.split(unit).join('\u0000');
    }
    return named.size === 1 ? ([...named][0] as string) : null;
  };
  const fileBase = (file: string): string => (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '');

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

  /**
   * Who sent a return: the unit its identity, title or file name names as a unit of the table; else a unit of the table
   * named anywhere in its title or file name (福清市2023年11月进展情况); else the one unit leading every task it
   * reports on; else the name it gives, if any.
   */
  const senderOf = (sent: ReturnReport): string | null => {
    const written = sent.unit === null ? null : context.standardUnit(sent.unit);
    if (written !== null && unitOf.has(written)) return written;
    return unitNamedIn(sent.title ?? '') ?? unitNamedIn(fileBase(sent.file)) ?? unitLeadingAll(sent) ?? written;
  };

  let matched = 0;
  const mergedFiles: string[] = [];
  const rejectedFiles: string[] = [];
  for (const sent of returns) {
    const unit = sent.recognized ? senderOf(sent) : null;
    if (!sent.recognized) drafts.push(draft('RETURN_NOT_RECOGNIZED', { row: null, column: null, taskNo: null, unit: null, facts: { file: sent.file } }));
    else if (unit === null) drafts.push(draft('RETURN_SENDER_UNKNOWN', { row: null, column: null, taskNo: null, unit: null, facts: { file: sent.file } }));
    else if (sent.period !== null && sent.period !== period) {
      drafts.push(draft('RETURN_OTHER_PERIOD', { row: null, column: null, taskNo: null, unit, facts: { file: sent.file, period: sent.period, expected: period } }));
    }
    if (unit === null || (sent.period !== null && sent.period !== period)) {
      rejectedFiles.push(sent.file);
      continue;
    }
    mergedFiles.push(sent.file);
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
      if (row.unreadableActual) {
        const { written, cell, negative } = row.unreadableActual;
        drafts.push(draft('RETURN_VALUE_UNREADABLE', { ...at(found.task, unit), facts: { unit, file: sent.file, cell, written, negative } }));
      }
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
  const unitParts: Map<string, TaskProgress>[] = [];
  const pending = new Set<string>();
  for (let i = 0; i < tasks.length; i += 1) {
    const task = tasks[i] as Task;
    const list = reports[i] as UnitReport[];
    const leads = expectedFrom[i] as string[];
    // A part a lead closed in an earlier period stays closed unless the unit itself now states it open.
    for (const [unit, closedIn] of context.history ? closedParts(context.history, context.keys[i] as string, period, leads) : []) {
      const at = list.findIndex((r) => r.unit === unit);
      const now = list[at];
      if (now !== undefined && now.state !== null && now.state !== 'done') continue;
      const carried: UnitReport = { ...(now ?? { unit, role: 'lead', text: '', actual: null, problems: '', nextSteps: '', file: '', row: 0 }), state: 'done', closedIn };
      if (now === undefined) list.push(carried);
      else list[at] = carried;
    }
    list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
    const parts = new Map<string, TaskProgress>();
    for (const unit of new Set([...leads, ...list.filter((r) => r.role === 'lead').map((r) => r.unit)])) {
      parts.set(unit, unitRecord(progressRecord, task, unit, list.find((r) => r.unit === unit)));
    }
    unitParts.push(parts);
    if (task.state !== 'done') {
      for (const lead of leads) {
        if (!list.some((r) => r.unit === lead)) drafts.push(draft('PROGRESS_NOT_REPORTED', { ...at(i, lead), facts: { unit: lead, returned: returned.has(lead), period } }));
        if (!(parts.get(lead) as TaskProgress).done) pending.add(lead);
      }
    }
    const doneBy = list.find((r) => r.role === 'lead' && stateOf(r) === 'done');
    const laggingBy = list.find((r) => r.role === 'support' && stateOf(r) === 'lagging');
    if (doneBy && laggingBy) drafts.push(draft('PROGRESS_CONFLICT', { ...at(i, doneBy.unit), facts: { doneBy: doneBy.unit, laggingBy: laggingBy.unit } }));
    records.push(mergedRecord(task, list, leads, parts));
    if ((i + 1) % slice === 0) yield;
  }
  // A unit that has closed every part it leads is chased for nothing.
  const notReturned = [...new Set(expectedFrom.flatMap((units) => units))].filter((unit) => !returned.has(unit) && pending.has(unit));
  return { records, unitParts, mergedFiles, rejectedFiles, reports, reportedBy: reports.map((list) => new Set(list.map((r) => r.unit))), expectedFrom, notReturned, drafts };
}
