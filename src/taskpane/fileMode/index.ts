// Entry of the file-mode chunk: the pane imports this module dynamically. The workbook reader and the engine are not in it: they
// run in the worker (checkWorker.ts, its own script), which starts when a file is opened.
import type { FileModeApi } from '../fileSession';
import { FileHost } from './fileHost';
import type { WorkerPort } from './workerProtocol';

const spawnWorker = (): WorkerPort =>
  new Worker(/* webpackChunkName: "fileworker" */ new URL('./checkWorker.ts', import.meta.url), { name: 'taskcheck-file' }) as unknown as WorkerPort;

export const fileMode: FileModeApi = {
  openWorkbook: (fileName, bytes) => FileHost.open(fileName, bytes, window.localStorage, spawnWorker),
};
