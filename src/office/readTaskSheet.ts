// The reads of a check: the workbook's sheets, its date system and the chosen (or active) sheet's cells (with its
// merged areas, where Excel can tell them) in the first sync; a second sync only when it is needed, for everything
// still missing at once: the 单位名录 sheet, the 进展汇总 an earlier merge of returns wrote (its progress is the
// table's until the next merge, as in the file adapter), or every other sheet when the first holds no task table
// (then one more for the merged areas of the sheet that holds it). With the write that makes at most three syncs for
// a table that fits one response on the active sheet; a larger one is read in blocks (readCells.ts).
import { HostError, REGISTRY_SHEET_NAME, findTaskSheet, tableSearch, type CheckSettings, type SheetGrid } from '../core';
import { queueDateSystem, type DateSystem } from './dateSystem';
import type { XlContext, XlWorksheet } from './excelTypes';
import { readMergedAreas } from './mergedAreas';
import { readCells, type CellRequest } from './readCells';
import { queueSheetRules, queueWorkbookState, sheetData, type SheetData, type SheetRules, type WorkbookState } from './readWorkbook';
import { sheetGridFromRange } from './sheetGridFromRange';

export interface TaskSheetRead {
  readonly state: WorkbookState;
  readonly task: SheetData;
  readonly registry: SheetGrid | null;
  /** 进展汇总 from an earlier merge of returns, when the workbook has one. */
  readonly progressHistory: SheetGrid | null;
  readonly dateSystem: DateSystem;
}

interface Candidate {
  readonly name: string;
  readonly sheet: XlWorksheet;
}

/**
 * `merges`: the host can tell merged areas (ExcelApi 1.13). They are read for the task sheet only: with its cells when
 * it is the one asked for, else once the other sheets' cells have shown which one holds the table (a blank Sheet2
 * among them has no used range to ask, and asking every sheet's would only cost).
 */
export async function readTaskSheet(context: XlContext, settings: CheckSettings, budgetBytes: number, merges = false): Promise<TaskSheetRead> {
  const { worksheets } = context.workbook;
  // The active sheet is read in the first sync only; everything after goes by the name that sync returned.
  const target = settings.sheet !== null ? worksheets.getItem(settings.sheet) : worksheets.getActiveWorksheet();
  const first = await readCells(
    context,
    [{ sheet: target, formats: true, merges, ...(settings.sheet !== null ? { name: settings.sheet } : {}) }],
    () => {
      const state = queueWorkbookState(context);
      const rules = queueSheetRules(target, settings.sheet ?? undefined);
      const dateSystem = queueDateSystem(context);
      return () => ({ state: state(), rules: rules(), dateSystem: dateSystem() });
    },
    budgetBytes,
    (others) => others.dateSystem,
  );
  const { state, rules, dateSystem } = first.others;
  const read = sheetData(context, rules, sheetGridFromRange(rules.name, first.cells[0] ?? null, dateSystem));
  // The tool's sheets, its hidden marks sheet included, are never task tables.
  const ownedNames = [...Object.values(state.owned), ...state.marks.map((marks) => marks.sheet)];
  const usable = settings.sheet !== null || findTaskSheet([read.grid], ownedNames) !== null;
  const registryIsRead = rules.name === REGISTRY_SHEET_NAME;
  const registrySheet = !registryIsRead && state.sheets.some((sheet) => sheet.name === REGISTRY_SHEET_NAME) ? worksheets.getItem(REGISTRY_SHEET_NAME) : null;
  const readRegistry = registryIsRead ? read.grid : null;
  const progressName = state.owned.progress;
  const progress = progressName !== undefined && progressName !== rules.name ? { name: progressName, sheet: worksheets.getItem(progressName) } : null;
  if (usable && registrySheet === null && progress === null) return { state, task: read, registry: readRegistry, progressHistory: null, dateSystem };

  const skip = new Set([rules.name, REGISTRY_SHEET_NAME, ...ownedNames]);
  const candidates: Candidate[] = usable ? [] : state.sheets.filter((sheet) => !skip.has(sheet.name)).map((sheet) => ({ name: sheet.name, sheet: worksheets.getItem(sheet.name) }));
  // The registry is names and categories: its values are all it needs.
  // 进展汇总 is text the tool wrote: its values too.
  const requests: CellRequest[] = [
    ...(registrySheet ? [{ sheet: registrySheet, formats: false, name: REGISTRY_SHEET_NAME }] : []),
    ...(progress ? [{ sheet: progress.sheet, formats: false, name: progress.name }] : []),
    ...candidates.map((candidate) => ({ sheet: candidate.sheet, formats: true, name: candidate.name })),
  ];
  const second = await readCells(
    context,
    requests,
    () => {
      const pending = candidates.map((candidate) => queueSheetRules(candidate.sheet, candidate.name));
      return () => pending.map((resolve) => resolve());
    },
    budgetBytes,
    () => dateSystem,
  );
  const registry = registrySheet ? sheetGridFromRange(REGISTRY_SHEET_NAME, second.cells[0] ?? null, dateSystem) : readRegistry;
  const historyAt = registrySheet ? 1 : 0;
  const progressHistory = progress ? sheetGridFromRange(progress.name, second.cells[historyAt] ?? null, dateSystem) : null;
  if (usable) return { state, task: read, registry, progressHistory, dateSystem };

  const offset = historyAt + (progress ? 1 : 0);
  const others = candidates.map((candidate, i) =>
    sheetData(context, second.others[i] as SheetRules, sheetGridFromRange(candidate.name, second.cells[offset + i] ?? null, dateSystem)),
  );
  const found = findTaskSheet(
    others.map((candidate) => candidate.grid),
    ownedNames,
  );
  const index = others.findIndex((candidate) => candidate.grid === found);
  const task = others[index];
  if (!task) {
    const search = tableSearch(ownedNames);
    for (const sheet of [read, ...others]) search.consider(sheet.grid);
    throw new HostError('NO_TASK_TABLE', search.where());
  }
  const cells = second.cells[offset + index];
  if (!merges || !cells) return { state, task, registry, progressHistory, dateSystem };
  const [areas = []] = await readMergedAreas(context, [{ sheet: task.sheet, area: cells.area }], budgetBytes);
  const grid = sheetGridFromRange(task.grid.name, { ...cells, merges: areas }, dateSystem);
  return { state, task: { ...task, grid }, registry, progressHistory, dateSystem };
}
