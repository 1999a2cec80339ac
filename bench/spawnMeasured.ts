// Runs a node script as its own process and measures its wall time and peak memory. Peak memory comes from GNU time
// (/usr/bin/time -v, the kernel's own count) when present, else from a preloaded hook that reports maxRSS on exit.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = path.join(__dirname, 'reportMaxRss.js');

export type MemorySource = '/usr/bin/time -v' | 'process.resourceUsage().maxRSS';

export const memorySource: MemorySource = fs.existsSync(GNU_TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';

export interface Measured {
  readonly ms: number;
  /** Peak resident set size in bytes (up to the failure when the process failed). */
  readonly peakBytes: number;
  /** The process's last stderr line when it exited with a non-zero status; null when it succeeded. */
  readonly failure: string | null;
}

/**
 * The peak the report gives; 0 for a process that failed without one (a process killed out of memory can leave GNU
 * time's report cut short), whose failure is what the run reports.
 */
function peakKilobytes(stderr: string, failed: boolean): number {
  const match = memorySource === '/usr/bin/time -v' ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /maxRSS_KB (\d+)/.exec(stderr);
  if (match) return Number(match[1]);
  if (failed) return 0;
  throw new Error(`no peak memory in the output:\n${stderr.slice(-2000)}`);
}

/** The process's own last words, without GNU time's report that follows them. */
function lastLine(stderr: string): string {
  const own = stderr.split(/\n\s*Command (?:exited|terminated)|\n\s*Command being timed/)[0] ?? '';
  return own.trim().split('\n').pop() ?? '';
}

/** Runs `node <args>` from `cwd`. */
export function spawnMeasured(args: readonly string[], cwd: string): Measured {
  const viaTime = memorySource === '/usr/bin/time -v';
  const command = viaTime ? GNU_TIME : process.execPath;
  const commandArgs = viaTime ? ['-v', process.execPath, ...args] : ['--require', RSS_HOOK, ...args];
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  return { ms, peakBytes: peakKilobytes(run.stderr, run.status !== 0) * 1024, failure: run.status === 0 ? null : lastLine(run.stderr) || `exit ${run.status}` };
}
