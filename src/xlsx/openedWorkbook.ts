// A workbook file opened once for what a host shows before and between checks: the sheets that may hold the task
// table, and a sheet's cells to reveal a row. Opening fails the way a check would on a file that is no workbook.
import { findTaskSheet, tableSearch, type HostError, type SheetGrid } from '../core';
import { toUint8Array } from './checkWorkbook';
import { WorkbookReader } from './read/workbookReader';

export interface OpenedWorkbook {
  /** The user's sheets that may hold the task table, in tab order. */
  readonly taskSheetCandidates: readonly string[];
  /** A macro-enabled workbook (.xlsm): its copy keeps that extension. */
  readonly macroEnabled: boolean;
  /** The sheet's cells as the check reads them; null when there is no such worksheet. */
  sheetGrid(name: string): SheetGrid | null;
  /**
   * Null when a sheet holds a task table; else where the check would say NO_TASK_TABLE: the sheet that came closest to
   * one (core's tableSearch), with the header cells seen there and the roles missing. Reads sheets until one holds a table.
   */
  tableNotFound(): HostError['where'] | null;
}

export function openWorkbookFile(bytes: Uint8Array | ArrayBuffer): OpenedWorkbook {
  const reader = new WorkbookReader(toUint8Array(bytes));
  return {
    taskSheetCandidates: reader.candidateSheets().map((sheet) => sheet.name),
    macroEnabled: reader.file.macros,
    sheetGrid: (name) => {
      const sheet = reader.sheetNamed(name);
      return sheet?.partName ? reader.readSheet(sheet).grid : null;
    },
    tableNotFound: () => {
      const search = tableSearch();
      for (const sheet of reader.candidateSheets()) {
        const grid = reader.readSheet(sheet).grid;
        if (findTaskSheet([grid])) return null;
        search.consider(grid);
      }
      return search.where();
    },
  };
}
