// One button press (校验表格 or 生成区县汇总表) in one Excel.run: read, check, plan, write. Reads take one sync (two
// when the active sheet holds no task table, so every other sheet is read at once, or a 单位名录 sheet must be read as
// well, and then one more for the merged areas of a task sheet found among the others; more only for a sheet too large
// for one response or with more than 512 merged areas, see readCells.ts); all writes go in the last sync, split
// only when they would exceed the request size limit (a findings sheet for 10,000 tasks is about 1.6 MB, its district
// and unit sheets about 3.5 MB). Every check that could stop the write runs before it, so a refusal leaves the workbook
// as it was; a write that fails half way is finished or taken back (undoWrite.ts), so nothing is left half-written.
import {
  HostError,
  tableNotFoundWhere,
  OWNED_SHEET_NAMES,
  checkTaskTableAsync,
  localDateTime,
  localIsoDate,
  planWorkbookOutputSteps,
  type CheckOptions,
  type CheckProgress,
  type CheckResult,
  type CheckSettings,
  type OutputPart,
  type SheetGrid,
  type WritePlan,
} from '../core';
import { MERGED_AREAS_API } from './mergedAreas';
import type { OfficeRuntime } from './officeRuntime';
import { hostTurns, inTurns } from './hostTurns';
import { readTaskSheet } from './readTaskSheet';
import type { WorkbookState } from './readWorkbook';
import { RequestBatcher } from './requestBatcher';
import { nextMarksSheet } from './marksSheet';
import { finishOrUndo, queueCommit, type Rewrite, type WriteJournal } from './undoWrite';
import { addHighlightRules } from './writeHighlights';
import { writeOwnedSheet } from './writeOwnedSheet';
import { CALL_OVERHEAD_BYTES } from './requestBatcher';

function checkOptions(settings: CheckSettings, registry: SheetGrid | null, history: SheetGrid | null): CheckOptions {
  const tolerance = settings.progressTolerance;
  return {
    asOf: settings.asOf ?? localIsoDate(),
    lang: settings.lang,
    dueSoonDays: settings.dueSoonDays,
    ...(settings.planYear !== null ? { planYear: settings.planYear } : {}),
    ...(registry ? { registrySheet: registry } : {}),
    ...(tolerance !== undefined || history ? { progress: { ...(tolerance !== undefined ? { tolerance } : {}), ...(history ? { history } : {}) } } : {}),
  };
}

/** Refuses before anything is written: a protected task sheet, a protected sheet of the tool's, a locked structure. */
function assertWritable(state: WorkbookState, plan: WritePlan, replaceHighlights: boolean): void {
  const protectedSheets = new Set(state.sheets.filter((sheet) => sheet.protected).map((sheet) => sheet.name));
  if (replaceHighlights && protectedSheets.has(plan.taskSheet)) throw new HostError('SHEET_PROTECTED', { sheet: plan.taskSheet });
  for (const sheetPlan of plan.sheets) {
    const existing = state.owned[sheetPlan.key];
    if (existing !== undefined && protectedSheets.has(existing)) throw new HostError('SHEET_PROTECTED', { sheet: existing });
    const changesStructure = existing === undefined || existing !== sheetPlan.name;
    if (changesStructure && state.structureProtected) {
      throw new HostError('SHEET_PROTECTED', { sheet: sheetPlan.name, detail: 'workbook structure' });
    }
  }
}

/**
 * Writes are batched by an estimate of the values they send; the request's framing is counted only roughly, and on the
 * benchmark's 10,000-row summary it came to 0.3% over the budget. Batching to 95% keeps every request within it.
 */
const WRITE_ESTIMATE_MARGIN = 0.95;
const writeBudget = (maxRequestBytes: number): number => Math.floor(maxRequestBytes * WRITE_ESTIMATE_MARGIN);

/** Rows' worth of planning between two chances of a turn (as the engine's slices). */
const PLAN_SLICE = 500;

/** ExcelApi 1.9: conditional formats over several ranges at once (worksheet.getRanges). */
const RANGE_AREAS_API = '1.9';

export interface CheckLimits {
  /**
   * Epoch milliseconds after which no sync of the write may be sent (a ribbon command's runtime is ended five minutes
   * after the click): checked when the check ends, when planning ends and before every sync of the write; past it,
   * what was written is taken back (undoWrite.ts) and the press says COMMAND_TOO_SLOW, so a cut never leaves half a
   * write.
   */
  readonly writeBy?: number;
}

export async function checkAndWrite(
  runtime: OfficeRuntime,
  settings: CheckSettings,
  parts: readonly OutputPart[],
  onProgress?: (progress: CheckProgress) => void,
  limits: CheckLimits = {},
): Promise<CheckResult> {
  return runtime.run(async (context) => {
    const merges = runtime.supportsExcelApi(MERGED_AREAS_API);
    const { state: workbook, task, registry, progressHistory } = await readTaskSheet(context, settings, runtime.maxRequestBytes, merges);
    const turns = hostTurns(() => runtime.yieldToHost());
    const result = await checkTaskTableAsync(task.grid, checkOptions(settings, registry, progressHistory), onProgress, () => turns.yieldToHost(), {
      shouldYield: () => turns.shouldYield(),
    });
    if (result.headerRow === null) throw new HostError('NO_TASK_TABLE', tableNotFoundWhere(task.grid));
    const inTime = (): void => {
      if (limits.writeBy !== undefined && Date.now() > limits.writeBy) throw new HostError('COMMAND_TOO_SLOW', { sheet: task.grid.name });
    };
    inTime();

    // Planning a long table's sheets takes the UI thread as long as the check: it takes turns alike.
    const planning = planWorkbookOutputSteps(
      result,
      { parts, lang: settings.lang, existingSheets: workbook.sheets.map((sheet) => sheet.name), ownedSheets: workbook.owned, madeAt: localDateTime() },
      PLAN_SLICE,
    );
    const plan = await inTurns(planning, turns);
    inTime();
    const replaceHighlights = parts.includes('highlights');
    assertWritable(workbook, plan, replaceHighlights);

    const batcher = new RequestBatcher(context, writeBudget(runtime.maxRequestBytes), inTime);
    const journal: WriteJournal = {
      taskSheet: task.grid.name,
      ruleIdsBefore: task.ownedRuleIds,
      earlierRuleIds: replaceHighlights ? task.ownedRuleIds : [],
      earlierMarks: replaceHighlights ? workbook.marks : [],
      sheetsBefore: workbook.sheets.map((sheet) => sheet.name),
      added: [],
      rewrites: [],
    };
    try {
      if (replaceHighlights) {
        const rangeAreas = runtime.supportsExcelApi(RANGE_AREAS_API);
        const sheetNames = [...journal.sheetsBefore, ...plan.sheets.map((sheetPlan) => sheetPlan.name)];
        const marksSheet = nextMarksSheet(settings.lang, workbook.marks, sheetNames, workbook.staleNames);
        if (!rangeAreas) journal.added.push(marksSheet);
        await addHighlightRules(batcher, context, { sheet: task.sheet, sheetName: task.grid.name, userRuleCount: task.userRuleCount, rangeAreas, marksSheet }, plan.highlights);
      }
      // New sheets before earlier ones are rewritten, so that a failure among the new ones leaves every earlier one whole.
      const isNew = (key: keyof typeof workbook.owned): boolean => workbook.owned[key] === undefined;
      const ordered = [...plan.sheets.filter((sheetPlan) => isNew(sheetPlan.key)), ...plan.sheets.filter((sheetPlan) => !isNew(sheetPlan.key))];
      for (const sheetPlan of ordered) {
        const definedName = OWNED_SHEET_NAMES[sheetPlan.key];
        const existing = workbook.owned[sheetPlan.key] ?? null;
        const rewrite: Rewrite | null = existing === null ? null : { name: sheetPlan.name, previousName: existing, definedName, lastBatch: null };
        if (rewrite) journal.rewrites.push(rewrite);
        else journal.added.push({ name: sheetPlan.name, definedName });
        const target = { existing, staleName: workbook.staleNames.includes(definedName) };
        await writeOwnedSheet(context, batcher, sheetPlan, target, runtime.maxRequestBytes, (version) => runtime.supportsExcelApi(version));
        if (rewrite) rewrite.lastBatch = batcher.lastBatch;
      }
      const commitCalls = journal.earlierRuleIds.length + 2 * journal.earlierMarks.length;
      if (commitCalls > 0) await batcher.add(commitCalls * 2 * CALL_OVERHEAD_BYTES, () => queueCommit(context, journal, journal.earlierRuleIds, journal.earlierMarks));
      await batcher.flush();
    } catch (error) {
      await finishOrUndo(context, journal, batcher, error);
    }
    return result;
  });
}
