// Types for scripts/serve-dist.js, so that the browser tests can start the server.
export interface DistServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  close(): Promise<void>;
}

export function serveDist(options?: { root?: string; port?: number }): Promise<DistServer>;
