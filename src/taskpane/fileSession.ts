// What the pane needs from file mode, as types only: the pane reaches the implementation through a dynamic import
// (src/taskpane/fileMode) so that the workbook file adapter is fetched only when the pane runs outside Excel.
import type { CheckSettings, HostError, WorkbookHost } from '../core/host';
import type { CheckProgress, CheckResult } from '../core/model';

export interface RevealedCell {
  readonly sheet: string;
  readonly address: string;
  /** The row's non-empty cells as the sheet shows them, left to right. */
  readonly cells: readonly { readonly column: string; readonly text: string }[];
}

/** A workbook opened from a file, held in memory; nothing is written anywhere until the user downloads it. */
export interface FileWorkbook {
  readonly fileName: string;
  readonly host: WorkbookHost;
  /** Said on opening: null when a sheet holds a task table, else where none was found (the NO_TASK_TABLE place). */
  readonly noTable: HostError['where'] | null;
  /** The workbook as it stands now (checked, summarised or cleared). */
  currentBytes(): Uint8Array;
  /** Called whenever host.showCell reveals a cell; returns the unsubscribe function. */
  onReveal(listener: (cell: RevealedCell) => void): () => void;
  /** Stops the command under way: it rejects with CommandCancelled and the workbook stays as it was before it. */
  cancel(): void;
  /** 生成报送表: one return workbook per lead unit for the period, as one .zip archive; the workbook is unchanged. */
  writeReturns(settings: CheckSettings, period: string): Promise<{ readonly archive: Uint8Array; readonly fileName: string; readonly count: number }>;
  /** 合并报送: the returned workbooks merged into the workbook (进展汇总, 单位进展排名, the 通报, lights, findings). */
  mergeReturns(settings: CheckSettings, period: string, returns: readonly { readonly name: string; readonly bytes: Uint8Array }[], onProgress?: (p: CheckProgress) => void): Promise<CheckResult>;
}

/** What a cancelled command rejects with; the pane says so instead of reporting a failure. */
export class CommandCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CommandCancelled';
  }
}

export interface FileModeApi {
  openWorkbook(fileName: string, bytes: Uint8Array): Promise<FileWorkbook>;
}

/** `<name>.checked.xlsx`, the name the pane offers for the download; a macro workbook stays `.xlsm`. */
export function checkedFileName(fileName: string): string {
  const extension = /\.xlsm$/i.test(fileName) ? 'xlsm' : 'xlsx';
  const base = fileName.replace(/\.xls[xm]$/i, '');
  return `${base === '' ? 'workbook' : base}.checked.${extension}`;
}
