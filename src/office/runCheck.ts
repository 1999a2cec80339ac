// One button press (校验表格 or 生成区县汇总表) in one Excel.run: read, check, plan, write. Reads take one sync (two
// when the active sheet holds no task table, so every other sheet is read at once, or a 单位名录 sheet must be read as
// well); all writes go in the last sync, split only when they would exceed the request size limit (a findings sheet
// for 10,000 tasks is about 1.6 MB, its district and unit sheets about 3.5 MB). Every check that could stop the write
// runs before it, so a refusal leaves the workbook as it was; only a write split over several syncs that fails half
// way (a lost connection) can leave part of it, which the next run replaces.
import {
  HostError,
  OWNED_SHEET_NAMES,
  REGISTRY_SHEET_NAME,
  checkTaskTableAsync,
  findTaskSheet,
  planWorkbookOutput,
  type CheckOptions,
  type CheckProgress,
  type CheckResult,
  type CheckSettings,
  type OutputPart,
  type WritePlan,
} from '../core';
import type { XlContext } from './excelTypes';
import { localToday } from './localToday';
import type { OfficeRuntime } from './officeRuntime';
import { queueSheetData, queueWorkbookState, type SheetData, type WorkbookState } from './readWorkbook';
import { RequestBatcher } from './requestBatcher';
import { addHighlightRules, deleteOwnedRules } from './writeHighlights';
import { writeOwnedSheet } from './writeOwnedSheet';

interface TaskSheetRead {
  readonly task: SheetData;
  readonly registry: SheetData | null;
}

/** The sheet to check and the registry sheet: the chosen or active sheet first, the others only when needed. */
async function readTaskSheet(context: XlContext, settings: CheckSettings, state: () => WorkbookState, first: () => SheetData): Promise<TaskSheetRead> {
  const workbook = state();
  const read = first();
  const ownedNames = Object.values(workbook.owned);
  const usable = settings.sheet !== null || findTaskSheet([read.grid], ownedNames) !== null;
  const registryIsRead = read.grid.name === REGISTRY_SHEET_NAME;
  const registryExists = workbook.sheets.some((sheet) => sheet.name === REGISTRY_SHEET_NAME);
  if (usable && (registryIsRead || !registryExists)) return { task: read, registry: registryIsRead ? read : null };

  const { worksheets } = context.workbook;
  const pendingRegistry = registryExists && !registryIsRead ? queueSheetData(worksheets.getItem(REGISTRY_SHEET_NAME), REGISTRY_SHEET_NAME) : null;
  const skip = new Set([read.grid.name, REGISTRY_SHEET_NAME, ...ownedNames]);
  const pendingCandidates = usable
    ? []
    : workbook.sheets.filter((sheet) => !skip.has(sheet.name)).map((sheet) => queueSheetData(worksheets.getItem(sheet.name), sheet.name));
  await context.sync();

  const registry = pendingRegistry ? pendingRegistry() : registryIsRead ? read : null;
  if (usable) return { task: read, registry };
  const candidates = pendingCandidates.map((resolve) => resolve());
  const found = findTaskSheet(
    candidates.map((candidate) => candidate.grid),
    ownedNames,
  );
  const task = candidates.find((candidate) => candidate.grid === found);
  if (!task) throw new HostError('NO_TASK_TABLE', { sheet: read.grid.name });
  return { task, registry };
}

function checkOptions(settings: CheckSettings, registry: SheetData | null): CheckOptions {
  return {
    asOf: settings.asOf ?? localToday(),
    lang: settings.lang,
    dueSoonDays: settings.dueSoonDays,
    ...(settings.planYear !== null ? { planYear: settings.planYear } : {}),
    ...(registry ? { registrySheet: registry.grid } : {}),
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

export async function checkAndWrite(
  runtime: OfficeRuntime,
  settings: CheckSettings,
  parts: readonly OutputPart[],
  onProgress?: (progress: CheckProgress) => void,
): Promise<CheckResult> {
  return runtime.run(async (context) => {
    const { worksheets } = context.workbook;
    const state = queueWorkbookState(context);
    const target = settings.sheet !== null ? worksheets.getItem(settings.sheet) : worksheets.getActiveWorksheet();
    const first = queueSheetData(target, settings.sheet ?? undefined);
    await context.sync();

    const { task, registry } = await readTaskSheet(context, settings, state, first);
    const workbook = state();
    const result = await checkTaskTableAsync(task.grid, checkOptions(settings, registry), onProgress, runtime.yieldToHost);
    if (result.headerRow === null) throw new HostError('NO_TASK_TABLE', { sheet: task.grid.name });

    const plan = planWorkbookOutput(result, {
      parts,
      lang: settings.lang,
      existingSheets: workbook.sheets.map((sheet) => sheet.name),
      ownedSheets: workbook.owned,
    });
    const replaceHighlights = parts.includes('highlights');
    assertWritable(workbook, plan, replaceHighlights);

    const batcher = new RequestBatcher(context, runtime.maxRequestBytes);
    if (replaceHighlights) {
      await deleteOwnedRules(batcher, task.ownedRules);
      await addHighlightRules(batcher, task.sheet, plan.highlights, task.userRuleCount);
    }
    for (const sheetPlan of plan.sheets) {
      const definedName = OWNED_SHEET_NAMES[sheetPlan.key];
      const target = { existing: workbook.owned[sheetPlan.key] ?? null, staleName: workbook.staleNames.includes(definedName) };
      await writeOwnedSheet(context, batcher, sheetPlan, target, runtime.maxRequestBytes);
    }
    await batcher.flush();
    return result;
  });
}
