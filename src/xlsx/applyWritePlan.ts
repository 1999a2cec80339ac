// Applies a WritePlan literally to an ExcelJS workbook, and removes what the tool wrote.
import type * as ExcelJS from 'exceljs';
import { HostError, type WritePlan } from '../core';
import { applyHighlights, removeOwnedHighlights } from './highlights';
import { removeOwnedSheets, writeSheetPlans } from './ownedSheets';

export interface ApplyOptions {
  /**
   * 'replace' (default): the plan's highlights are the tool's rules on the task sheet, earlier ones go.
   * 'keep': leave the task sheet alone (a run that was asked only for summaries).
   */
  readonly highlights?: 'replace' | 'keep';
}

export function applyWritePlan(workbook: ExcelJS.Workbook, plan: WritePlan, options: ApplyOptions = {}): void {
  if (options.highlights !== 'keep') {
    const taskSheet = workbook.getWorksheet(plan.taskSheet);
    if (!taskSheet) throw new HostError('SHEET_NOT_FOUND', { sheet: plan.taskSheet });
    applyHighlights(taskSheet, plan.highlights);
  }
  writeSheetPlans(workbook, plan.sheets);
}

/** Removes only the tool's highlight rules (on every sheet), its sheets and its defined names. */
export function clearOwned(workbook: ExcelJS.Workbook): void {
  removeOwnedSheets(workbook);
  for (const sheet of workbook.worksheets) removeOwnedHighlights(sheet);
}
