// Which sheet of a workbook to check when the user has not chosen one, and which came closest when none holds a table.
import type { HostError } from '../host';
import type { SheetGrid } from '../model';
import { isGeneratedSheetName } from '../messages/sheetNames';
import { diagnoseHeader, headerCloseness } from './headerBlock';
import { hasTaskTable } from './locateTable';

/** The workbook's own unit registry sheet, read as a registry and never checked as a task table. */
export const REGISTRY_SHEET_NAME = '单位名录';

function mayHoldTaskTable(sheet: SheetGrid, owned: ReadonlySet<string>): boolean {
  return sheet.name !== REGISTRY_SHEET_NAME && !owned.has(sheet.name) && !isGeneratedSheetName(sheet.name);
}

/**
 * The first sheet holding a task table, skipping the registry sheet, sheets named like the tool's generated sheets in
 * either language, and `ownedSheetNames` (the host's list of sheets the tool wrote, found by their defined names).
 */
export function findTaskSheet(sheets: readonly SheetGrid[], ownedSheetNames: readonly string[] = []): SheetGrid | null {
  const owned = new Set(ownedSheetNames);
  for (const sheet of sheets) {
    if (mayHoldTaskTable(sheet, owned) && hasTaskTable(sheet)) return sheet;
  }
  return null;
}

/**
 * A search through the sheets of a workbook that hold no task table, for the one line NO_TASK_TABLE says: the sheet
 * that came closest (headerCloseness; the first of equals), the header cells seen there, the roles missing, and how
 * many sheets were searched. A host reads its sheets one at a time and hands each to `consider`, so that only the
 * closest one's diagnosis is kept, never every grid.
 */
export interface TableSearch {
  /** Takes a sheet the host found without a task table; the registry and the tool's sheets are passed over. */
  consider(sheet: SheetGrid): void;
  /** Where NO_TASK_TABLE is; without a sheet when none was searched. */
  where(): HostError['where'];
}

export function tableSearch(ownedSheetNames: readonly string[] = []): TableSearch {
  const owned = new Set(ownedSheetNames);
  let searched = 0;
  let closest: { readonly where: HostError['where']; readonly closeness: number } | null = null;
  return {
    consider(sheet) {
      if (!mayHoldTaskTable(sheet, owned)) return;
      searched += 1;
      const closeness = headerCloseness(sheet.grid);
      if (closest === null || closeness > closest.closeness) closest = { where: { sheet: sheet.name, header: diagnoseHeader(sheet.grid) }, closeness };
    },
    where: () => (closest === null ? {} : { ...closest.where, sheetsSearched: searched }),
  };
}
