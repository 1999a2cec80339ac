// The seam between the task pane and whatever holds the workbook: Excel (src/office) or a file opened in the browser
// (src/taskpane/fileMode). Types only, so that both hosts and the UI can share it without depending on each other.
import type { CheckProgress, CheckResult, Lang } from './model';
import type { HeaderDiagnosis } from './table/headerBlock';

export interface CheckSettings {
  /** null: take the year from the title rows or sheet name. */
  readonly planYear: number | null;
  /** `YYYY-MM-DD`; null: today. */
  readonly asOf: string | null;
  readonly dueSoonDays: number;
  /** null: the active sheet (file mode: the first sheet holding a task table). */
  readonly sheet: string | null;
  readonly lang: Lang;
  /** Percentage points behind 序时进度 that a task may be and still be on schedule (absent: 0). */
  readonly progressTolerance?: number;
}

export const DEFAULT_DUE_SOON_DAYS = 15;
/** Percentage points behind 序时进度 that still count as on schedule, unless set. */
export const DEFAULT_TOLERANCE = 0;

/** Why a host could not do what was asked; the UI and the CLI turn it into one clear sentence (core/messages). */
export type HostErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_EMPTY'
  | 'NOT_A_WORKBOOK'
  | 'WORKBOOK_ENCRYPTED'
  | 'WORKBOOK_CORRUPT'
  | 'SHEET_NOT_FOUND'
  | 'NO_TASK_TABLE'
  | 'SHEET_PROTECTED'
  | 'RANGE_TOO_LARGE'
  | 'CELL_EDIT_MODE'
  | 'CONNECTION_LOST'
  | 'OUTPUT_IS_INPUT'
  | 'OUTPUT_NOT_WRITABLE'
  | 'BAD_OPTION'
  | 'UNEXPECTED'
  // Excel's own limits and states (src/office/hostErrors.ts), and a ribbon command that ran out of time.
  | 'EXCEL_BUSY'
  | 'OUT_OF_MEMORY'
  | 'SESSION_EXPIRED'
  | 'DIALOG_OPEN'
  | 'COMMAND_TOO_SLOW'
  | 'WORKBOOK_TOO_LARGE';


export interface WriteStopped {
  readonly undone: boolean;
  readonly removed: readonly string[];
}

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /**
     * Where: a sheet name, a cell, a path or the offending option, filled into the message. For NO_TASK_TABLE, `header`
     * says which header cells were seen and which roles are missing (`tableNotFoundWhere`).
     */
    readonly where: {
      readonly sheet?: string;
      readonly cell?: string;
      readonly path?: string;
      readonly detail?: string;
      readonly header?: HeaderDiagnosis;
      /** For NO_TASK_TABLE without a chosen sheet: how many sheets were searched; `sheet` is the one that came closest. */
      readonly sheetsSearched?: number;
      /**
       * A write that failed half way (src/office/undoWrite.ts): whether it was taken back, and the tool's sheets it had
       * begun to rewrite, which could not get their earlier content back and were removed instead.
       */
      readonly write?: WriteStopped;
    } = {},
  ) {
    super(code);
    this.name = 'HostError';
  }
}

export interface WorkbookHost {
  readonly kind: 'office' | 'file';
  sheetNames(): Promise<{ readonly names: readonly string[]; readonly active: string | null }>;
  loadSettings(): Promise<Partial<CheckSettings>>;
  saveSettings(settings: CheckSettings): Promise<void>;
  /** 校验表格: check, then write the highlights and the findings sheet. */
  validate(settings: CheckSettings, onProgress?: (p: CheckProgress) => void): Promise<CheckResult>;
  /** 生成区县汇总表: check, then write the district summary and the unit task list. */
  summarize(settings: CheckSettings, onProgress?: (p: CheckProgress) => void): Promise<CheckResult>;
  /** 清除标记: remove the tool's highlights and sheets, nothing else. */
  clear(): Promise<void>;
  /** Select (Office) or reveal (file mode) a cell of the checked sheet. */
  showCell(sheet: string, address: string): Promise<void>;
  /**
   * Excel only: calls `listener` with the address of each selection the user makes on `sheet` (e.g. "C5", "C5:E9");
   * resolves to the function that stops it. Absent where the host has no selection to follow.
   */
  onSelectionChange?(sheet: string, listener: (address: string) => void): Promise<() => void>;
}
