// Which sheet of a workbook to check when the user has not chosen one.
import type { SheetGrid } from '../model';
import { isGeneratedSheetName } from '../messages/sheetNames';
import { hasTaskTable } from './locateTable';

/** The workbook's own unit registry sheet, read as a registry and never checked as a task table. */
export const REGISTRY_SHEET_NAME = '单位名录';

/**
 * The first sheet holding a task table, skipping the registry sheet, sheets named like the tool's generated sheets in
 * either language, and `ownedSheetNames` (the host's list of sheets the tool wrote, found by their defined names).
 */
export function findTaskSheet(sheets: readonly SheetGrid[], ownedSheetNames: readonly string[] = []): SheetGrid | null {
  const owned = new Set(ownedSheetNames);
  for (const sheet of sheets) {
    if (sheet.name === REGISTRY_SHEET_NAME || owned.has(sheet.name) || isGeneratedSheetName(sheet.name)) continue;
    if (hasTaskTable(sheet)) return sheet;
  }
  return null;
}
