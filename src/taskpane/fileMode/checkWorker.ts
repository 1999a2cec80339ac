// Entry of the file-mode worker (webpack builds it as its own script, with the workbook file adapter and the engine): it answers the
// pane's requests one message at a time.
// First, as on every page: the methods EdgeHTML 18 lacks (polyfills.ts); a worker has its own global.
import '../../office/polyfills';
import { serveRequest } from './workbookService';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** The worker's global, as far as this entry uses it (the project's DOM typings describe a window, not a worker). */
const scope = self as unknown as {
  onmessage: ((event: { readonly data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  void serveRequest(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
};
