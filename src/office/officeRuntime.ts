// Everything the adapter takes from office.js's globals, in one place: how to run an Excel batch, where settings live
// and how to give Excel a turn. Tests hand createOfficeHost a runtime over a fake instead.
import type { XlContext } from './excelTypes';

/** Settings stored inside the workbook (Office.context.document.settings), so they travel with the file. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

export interface OfficeRuntime {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  readonly settings: DocumentSettings;
  /** Resolves on a later turn of the event loop, so Excel is never kept waiting on a long check. */
  yieldToHost(): Promise<void>;
  /**
   * The largest write request to send in one sync, measured as the JSON length of what it carries; also the budget of
   * each response when a read too large for one is split into row blocks (readCells.ts).
   */
  readonly maxRequestBytes: number;
  /**
   * Office.context.requirements.isSetSupported('ExcelApi', version). The manifest asks for ExcelApi 1.7 (volume-licensed
   * Office 2019); anything newer is used only where this says it is there.
   */
  supportsExcelApi(version: string): boolean;
}

/**
 * Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded); 4 MB leaves room for
 * the request's own framing, which the JSON-length estimate does not count.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** mergeUndoGroup arrived in ExcelApi 1.20; older hosts reject unknown run options, so it is only asked for there. */
const MERGE_UNDO_API = { set: 'ExcelApi', version: '1.20' } as const;

/**
 * Options for every Excel.run: wait while the user is editing a cell instead of failing, and make a run's syncs one
 * undo step where Excel can.
 */
export function runOptions(isSetSupported: (set: string, version: string) => boolean): Excel.RunOptions {
  return isSetSupported(MERGE_UNDO_API.set, MERGE_UNDO_API.version)
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
}

function documentSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error.message));
          else resolve();
        });
      }),
  };
}

/** The runtime of a page that office.js has loaded inside Excel (after Office.onReady). */
export function officeRuntime(): OfficeRuntime {
  const isSetSupported = (set: string, version: string): boolean => Office.context.requirements.isSetSupported(set, version);
  const options = runOptions(isSetSupported);
  return {
    supportsExcelApi: (version) => isSetSupported('ExcelApi', version),
    // The real context is handed over as the narrow XlContext; `satisfiesXlContext` below keeps the two in step.
    run: (batch) => Excel.run(options, (context) => batch(satisfiesXlContext(context))),
    settings: documentSettings(),
    yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
    maxRequestBytes: MAX_REQUEST_BYTES,
  };
}

/** Compiles only while Excel's real request context has every member excelTypes.ts declares. */
function satisfiesXlContext(context: Excel.RequestContext): XlContext {
  return context;
}
