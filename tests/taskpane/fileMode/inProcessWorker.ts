// Stands for the file-mode Web Worker (jest has no Worker): the same service the worker script runs, answering on a
// later turn of the event loop as a worker's messages arrive, and with terminate() ending it: a request in flight is
// never answered, as with a terminated worker. Requests and replies go through structuredClone, as postMessage does.
import { serveRequest } from '../../../src/taskpane/fileMode/workbookService';
import type { WorkerPort, WorkerReply, WorkerRequest } from '../../../src/taskpane/fileMode/workerProtocol';

export class InProcessWorker implements WorkerPort {
  onmessage: ((event: { readonly data: WorkerReply }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  readonly requests: WorkerRequest['type'][] = [];
  /** Called before each reply is delivered; a test can end the worker there, mid-command. */
  beforeReply: (reply: WorkerReply) => void = () => undefined;

  postMessage(request: WorkerRequest): void {
    const copy = structuredClone(request);
    this.requests.push(copy.type);
    setTimeout(() => {
      if (this.terminated) return;
      void serveRequest(copy, (reply) => {
        if (this.terminated) return;
        this.beforeReply(reply);
        if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) });
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A spawn function that records every worker it starts. */
export function spawnInProcess(): { spawn: () => InProcessWorker; started: InProcessWorker[] } {
  const started: InProcessWorker[] = [];
  return {
    started,
    spawn: () => {
      const worker = new InProcessWorker();
      started.push(worker);
      return worker;
    },
  };
}
