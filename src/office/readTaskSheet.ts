// The reads of a check: the workbook's sheets and the chosen (or active) sheet's values in the first sync; a second
// sync only when it is needed, for everything still missing at once: the number formats of columns that may hold dates,
// the 单位名录 sheet, or every other sheet when the first holds no task table. With the write that makes at most
// three syncs for a table that fits one response; a larger one is read in blocks (readCells.ts).
import { HostError, REGISTRY_SHEET_NAME, findTaskSheet, type CheckSettings, type SheetGrid } from '../core';
import { dateCandidateAreas } from './dateCandidates';
import type { XlContext, XlWorksheet } from './excelTypes';
import { readCells, type CellRequest, type LoadedCells } from './readCells';
import { queueSheetRules, queueWorkbookState, sheetData, sheetGridOf, type SheetData, type SheetRules, type WorkbookState } from './readWorkbook';

export interface TaskSheetRead {
  readonly state: WorkbookState;
  readonly task: SheetData;
  readonly registry: SheetGrid | null;
}

interface Candidate {
  readonly name: string;
  readonly sheet: XlWorksheet;
}

export async function readTaskSheet(context: XlContext, settings: CheckSettings, budgetBytes: number): Promise<TaskSheetRead> {
  const { worksheets } = context.workbook;
  const target = settings.sheet !== null ? worksheets.getItem(settings.sheet) : worksheets.getActiveWorksheet();
  const first = await readCells(
    context,
    [{ kind: 'used', sheet: target, properties: 'values' }],
    () => {
      const state = queueWorkbookState(context);
      const rules = queueSheetRules(target, settings.sheet ?? undefined);
      return () => ({ state: state(), rules: rules() });
    },
    budgetBytes,
  );
  const { state, rules } = first.others;
  const targetCells = first.cells[0] ?? null;
  // Dates do not matter for finding a header row, so the grid without formats tells whether this is the table.
  const plainGrid = sheetGridOf(rules.name, targetCells, []);
  const ownedNames = Object.values(state.owned);
  const usable = settings.sheet !== null || findTaskSheet([plainGrid], ownedNames) !== null;
  const registryIsRead = rules.name === REGISTRY_SHEET_NAME;
  const registrySheet = !registryIsRead && state.sheets.some((sheet) => sheet.name === REGISTRY_SHEET_NAME) ? worksheets.getItem(REGISTRY_SHEET_NAME) : null;
  const dateAreas = usable && targetCells ? dateCandidateAreas(targetCells) : [];
  const readRegistry = registryIsRead ? plainGrid : null;
  if (usable && registrySheet === null && dateAreas.length === 0) return { state, task: sheetData(target, rules, plainGrid), registry: readRegistry };

  const skip = new Set([rules.name, REGISTRY_SHEET_NAME, ...ownedNames]);
  const candidates: Candidate[] = usable ? [] : state.sheets.filter((sheet) => !skip.has(sheet.name)).map((sheet) => ({ name: sheet.name, sheet: worksheets.getItem(sheet.name) }));
  const requests: CellRequest[] = [
    ...dateAreas.map((area): CellRequest => ({ kind: 'area', sheet: target, area, properties: 'numberFormat' })),
    ...(registrySheet ? [{ kind: 'used', sheet: registrySheet, properties: 'values' } as const] : []),
    // Other sheets load their formats with their values, so the one found holding the table needs no further sync.
    ...candidates.map((candidate): CellRequest => ({ kind: 'used', sheet: candidate.sheet, properties: 'values,numberFormat' })),
  ];
  const second = await readCells(
    context,
    requests,
    () => {
      const pending = candidates.map((candidate) => queueSheetRules(candidate.sheet, candidate.name));
      return () => pending.map((resolve) => resolve());
    },
    budgetBytes,
  );
  const formats = second.cells.slice(0, dateAreas.length).filter((cells): cells is LoadedCells => cells !== null);
  const registryCells = registrySheet ? (second.cells[dateAreas.length] ?? null) : undefined;
  const registry = registryCells === undefined ? readRegistry : sheetGridOf(REGISTRY_SHEET_NAME, registryCells, []);
  if (usable) return { state, task: sheetData(target, rules, sheetGridOf(rules.name, targetCells, formats)), registry };

  const offset = dateAreas.length + (registrySheet ? 1 : 0);
  const read = candidates.map((candidate, i) => {
    const cells = second.cells[offset + i] ?? null;
    const candidateRules = second.others[i] as SheetRules;
    return sheetData(candidate.sheet, candidateRules, sheetGridOf(candidate.name, cells, cells ? [cells] : []));
  });
  const found = findTaskSheet(
    read.map((candidate) => candidate.grid),
    ownedNames,
  );
  const task = read.find((candidate) => candidate.grid === found);
  if (!task) throw new HostError('NO_TASK_TABLE', { sheet: rules.name });
  return { state, task, registry };
}
