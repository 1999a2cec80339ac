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

export function readSheets(workbook: ExcelJS.Workbook): WorkbookGrids {
  const owned = new Set<ExcelJS.Worksheet>(Object.values(ownedSheetsByKey(workbook)));
  const registry = workbook.getWorksheet(REGISTRY_SHEET_NAME);
  const candidates = workbook.worksheets.filter((sheet) => !owned.has(sheet) && sheet !== registry).map(readSheet);
  return { candidates, registrySheet: registry ? readSheet(registry) : undefined };
}
