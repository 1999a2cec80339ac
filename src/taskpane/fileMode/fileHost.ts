// WorkbookHost over a workbook file held in memory. The pane keeps the bytes (the file as opened, and as the last
// command left it); a worker does the work (workbookService.ts), so a long check never freezes the pane, and a cancel
// ends the worker and keeps the bytes as they were before the command: nothing half-done can be downloaded.
import { localIsoDate } from '../../core/dates/localIsoDate';
import { messagesFor } from '../../core/messages/messagesFor';
import { returnsAsOf } from '../../core/progress/period';
import { HostError, type CheckSettings, type WorkbookHost } from '../../core/host';
import type { CheckProgress, CheckResult } from '../../core/model';
import type { OutputPart } from '../../core/plan/planWorkbookOutput';
import { BUTTON_PARTS } from '../../core/plan/planWorkbookOutput';
import { CommandCancelled, type FileWorkbook, type RevealedCell } from '../fileSession';
import { loadFileSettings, saveFileSettings } from './settingsStore';
import type { CheckedCopy, OpenedWorkbook, ReturnsArchive, WorkerAnswer, WorkerPort, WorkerReply, WorkerRequest } from './workerProtocol';

const ROW_OF = /^([A-Z]+)(\d+)$/;

type Pending = { resolve(answer: WorkerAnswer): void; reject(error: unknown): void; onProgress?: (p: CheckProgress) => void };

// Requests without their id: the connection numbers them.
type Ask = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One worker at a time, started on first use and again after a cancel. */
class WorkerConnection {
  private port: WorkerPort | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly spawn: () => WorkerPort) {}

  ask(request: Ask, onProgress?: (p: CheckProgress) => void): Promise<WorkerAnswer> {
    const port = this.connect();
    const id = this.nextId++;
    return new Promise<WorkerAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      port.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** Ends the worker and every request to it. */
  stop(reason: unknown): void {
    this.port?.terminate();
    this.port = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(reason);
  }

  private connect(): WorkerPort {
    if (this.port) return this.port;
    const port = this.spawn();
    port.onmessage = (event) => this.receive(event.data);
    // The worker's script failed to load or crashed: every request to it has failed.
    port.onerror = () => this.stop(new HostError('UNEXPECTED'));
    this.port = port;
    return port;
  }

  private receive(reply: WorkerReply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    if (reply.type === 'progress') {
      request.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'done') request.resolve(reply.answer);
    else request.reject(new HostError(reply.failure.code, reply.failure.where));
  }
}

export class FileHost implements WorkbookHost, FileWorkbook {
  readonly kind = 'file' as const;
  private current: Uint8Array;
  /** Counts the versions of `current`, so that the worker parses each once for row details. */
  private version = 0;
  private readonly listeners = new Set<(cell: RevealedCell) => void>();

  private constructor(
    readonly fileName: string,
    private readonly original: Uint8Array,
    private readonly sheets: readonly string[],
    readonly noTable: HostError['where'] | null,
    private readonly storage: Storage,
    private readonly worker: WorkerConnection,
  ) {
    this.current = original;
  }

  /** Reads the file once so that a file that is no workbook fails at open, not at the first command. */
  static async open(fileName: string, bytes: Uint8Array, storage: Storage, spawn: () => WorkerPort): Promise<FileHost> {
    const worker = new WorkerConnection(spawn);
    try {
      const opened = (await worker.ask({ type: 'open', bytes })) as OpenedWorkbook;
      return new FileHost(fileName, bytes, opened.sheets, opened.noTable, storage, worker);
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

  cancel(): void {
    this.worker.stop(new CommandCancelled());
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
    const { output } = (await this.worker.ask({ type: 'clear', bytes: this.original })) as { output: Uint8Array };
    this.replace(output);
  }

  async showCell(sheet: string, address: string): Promise<void> {
    const match = ROW_OF.exec(address.replace(/\$/g, '').toUpperCase());
    const { cells } = match
      ? ((await this.worker.ask({ type: 'row', bytes: this.current, version: this.version, sheet, row: Number(match[2]) })) as { cells: RevealedCell['cells'] })
      : { cells: [] };
    const revealed: RevealedCell = { sheet, address, cells };
    for (const listener of this.listeners) listener(revealed);
  }

  async writeReturns(settings: CheckSettings, period: string): Promise<{ readonly archive: Uint8Array; readonly fileName: string; readonly count: number }> {
    const request = { type: 'returns', bytes: this.current, settings, asOf: returnsAsOf(period, settings.asOf, localIsoDate()), period } as const;
    const { archive, count } = (await this.worker.ask(request)) as ReturnsArchive;
    return { archive, count, fileName: messagesFor(settings.lang).progress.returnsArchiveName(period) };
  }

  async mergeReturns(
    settings: CheckSettings,
    period: string,
    returns: readonly { readonly name: string; readonly bytes: Uint8Array }[],
    onProgress?: (p: CheckProgress) => void,
  ): Promise<CheckResult> {
    const request = { type: 'merge', bytes: this.current, settings, asOf: returnsAsOf(period, settings.asOf, localIsoDate()), period, returns } as const;
    const { result, output } = (await this.worker.ask(request, onProgress)) as CheckedCopy;
    this.replace(output);
    return result;
  }

  private async check(settings: CheckSettings, parts: readonly OutputPart[], onProgress?: (p: CheckProgress) => void): Promise<CheckResult> {
    const request = { type: 'check', bytes: this.current, settings, asOf: settings.asOf ?? localIsoDate(), parts } as const;
    const { result, output } = (await this.worker.ask(request, onProgress)) as CheckedCopy;
    this.replace(output);
    return result;
  }

  private replace(bytes: Uint8Array): void {
    this.current = bytes;
    this.version += 1;
  }
}
