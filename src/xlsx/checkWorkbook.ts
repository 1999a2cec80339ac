// The one path from workbook bytes to a checked copy, shared by the CLI and the browser's file mode so that both
// produce the same output for the same file.
import {
  checkTaskTableAsync,
  findTaskSheet,
  HostError,
  planWorkbookOutput,
  tableNotFoundWhere,
  type CheckProgress,
  type CheckResult,
  type Lang,
  type OutputPart,
  type SheetGrid,
} from '../core';
import type * as ExcelJS from 'exceljs';
import { applyWritePlan, clearOwned } from './applyWritePlan';
import { loadWorkbook, saveWorkbook, toUint8Array } from './loadWorkbook';
import { ownedSheetNames } from './ownedSheets';
import { readSheet } from './readSheet';
import { candidateSheets, readRegistrySheet } from './readWorkbook';
import { unsupportedParts, type UnsupportedPart } from './unsupportedParts';

export interface CheckWorkbookOptions {
  /** The task sheet; absent: the first sheet holding a task table. */
  readonly sheet?: string;
  readonly year?: number;
  /** `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly dueSoonDays?: number;
  readonly lang: Lang;
  readonly parts: readonly OutputPart[];
  /** Progress of the check, with the task sheet's row count so that a host can stay quiet on small tables. */
  readonly onProgress?: (progress: CheckProgress, rows: number) => void;
  /** Lets a browser repaint between engine steps (see checkTaskTableAsync). */
  readonly yieldToHost?: () => Promise<void>;
}

/** Reads only the sheet it returns and those before it: the first sheet holding a table ends the search. */
function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined): SheetGrid {
  const candidates = candidateSheets(workbook);
  if (name === undefined) {
    let first: SheetGrid | null = null;
    for (const sheet of candidates) {
      const grid = readSheet(sheet);
      if (findTaskSheet([grid])) return grid;
      first ??= grid;
    }
    throw new HostError('NO_TASK_TABLE', first ? tableNotFoundWhere(first) : {});
  }
  const named = candidates.find((sheet) => sheet.name === name);
  if (named) return readSheet(named);
  // The registry sheet and the tool's own sheets exist but are never task tables.
  throw new HostError(workbook.worksheets.some((sheet) => sheet.name === name) ? 'NO_TASK_TABLE' : 'SHEET_NOT_FOUND', { sheet: name });
}

export interface CheckedWorkbook {
  readonly result: CheckResult;
  /** The checked copy. */
  readonly output: Uint8Array;
  /** Parts of the input the copy lacks (ExcelJS cannot write them): tell the user. */
  readonly unsupported: readonly UnsupportedPart[];
}

/** The check alone, for callers that want the findings but no checked copy (saving dominates on long tables). */
export async function checkWorkbookTable(
  bytes: Uint8Array | ArrayBuffer,
  options: Omit<CheckWorkbookOptions, 'parts'>,
): Promise<{ readonly result: CheckResult; readonly workbook: ExcelJS.Workbook }> {
  const workbook = await loadWorkbook(bytes);
  const sheet = chooseSheet(workbook, options.sheet);
  const registrySheet = readRegistrySheet(workbook);
  const result = await checkTaskTableAsync(
    sheet,
    {
      asOf: options.asOf,
      lang: options.lang,
      ...(options.year !== undefined ? { planYear: options.year } : {}),
      ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
      ...(registrySheet ? { registrySheet } : {}),
    },
    options.onProgress ? (p: CheckProgress) => options.onProgress?.(p, sheet.grid.length) : undefined,
    options.yieldToHost,
  );
  if (result.headerRow === null) throw new HostError('NO_TASK_TABLE', tableNotFoundWhere(sheet));
  return { result, workbook };
}

export async function checkWorkbook(bytes: Uint8Array | ArrayBuffer, options: CheckWorkbookOptions): Promise<CheckedWorkbook> {
  const { result, workbook } = await checkWorkbookTable(bytes, options);
  const plan = planWorkbookOutput(result, { parts: [...options.parts], lang: options.lang, ...ownedSheetNames(workbook) });
  applyWritePlan(workbook, plan, { highlights: options.parts.includes('highlights') ? 'replace' : 'keep' });
  return { result, output: await saveWorkbook(workbook), unsupported: unsupportedParts(toUint8Array(bytes)) };
}

/** The workbook without anything the tool wrote. */
export async function clearWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  clearOwned(workbook);
  return saveWorkbook(workbook);
}
