// Groups queued writes into as few syncs as the request size limit allows: normally one. Each write says how much it
// adds to the request (the JSON length of the data it carries plus a fixed cost for the call itself); a sync is sent
// early only when the next write would push the pending request past the limit.
import type { XlContext } from './excelTypes';

/** What one queued call costs beyond its data: object path, method name, ids. */
export const CALL_OVERHEAD_BYTES = 200;

/** The request size of a value as office.js sends it: JSON, as a string length. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

export class RequestBatcher {
  private pending = 0;
  private queuedCalls = 0;

  constructor(
    private readonly context: XlContext,
    private readonly maxBytes: number,
  ) {}

  /**
   * Queues `write` (which queues calls on the context), syncing first when it would not fit in the pending request;
   * resolves to what `write` returned (a proxy the later writes use).
   */
  async add<T>(bytes: number, write: () => T): Promise<T> {
    if (this.queuedCalls > 0 && this.pending + bytes > this.maxBytes) await this.flush();
    const written = write();
    this.pending += bytes;
    this.queuedCalls += 1;
    return written;
  }

  /** Sends what is pending, if anything. */
  async flush(): Promise<void> {
    if (this.queuedCalls === 0) return;
    await this.context.sync();
    this.pending = 0;
    this.queuedCalls = 0;
  }
}
