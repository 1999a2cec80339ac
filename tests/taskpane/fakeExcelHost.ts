// Stands for Excel behind src/office's host: Excel cannot run under jest, so this records what the pane asks of the
// workbook and lets a test decide when each command finishes and how.
import type { CheckSettings, WorkbookHost } from '../../src/core/host';
import type { CheckProgress, CheckResult } from '../../src/core/model';

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type HostCall =
  | { readonly method: 'saveSettings'; readonly settings: CheckSettings }
  | { readonly method: 'validate' | 'summarize'; readonly settings: CheckSettings }
  | { readonly method: 'clear' }
  | { readonly method: 'showCell'; readonly sheet: string; readonly address: string }
  | { readonly method: 'onSelectionChange'; readonly sheet: string };

export class FakeExcelHost implements WorkbookHost {
  readonly kind = 'office' as const;
  readonly calls: HostCall[] = [];
  /** What the next validate/summarize does: a result, an error, or wait for the test. */
  next: { result: CheckResult } | { error: unknown } | { pending: Deferred<CheckResult>; progress?: CheckProgress } = { error: new Error('no result set') };

  constructor(
    private readonly saved: Partial<CheckSettings> = {},
    private readonly sheets: { names: string[]; active: string | null } = { names: ['分工方案', '说明'], active: '分工方案' },
  ) {}

  async sheetNames() {
    return this.sheets;
  }

  async loadSettings() {
    return this.saved;
  }

  async saveSettings(settings: CheckSettings) {
    this.calls.push({ method: 'saveSettings', settings });
  }

  validate(settings: CheckSettings, onProgress?: (p: CheckProgress) => void) {
    return this.run('validate', settings, onProgress);
  }

  summarize(settings: CheckSettings, onProgress?: (p: CheckProgress) => void) {
    return this.run('summarize', settings, onProgress);
  }

  async clear() {
    this.calls.push({ method: 'clear' });
  }

  async showCell(sheet: string, address: string) {
    this.calls.push({ method: 'showCell', sheet, address });
  }

  /** Listeners the pane registered for selections, by sheet; `select` plays the user selecting a range in Excel. */
  readonly selectionListeners = new Map<string, (address: string) => void>();

  async onSelectionChange(sheet: string, listener: (address: string) => void) {
    this.calls.push({ method: 'onSelectionChange', sheet });
    this.selectionListeners.set(sheet, listener);
    return () => {
      this.selectionListeners.delete(sheet);
    };
  }

  select(sheet: string, address: string): void {
    this.selectionListeners.get(sheet)?.(address);
  }

  callsOf(method: HostCall['method']): HostCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async run(method: 'validate' | 'summarize', settings: CheckSettings, onProgress?: (p: CheckProgress) => void) {
    this.calls.push({ method, settings });
    const next = this.next;
    if ('result' in next) return next.result;
    if ('error' in next) throw next.error;
    if (next.progress) onProgress?.(next.progress);
    return next.pending.promise;
  }
}
