// Which sheets of a workbook the engine reads: the user's sheets as grids, and the 单位名录 registry sheet.
import type * as ExcelJS from 'exceljs';
import { REGISTRY_SHEET_NAME, type SheetGrid } from '../core';
import { ownedSheetsByKey } from './ownedSheets';
import { readSheet } from './readSheet';

export interface WorkbookGrids {
  /** Every sheet that could hold the task table, in tab order (not the tool's own sheets, not the registry). */
  readonly candidates: readonly SheetGrid[];
  readonly registrySheet: SheetGrid | undefined;
}

/** The sheets that could hold the task table, unread: reading a sheet costs a pass over all its cells. */
export function candidateSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const owned = new Set<ExcelJS.Worksheet>(Object.values(ownedSheetsByKey(workbook)));
  return workbook.worksheets.filter((sheet) => !owned.has(sheet) && sheet.name !== REGISTRY_SHEET_NAME);
}

export function readRegistrySheet(workbook: ExcelJS.Workbook): SheetGrid | undefined {
  const registry = workbook.getWorksheet(REGISTRY_SHEET_NAME);
  return registry ? readSheet(registry) : undefined;
}

export function readSheets(workbook: ExcelJS.Workbook): WorkbookGrids {
  return { candidates: candidateSheets(workbook).map(readSheet), registrySheet: readRegistrySheet(workbook) };
}
