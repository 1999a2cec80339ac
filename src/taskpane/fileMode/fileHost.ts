// WorkbookHost over a workbook file held in memory: every command turns the current bytes into new bytes through the
// same workbook adapter the command line uses, so the browser and the CLI write the same output for the same file.
import { columnLetter } from '../../core';
import { localIsoDate } from '../../core/dates/localIsoDate';
import { toIsoDate } from '../../core/dates/toIsoDate';
import { HostError, type CheckSettings, type WorkbookHost } from '../../core/host';
import type { CellValue, CheckProgress, CheckResult } from '../../core/model';
import { BUTTON_PARTS } from '../../core/plan/planWorkbookOutput';
import { checkWorkbook, clearWorkbook, openWorkbookFile, type CheckWorkbookOptions, type OpenedWorkbook } from '../../xlsx';
import type { FileWorkbook, RevealedCell } from '../fileSession';
import { loadFileSettings, saveFileSettings } from './settingsStore';

const ROW_OF = /^([A-Z]+)(\d+)$/;

/** A cell's value as the row shows it in the pane. */
function shownText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : toIsoDate(value);
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export class FileHost implements WorkbookHost, FileWorkbook {
  readonly kind = 'file' as const;
  private current: Uint8Array;
  /** The workbook behind `current`, opened once per version for showCell. */
  private view: { bytes: Uint8Array; workbook: OpenedWorkbook } | null = null;
  private readonly listeners = new Set<(cell: RevealedCell) => void>();

  private constructor(
    readonly fileName: string,
    private readonly original: Uint8Array,
    private readonly sheets: readonly string[],
    private readonly storage: Storage,
  ) {
    this.current = original;
  }

  /** Reads the file once so that a file that is no workbook fails at open, not at the first command. */
  static async open(fileName: string, bytes: Uint8Array, storage: Storage): Promise<FileHost> {
    try {
      return new FileHost(fileName, bytes, openWorkbookFile(bytes).taskSheetCandidates, storage);
    } catch (error) {
      // The message names the file, as the CLI's does.
      if (error instanceof HostError && error.where.path === undefined) throw new HostError(error.code, { ...error.where, path: fileName });
      throw error;
    }
  }

  get host(): WorkbookHost {
    return this;
  }

  currentBytes(): Uint8Array {
    return this.current;
  }

  onReveal(listener: (cell: RevealedCell) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async sheetNames(): Promise<{ readonly names: readonly string[]; readonly active: string | null }> {
    return { names: this.sheets, active: null };
  }

  async loadSettings(): Promise<Partial<CheckSettings>> {
    return loadFileSettings(this.storage, this.fileName);
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    saveFileSettings(this.storage, this.fileName, settings);
  }

  validate(settings: CheckSettings, onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
    return this.check(settings, BUTTON_PARTS.validate, onProgress);
  }

  summarize(settings: CheckSettings, onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
    return this.check(settings, BUTTON_PARTS.summarize, onProgress);
  }

  /** Back to the file as opened, less any marks an earlier run left in it (a reopened .checked.xlsx). */
  async clear(): Promise<void> {
    this.current = await clearWorkbook(this.original);
  }

  async showCell(sheet: string, address: string): Promise<void> {
    const match = ROW_OF.exec(address.replace(/\$/g, '').toUpperCase());
    const grid = match ? this.viewWorkbook().sheetGrid(sheet) : null;
    const cells: { column: string; text: string }[] = [];
    (grid?.grid[Number(match?.[2]) - 1] ?? []).forEach((value, i) => {
      const text = shownText(value);
      if (text.trim() !== '') cells.push({ column: columnLetter(i + 1), text });
    });
    const revealed: RevealedCell = { sheet, address, cells };
    for (const listener of this.listeners) listener(revealed);
  }

  private async check(settings: CheckSettings, parts: CheckWorkbookOptions['parts'], onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
    const { result, output } = await checkWorkbook(this.current, {
      ...(settings.sheet !== null ? { sheet: settings.sheet } : {}),
      ...(settings.planYear !== null ? { year: settings.planYear } : {}),
      asOf: settings.asOf ?? localIsoDate(),
      dueSoonDays: settings.dueSoonDays,
      lang: settings.lang,
      parts,
      ...(onProgress ? { onProgress } : {}),
    });
    this.current = output;
    return result;
  }

  private viewWorkbook(): OpenedWorkbook {
    if (this.view?.bytes !== this.current) this.view = { bytes: this.current, workbook: openWorkbookFile(this.current) };
    return this.view.workbook;
  }
}
