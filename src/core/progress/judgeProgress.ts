// Progress from start to end for one check: each task's record (the table's progress columns, or the units' returns
// merged for a period), its light against the calendar, the findings, and, once the unit task list is known, the
// report (counts, 单位进展排名, the 通报, in a merge 进展汇总's rows with the earlier periods kept). A table with no
// progress or figure column and no returns to merge has none of this: its check is as it was.
import type { FindingDraft } from '../findings/findingFacts';
import { DEFAULT_TOLERANCE } from '../host';
import { messagesFor } from '../messages/messagesFor';
import { mapSteps } from '../steps';
import type { Lang, MergedTask, ProgressLight, ProgressOptions, ProgressReport, SheetGrid, Task, TaskProgress, UnitReport, UnitTasks } from '../model';
import type { TableLayout } from '../table/tableLayout';
import { mergeReturnsSteps, type MergeOutcome } from './mergeReturns';
import { heldReturns } from './heldReturns';
import { NO_HISTORY, periodSummary, readProgressHistory, splitSummary, type ProgressHistory } from './progressHistory';
import { progressFindings, type FindingPlace } from './progressFindings';
import { taskJudge, type LightSettings, type TaskJudgement } from './progressLight';
import { progressReportSteps } from './progressReport';
import { tableProgressReader } from './tableProgress';
import { taskKeys } from './taskKeys';

export interface ProgressInput {
  readonly sheet: SheetGrid;
  readonly layout: TableLayout;
  readonly matrix: boolean;
  readonly tasks: readonly Task[];
  readonly planYear: number;
  readonly asOf: string;
  readonly dueSoonDays: number;
  readonly options: ProgressOptions | undefined;
  readonly lang: Lang;
  readonly standardUnit: (written: string) => string;
  readonly sendsReturn: (unit: string) => boolean;
}

/** What progress adds to a task. */
export interface ProgressFields {
  readonly progressRecord: TaskProgress;
  readonly light: ProgressLight | null;
  readonly expected: number | null;
}

export interface JudgedProgress {
  /** Per task, in the order of the input's tasks. */
  readonly fields: readonly ProgressFields[];
  readonly drafts: readonly FindingDraft[];
  /** The report, once the tasks are made with their fields and the unit task list is known, yielding every `slice` tasks. */
  reportSteps(tasks: readonly Task[], units: readonly UnitTasks[], slice?: number): Generator<void, ProgressReport>;
}

function mergePeriod(options: ProgressOptions, asOf: string): string {
  if (options.period !== undefined) return options.period;
  const counts = new Map<string, number>();
  for (const r of options.returns ?? []) if (r.period !== null) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1]);
  return common?.[0] ?? asOf.slice(0, 7);
}

/**
 * One period's summary of a task as 进展汇总 writes it: its light, then each unit's report, then who sent nothing. A
 * lead's part closed by its words or figures says 已完成, so that the next period reads it back as closed.
 */
function summaryLines(reports: readonly UnitReport[], expectedFrom: readonly string[], parts: ReadonlyMap<string, TaskProgress>, lang: Lang): string[] {
  const texts = messagesFor(lang).progress;
  const lines = reports.map((r) => {
    const state = r.state ?? (r.role === 'lead' && parts.get(r.unit)?.done ? 'done' : null);
    const text = r.text === '' && r.closedIn !== undefined ? texts.closedIn(r.closedIn) : r.text;
    return texts.reportLine(r.unit, state === null ? null : texts.returnState[state], text);
  });
  for (const unit of expectedFrom) if (!reports.some((r) => r.unit === unit)) lines.push(texts.reportLine(unit, texts.notReported, ''));
  return lines;
}

function* mergedTasksSteps(tasks: readonly Task[], keys: readonly string[], outcome: MergeOutcome, judgements: readonly TaskJudgement[], history: ProgressHistory, period: string, lang: Lang, slice: number): Generator<void, MergedTask[]> {
  const texts = messagesFor(lang).progress;
  const earlier = history.periods.filter((p) => p !== period);
  const merged: MergedTask[] = [];
  for (let i = 0; i < tasks.length; i += 1) {
    const task = tasks[i] as Task;
    const key = keys[i] as string;
    const lines = summaryLines(outcome.reports[i] ?? [], outcome.expectedFrom[i] ?? [], outcome.unitParts[i] ?? new Map(), lang);
    const reported = (outcome.reports[i] ?? []).some((r) => r.closedIn === undefined);
    const light = judgements[i]?.light ?? null;
    const kept = history.byKey.get(key) ?? {};
    const before = earlier.find((p) => kept[p] !== undefined);
    const keptHistory: Record<string, string> = {};
    for (const p of earlier) if (kept[p] !== undefined) keptHistory[p] = kept[p] as string;
    const previous = before === undefined ? null : splitSummary(kept[before] as string);
    merged.push({
      row: task.row,
      key,
      reports: outcome.reports[i] ?? [],
      history: keptHistory,
      summary: periodSummary(texts.light[light ?? 'none'], lines),
      // Text copied forward is a unit's report written again; lines that only say who sent nothing are no report.
      change: earlier.length === 0 ? null : { lightBefore: previous?.light ?? null, sameText: previous !== null && reported && previous.lines === lines.join('\n') },
    });
    if ((i + 1) % slice === 0) yield;
  }
  return merged;
}

const reportedIn = (record: TaskProgress): boolean => record.text !== '' || record.figures.some((f) => f.actual !== null);

/**
 * Progress judged in steps: every `slice` tasks (or return rows) it yields the share of its work done (0..1), so that
 * a host's UI breathes on a long table; null when there is no progress to judge.
 */
export function* judgeProgressSteps(input: ProgressInput, slice = Number.POSITIVE_INFINITY): Generator<number, JudgedProgress | null> {
  const { tasks, layout, options } = input;
  const history = options?.history === undefined ? null : readProgressHistory(options.history);
  // A check with no returns of a workbook holding 进展汇总 judges with the returns it holds, as the merge did.
  const held = options?.returns === undefined && history !== null && history.current !== null;
  const merging = options?.returns !== undefined || held;
  const period = held ? (history?.current as string) : merging ? mergePeriod(options as ProgressOptions, input.asOf) : null;
  const lightColumn = input.matrix ? null : (layout.columns.status ?? layout.columns.no ?? layout.columns.task);
  const place: FindingPlace = { column: lightColumn, progressColumn: merging ? null : layout.columns.status, asOf: input.asOf };
  const keys = merging ? taskKeys(tasks) : [];
  /** Reading the records is the first half of the work, judging them the second. */
  const share = (done: number, half: 0 | 1): number => (half + done / Math.max(1, tasks.length)) / 2;
  let outcome: MergeOutcome | null = null;
  let records: TaskProgress[];
  if (merging) {
    const returns = held ? heldReturns(history as ProgressHistory, tasks, keys) : (options?.returns ?? []);
    const merge = mergeReturnsSteps(
      { tasks, keys, returns, period: period as string, standardUnit: input.standardUnit, sendsReturn: input.sendsReturn, place, history: history ?? NO_HISTORY },
      slice,
    );
    outcome = yield* mapSteps(merge, () => share(0, 0));
    records = [...outcome.records];
  } else {
    const recordOf = tableProgressReader({ sheet: input.sheet, layout, matrix: input.matrix });
    if (recordOf === null) return null;
    records = [];
    for (let i = 0; i < tasks.length; i += 1) {
      records.push(recordOf(tasks[i] as Task, i));
      if ((i + 1) % slice === 0) yield share(i + 1, 0);
    }
  }
  const settings: LightSettings = { asOf: input.asOf, planYear: input.planYear, dueSoonDays: input.dueSoonDays, tolerance: options?.tolerance ?? DEFAULT_TOLERANCE };
  const judge = taskJudge(settings);
  const judgements: TaskJudgement[] = [];
  const drafts: FindingDraft[] = [...(outcome?.drafts ?? [])];
  const fields: ProgressFields[] = [];
  for (let i = 0; i < tasks.length; i += 1) {
    const task = tasks[i] as Task;
    const record = records[i] as TaskProgress;
    const judgement = judge(task, record);
    judgements.push(judgement);
    for (const found of progressFindings(task, record, judgement, place)) drafts.push(found);
    fields.push({ progressRecord: record, light: judgement.light, expected: judgement.expected });
    if ((i + 1) % slice === 0) yield share(i + 1, 1);
  }
  // Each lead unit's part of a task judged on its own, for the units' counts and the 通报's names.
  const partJudgements = outcome?.unitParts.map((parts, i) => new Map([...parts].map(([unit, record]) => [unit, judge(tasks[i] as Task, record)] as const)));
  return {
    fields,
    drafts,
    *reportSteps(judged, units, reportSlice = Number.POSITIVE_INFINITY) {
      const merged = outcome ? yield* mergedTasksSteps(judged, keys, outcome, judgements, history ?? NO_HISTORY, period as string, input.lang, reportSlice) : null;
      return yield* progressReportSteps(
        {
          tasks: judged,
          judgements,
          reported: records.map(reportedIn),
          ...(outcome ? { reportedBy: outcome.reportedBy, notReturned: outcome.notReturned } : {}),
          ...(partJudgements ? { partJudgements } : {}),
          expectsReport: input.sendsReturn,
          units,
          asOf: input.asOf,
          planYear: input.planYear,
          tolerance: settings.tolerance,
          period,
          lang: input.lang,
          rankByCompletion: options?.rankByCompletion ?? false,
          lightColumn,
          ...(merged ? { merged, earlierPeriods: (history ?? NO_HISTORY).periods.filter((p) => p !== period) } : {}),
          ...(held ? { heldIn: (history as ProgressHistory).sheet } : outcome ? { mergedFiles: outcome.mergedFiles, rejectedFiles: outcome.rejectedFiles } : {}),
        },
        reportSlice,
      );
    },
  };
}
