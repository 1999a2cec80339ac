// Engine time per phase: the time between successive yields of checkPhases belongs to the phase the earlier yield
// announced (the generator yields a phase's progress and then does that phase's work).
import { performance } from 'perf_hooks';
import { checkPhases, type CheckOptions, type CheckPhase, type CheckResult, type SheetGrid } from '../src/core';
import { median } from './median';

export const PHASES: readonly CheckPhase[] = ['locate', 'units', 'quotas', 'deadlines', 'findings', 'summaries'];

export type PhaseTimes = Record<CheckPhase, number>;

export interface EngineTimes {
  /** Median milliseconds per phase over the measured runs. */
  readonly phases: PhaseTimes;
  /** Median of the runs' totals (not the sum of the phase medians). */
  readonly total: number;
  readonly runs: number;
  readonly tasks: number;
  readonly findings: number;
}

function zeroTimes(): PhaseTimes {
  return Object.fromEntries(PHASES.map((phase) => [phase, 0])) as PhaseTimes;
}

function timeOnce(sheet: SheetGrid, options: CheckOptions): { phases: PhaseTimes; total: number; result: CheckResult } {
  const phases = zeroTimes();
  const generator = checkPhases(sheet, options);
  const start = performance.now();
  let current: CheckPhase = 'locate';
  let since = start;
  for (;;) {
    const step = generator.next();
    const now = performance.now();
    phases[current] += now - since;
    since = now;
    if (step.done) return { phases, total: now - start, result: step.value };
    current = step.value.phase;
  }
}

/** Collects garbage between runs when node runs with --expose-gc, so that no run pays for the one before it. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** `warmUp` unmeasured runs let the JIT settle, then `runs` measured ones. */
export function engineTimes(sheet: SheetGrid, options: CheckOptions, runs: number, warmUp = 1): EngineTimes {
  for (let i = 0; i < warmUp; i += 1) timeOnce(sheet, options);
  const measured = Array.from({ length: runs }, () => {
    collectGarbage();
    return timeOnce(sheet, options);
  });
  const phases = zeroTimes();
  for (const phase of PHASES) phases[phase] = median(measured.map((m) => m.phases[phase]));
  const last = measured[measured.length - 1]!.result;
  return { phases, total: median(measured.map((m) => m.total)), runs, tasks: last.tasks.length, findings: last.findings.length };
}
