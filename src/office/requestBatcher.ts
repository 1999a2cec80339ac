// Groups queued writes into as few syncs as the request size limit allows: normally one. Each write says how much it
// adds to the request (the JSON length of the data it carries plus a fixed cost for the call itself); a sync is sent
// early only when the next write would push the pending request past the limit. It counts the syncs it sent and those
// that came back, so that a write that fails half way can tell what reached the workbook (undoWrite.ts).
import type { XlContext } from './excelTypes';

/** What one queued call costs beyond its data: object path, method name, ids. */
export const CALL_OVERHEAD_BYTES = 200;

/**
 * The size of a value as office.js sends or receives it: JSON, counted in UTF-8 bytes. Chinese text takes three bytes a
 * character on the wire, so a batch under the budget by this count is under Excel on the web's limit however Excel
 * measures it (characters or bytes).
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code >= 0x800) bytes += code >= 0xd800 && code <= 0xdfff ? 1 : 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

export class RequestBatcher {
  private pending = 0;
  private queuedCalls = 0;
  private sent = 0;
  private returned = 0;
  private readonly firstBatches = new Map<string, number>();

  /** `beforeSync` runs before each sync is sent and may refuse it by throwing (a ribbon command out of time). */
  constructor(
    private readonly context: XlContext,
    private readonly maxBytes: number,
    private readonly beforeSync: () => void = () => undefined,
  ) {}

  /**
   * Queues `write` (which queues calls on the context), syncing first when it would not fit in the pending request;
   * resolves to what `write` returned (a proxy the later writes use). `label` names a piece of work whose first call
   * this is (see firstBatchOf).
   */
  async add<T>(bytes: number, write: () => T, label?: string): Promise<T> {
    if (this.queuedCalls > 0 && this.pending + bytes > this.maxBytes) await this.flush();
    if (label !== undefined && !this.firstBatches.has(label)) this.firstBatches.set(label, this.sent + 1);
    const written = write();
    this.pending += bytes;
    this.queuedCalls += 1;
    return written;
  }

  /** Sends what is pending, if anything. */
  async flush(): Promise<void> {
    if (this.queuedCalls === 0) return;
    this.beforeSync();
    this.sent += 1;
    await this.context.sync();
    this.returned += 1;
    this.pending = 0;
    this.queuedCalls = 0;
  }

  /** Syncs sent, whether or not they came back. */
  get sentSyncs(): number {
    return this.sent;
  }

  /** Syncs that came back: every call they carried was applied. */
  get doneSyncs(): number {
    return this.returned;
  }

  /** The sync that carries the calls queued last. */
  get lastBatch(): number {
    return this.queuedCalls > 0 ? this.sent + 1 : this.sent;
  }

  /** The sync that carried (or will carry) the first call of the work `label` names; undefined before it. */
  firstBatchOf(label: string): number | undefined {
    return this.firstBatches.get(label);
  }
}
