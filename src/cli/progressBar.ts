// A one-line progress bar on stderr for large tables, shown only to a person watching a terminal.
import type { CheckProgress } from '../core';

export const PROGRESS_MIN_ROWS = 5000;
const WIDTH = 30;

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export function progressBar(stream: ProgressStream, label: string): { update: (p: CheckProgress) => void; done: () => void } {
  let shown = -1;
  return {
    update: (p) => {
      const filled = Math.round(Math.min(1, Math.max(0, p.fraction)) * WIDTH);
      if (filled === shown) return;
      shown = filled;
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(p.fraction * 100)}%`);
    },
    done: () => {
      if (shown >= 0) stream.write('\r\x1b[K');
    },
  };
}
