// The production bundle as a browser fetches it: the scripts taskpane.html loads at start (its own <script> tags that
// point into dist/, office.js from Microsoft's CDN is not ours and not counted), and the file-mode chunks loaded on
// demand, each gzipped with zlib at its default level as a web server would send it.
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  readonly initial: readonly ChunkSize[];
  readonly initialGzipBytes: number;
  readonly fileMode: readonly ChunkSize[];
  readonly fileModeGzipBytes: number;
  /** Scripts taskpane.html loads from elsewhere (named, not measured). */
  readonly external: readonly string[];
}

/** Chunks that only the file mode loads (its worker's too), by the names webpack gives them. */
const FILE_MODE_CHUNKS = /^(filemode|fileworker)\.[0-9a-f]+\.js$/;

function sizeOf(dist: string, file: string): ChunkSize {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

export function bundleSizes(dist: string): BundleSizes {
  const sources = scriptSources(fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8'));
  const external = sources.filter((src) => /^(https?:)?\/\//.test(src));
  const initial = sources.filter((src) => !external.includes(src)).map((src) => sizeOf(dist, src.replace(/^\.?\//, '')));
  const fileMode = fs
    .readdirSync(dist)
    .filter((file) => FILE_MODE_CHUNKS.test(file))
    .sort()
    .map((file) => sizeOf(dist, file));
  const sum = (chunks: readonly ChunkSize[]): number => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  return { initial, initialGzipBytes: sum(initial), fileMode, fileModeGzipBytes: sum(fileMode), external };
}
