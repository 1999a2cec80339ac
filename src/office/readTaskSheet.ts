// The reads of a check: the workbook's sheets, its date system and the chosen (or active) sheet's cells in the first
// sync; a second sync only when it is needed, for everything still missing at once: the 单位名录 sheet, or every other
// sheet when the first holds no task table. With the write that makes at most three syncs for a table that fits one
// response; a larger one is read in blocks (readCells.ts).
import { HostError, REGISTRY_SHEET_NAME, findTaskSheet, tableNotFoundWhere, type CheckSettings, type SheetGrid } from '../core';
import { queueDateSystem, type DateSystem } from './dateSystem';
import type { XlContext, XlWorksheet } from './excelTypes';
import { readCells, type CellRequest } from './readCells';
import { queueSheetRules, queueWorkbookState, sheetData, type SheetData, type SheetRules, type WorkbookState } from './readWorkbook';
import { sheetGridFromRange } from './sheetGridFromRange';

export interface TaskSheetRead {
  readonly state: WorkbookState;
  readonly task: SheetData;
  readonly registry: SheetGrid | null;
  readonly dateSystem: DateSystem;
}

interface Candidate {
  readonly name: string;
  readonly sheet: XlWorksheet;
}

export async function readTaskSheet(context: XlContext, settings: CheckSettings, budgetBytes: number): Promise<TaskSheetRead> {
  const { worksheets } = context.workbook;
  // The active sheet is read in the first sync only; everything after goes by the name that sync returned.
  const target = settings.sheet !== null ? worksheets.getItem(settings.sheet) : worksheets.getActiveWorksheet();
  const first = await readCells(
    context,
    [{ sheet: target, formats: true, ...(settings.sheet !== null ? { name: settings.sheet } : {}) }],
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
  const ownedNames = Object.values(state.owned);
  const usable = settings.sheet !== null || findTaskSheet([read.grid], ownedNames) !== null;
  const registryIsRead = rules.name === REGISTRY_SHEET_NAME;
  const registrySheet = !registryIsRead && state.sheets.some((sheet) => sheet.name === REGISTRY_SHEET_NAME) ? worksheets.getItem(REGISTRY_SHEET_NAME) : null;
  const readRegistry = registryIsRead ? read.grid : null;
  if (usable && registrySheet === null) return { state, task: read, registry: readRegistry, dateSystem };

  const skip = new Set([rules.name, REGISTRY_SHEET_NAME, ...ownedNames]);
  const candidates: Candidate[] = usable ? [] : state.sheets.filter((sheet) => !skip.has(sheet.name)).map((sheet) => ({ name: sheet.name, sheet: worksheets.getItem(sheet.name) }));
  // The registry is names and categories: its values are all it needs.
  const requests: CellRequest[] = [
    ...(registrySheet ? [{ sheet: registrySheet, formats: false, name: REGISTRY_SHEET_NAME }] : []),
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
  if (usable) return { state, task: read, registry, dateSystem };

  const offset = registrySheet ? 1 : 0;
  const others = candidates.map((candidate, i) =>
    sheetData(context, second.others[i] as SheetRules, sheetGridFromRange(candidate.name, second.cells[offset + i] ?? null, dateSystem)),
  );
  const found = findTaskSheet(
    others.map((candidate) => candidate.grid),
    ownedNames,
  );
  const task = others.find((candidate) => candidate.grid === found);
  if (!task) throw new HostError('NO_TASK_TABLE', tableNotFoundWhere(read.grid));
  return { state, task, registry, dateSystem };
}
