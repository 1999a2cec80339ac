// Stands for the terminal task-check writes to: records stdout and stderr, says whether stderr is a TTY, and pins
// the clock to 20 November 2023 (the seed's as-of day, unless the test gives another) for runs without --as-of.
import type { CliIo } from '../../src/cli/main';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(options: { tty?: boolean; env?: Record<string, string>; now?: Date } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { isTTY: options.tty ?? false, write: (text: string) => (err += text) },
    env: options.env ?? {},
    now: () => options.now ?? new Date(2023, 10, 20, 9, 0),
    out: () => out,
    err: () => err,
  };
}
