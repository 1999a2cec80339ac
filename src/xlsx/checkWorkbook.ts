// The one path from workbook bytes to a checked copy, shared by the CLI and the browser's file mode so that both
// produce the same output for the same file. The copy is the input package plus what the tool writes.
import {
  checkTaskTableAsync,
  findTaskSheet,
  HostError,
  planWorkbookOutput,
  tableNotFoundWhere,
  tableSearch,
  type CheckProgress,
  type CheckResult,
  type Lang,
  type OutputPart,
  type OwnedSheetKey,
  type ProgressOptions,
  type SheetGrid,
} from '../core';
import type { SheetEntry } from './read/openWorkbook';
import type { SharedStringLookup, WorksheetRead } from './read/readWorksheet';
import { WorkbookReader } from './read/workbookReader';
import { writePackage } from './write/writePackage';
import type { NativeCompression } from './zip/writeZip';

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
  /** Faster compression than fflate's for the parts the tool writes, and inflation for those it reads (the CLI passes Node's zlib). */
  readonly compression?: NativeCompression;
  /** How progress is judged, and the returns to merge (the workbook's own 进展汇总 is read for the earlier periods). */
  readonly progress?: Omit<ProgressOptions, 'history'>;
  /** When the copy is made, by the host's clock ('YYYY-MM-DD HH:mm'), for the titles of the tool's sheets. */
  readonly madeAt?: string;
}

export interface CheckedWorkbook {
  readonly result: CheckResult;
  /** The checked copy: every part of the input as it was, plus the tool's. */
  readonly output: Uint8Array;
  /** The input is macro-enabled: its copy must be saved as .xlsm to open in Excel. */
  readonly macroEnabled: boolean;
}

interface ChosenSheet {
  readonly entry: SheetEntry;
  readonly read: WorksheetRead;
}

/**
 * Reads only the sheet it returns and those before it: the first sheet holding a table ends the search. The chosen
 * sheet's read also notes where its elements are, for the highlight edit.
 */
function chooseSheet(reader: WorkbookReader, name: string | undefined, withStructure: boolean): ChosenSheet {
  const candidates = reader.candidateSheets();
  if (name === undefined) {
    const search = tableSearch();
    for (const entry of candidates) {
      const read = reader.readSheet(entry, withStructure);
      if (findTaskSheet([read.grid])) return { entry, read };
      search.consider(read.grid);
    }
    throw new HostError('NO_TASK_TABLE', search.where());
  }
  const named = candidates.find((sheet) => sheet.name === name);
  if (named) return { entry: named, read: reader.readSheet(named, withStructure) };
  // The registry sheet and the tool's own sheets exist but are never task tables.
  throw new HostError(reader.sheetNamed(name) ? 'NO_TASK_TABLE' : 'SHEET_NOT_FOUND', { sheet: name });
}

async function runCheck(
  reader: WorkbookReader,
  options: Omit<CheckWorkbookOptions, 'parts'>,
  withStructure: boolean,
): Promise<{ result: CheckResult; entry: SheetEntry; structure: WorksheetRead['structure']; sharedStringOf: SharedStringLookup }> {
  const { entry, read } = chooseSheet(reader, options.sheet, withStructure);
  const sheet: SheetGrid = read.grid;
  const registrySheet = reader.registrySheet();
  // 进展汇总 from an earlier merge: its earlier periods, and for a check without returns the progress it holds.
  const earlier = reader.ownedSheets().progress;
  const history = earlier ? reader.readSheet(earlier).grid : undefined;
  const result = await checkTaskTableAsync(
    sheet,
    {
      asOf: options.asOf,
      lang: options.lang,
      ...(options.year !== undefined ? { planYear: options.year } : {}),
      ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
      ...(registrySheet ? { registrySheet } : {}),
      ...(options.progress || history ? { progress: { ...options.progress, ...(history ? { history } : {}) } } : {}),
    },
    options.onProgress ? (p: CheckProgress) => options.onProgress?.(p, sheet.grid.length) : undefined,
    options.yieldToHost,
  );
  if (result.headerRow === null) throw new HostError('NO_TASK_TABLE', tableNotFoundWhere(sheet));
  // The cells are the engine's alone: the copy is written from the parts' bytes, and a long table's grid and shared
  // strings would only add to the peak memory of writing it.
  reader.forgetCells();
  return { result, entry, structure: read.structure, sharedStringOf: read.sharedStringOf };
}

/** The check alone, for callers that want the findings but no checked copy. */
export async function checkWorkbookTable(
  bytes: Uint8Array | ArrayBuffer,
  options: Omit<CheckWorkbookOptions, 'parts'>,
): Promise<{ readonly result: CheckResult }> {
  const { result } = await runCheck(new WorkbookReader(toUint8Array(bytes), options.compression), options, false);
  return { result };
}

export async function checkWorkbook(bytes: Uint8Array | ArrayBuffer, options: CheckWorkbookOptions): Promise<CheckedWorkbook> {
  const { summary, output, macroEnabled } = await checkAndSummarizeWorkbook(bytes, options, (result) => result);
  return { result: summary, output, macroEnabled };
}

/** A checked copy, and what its caller took from the check's result. */
export interface SummarizedWorkbook<S> {
  readonly summary: S;
  readonly output: Uint8Array;
  readonly macroEnabled: boolean;
}

/**
 * As checkWorkbook, with the result handed to `summarize` once the copy is planned and let go before the copy is
 * written: what the caller keeps of it (the command line keeps its report's text) is all that stays, so that a long
 * table's findings and tasks (about 290 MB of live heap at 100,000 rows) need not live on beside the writing.
 */
export async function checkAndSummarizeWorkbook<S>(
  bytes: Uint8Array | ArrayBuffer,
  options: CheckWorkbookOptions,
  summarize: (result: CheckResult) => S,
): Promise<SummarizedWorkbook<S>> {
  const reader = new WorkbookReader(toUint8Array(bytes), options.compression);
  const highlights = options.parts.includes('highlights');
  const { plan, summary, entry, structure, sharedStringOf } = await planCopy(reader, options, highlights, summarize);
  const output = writePackage(reader, {
    highlights: highlights ? { sheet: entry, rules: plan.highlights, structure } : null,
    sheets: plan.sheets,
    clear: false,
    // The unit task list copies the task sheet's text cells: those that are shared strings point at them.
    sharedStringOf: (source) => (source.sheet === entry.name ? sharedStringOf(source.cell) : null),
    ...(options.compression ? { compression: options.compression } : {}),
  });
  return { summary, output, macroEnabled: reader.file.macros };
}

/** The check and the plan of the copy; the result goes with this call, but for what `summarize` keeps of it. */
async function planCopy<S>(reader: WorkbookReader, options: CheckWorkbookOptions, highlights: boolean, summarize: (result: CheckResult) => S) {
  const { result, entry, structure, sharedStringOf } = await runCheck(reader, options, highlights);
  const ownedSheets: Partial<Record<OwnedSheetKey, string>> = {};
  for (const [key, owned] of Object.entries(reader.ownedSheets()) as [OwnedSheetKey, SheetEntry][]) ownedSheets[key] = owned.name;
  const plan = planWorkbookOutput(result, {
    parts: [...options.parts],
    lang: options.lang,
    existingSheets: reader.sheetNames,
    ownedSheets,
    ...(options.madeAt !== undefined ? { madeAt: options.madeAt } : {}),
  });
  return { plan, summary: summarize(result), entry, structure, sharedStringOf };
}

/** The workbook without anything the tool wrote: every other part as it was. */
export async function clearWorkbook(bytes: Uint8Array | ArrayBuffer, options: Pick<CheckWorkbookOptions, 'compression'> = {}): Promise<Uint8Array> {
  return writePackage(new WorkbookReader(toUint8Array(bytes), options.compression), { highlights: null, sheets: [], clear: true, ...options });
}

/** A plain Uint8Array over the same bytes: a Node Buffer's `slice` would share memory where a copy is meant. */
export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}
