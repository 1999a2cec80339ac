// The progress loop on workbook files, for the command line and the pane's file mode alike: the return workbooks
// written for a period (one per lead unit, from scratch), a return read back (whatever sheet holds its table, its
// identity from the workbook's name), and the returns merged into a checked copy of the table (进展汇总, 单位进展排名,
// the 通报 on the summary sheet, the lights on the task sheet, the findings).
import { BUTTON_PARTS, HostError, planReturnWorkbooks, readReturn, RETURN_IDENTITY_NAME, type CheckResult, type ReturnReport } from '../core';
import { checkWorkbook, checkWorkbookTable, toUint8Array, type CheckedWorkbook, type CheckWorkbookOptions } from './checkWorkbook';
import { WorkbookReader } from './read/workbookReader';
import { writeFileArchive, writeNewWorkbook } from './write/newWorkbook';
import type { NativeCompression } from './zip/writeZip';

export interface ReturnFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WrittenReturns {
  readonly result: CheckResult;
  readonly files: readonly (ReturnFile & { readonly unit: string })[];
}

/** Characters Windows, macOS or a mail client refuse in a file name. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

export function safeFileName(name: string): string {
  return name.replace(UNSAFE_IN_FILE_NAME, '_');
}

export async function writeReturnWorkbooks(
  bytes: Uint8Array | ArrayBuffer,
  options: Omit<CheckWorkbookOptions, 'parts'> & { readonly period: string },
): Promise<WrittenReturns> {
  const { result } = await checkWorkbookTable(bytes, options);
  const font = { name: options.lang === 'en-US' ? 'Calibri' : '宋体', size: 11 };
  const files = planReturnWorkbooks(result, options.period, options.lang).map((plan) => ({
    unit: plan.unit,
    name: safeFileName(plan.fileName),
    bytes: writeNewWorkbook([plan.sheet], { names: plan.names, font, ...(options.compression ? { compression: options.compression } : {}) }),
  }));
  return { result, files };
}

/** The returns as one archive, for a browser to download at once. */
export function returnsArchive(files: readonly ReturnFile[], compression?: NativeCompression): Uint8Array {
  return writeFileArchive(files, compression);
}

/** A quoted text formula as a defined name holds it ("2023-11|市人社局"), unquoted. */
function textOfName(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

/** A return as read; a file that is no workbook, or holds no return table, is a return not recognised. */
export function readReturnWorkbook(file: ReturnFile): ReturnReport {
  let reader: WorkbookReader;
  try {
    reader = new WorkbookReader(toUint8Array(file.bytes));
  } catch (error) {
    if (error instanceof HostError) return { file: file.name, unit: null, period: null, recognized: false, rows: [] };
    throw error;
  }
  const name = reader.file.definedNames.find((n) => n.name === RETURN_IDENTITY_NAME && n.localSheetId === null);
  const identity = name ? textOfName(name.value) : null;
  let first: ReturnReport | null = null;
  for (const sheet of reader.candidateSheets()) {
    const report = readReturn(reader.readSheet(sheet).grid, file.name, identity);
    if (report.recognized) return report;
    first ??= report;
  }
  return first ?? { file: file.name, unit: null, period: null, recognized: false, rows: [] };
}

export async function mergeReturnWorkbooks(
  table: Uint8Array | ArrayBuffer,
  returns: readonly ReturnFile[],
  options: Omit<CheckWorkbookOptions, 'parts' | 'progress'> & { readonly period: string; readonly tolerance?: number; readonly rankByCompletion?: boolean },
): Promise<CheckedWorkbook> {
  const reports = returns.map(readReturnWorkbook);
  return checkWorkbook(table, {
    ...options,
    parts: BUTTON_PARTS.all,
    progress: {
      period: options.period,
      returns: reports,
      ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
      ...(options.rankByCompletion ? { rankByCompletion: true } : {}),
    },
  });
}
