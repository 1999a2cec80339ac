// Engine time per phase: the time between successive yields of checkPhases belongs to the phase the earlier yield
// announced (the generator yields a phase's progress and then does that phase's work). The longest time between two
// yields is the longest the engine holds a host's thread when the host takes a turn at every chance (checkPhases with
// its default pacing, a turn after every slice of rows): Excel's pane takes one once its time budget has passed.
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
  /** Median over the runs of each run's longest stretch between two yields, and the phase it fell in (the last run's). */
  readonly longestStretch: { readonly ms: number; readonly phase: CheckPhase };
}

function zeroTimes(): PhaseTimes {
  return Object.fromEntries(PHASES.map((phase) => [phase, 0])) as PhaseTimes;
}

interface OneRun {
  readonly phases: PhaseTimes;
  readonly total: number;
  readonly result: CheckResult;
  readonly longest: { readonly ms: number; readonly phase: CheckPhase };
}

function timeOnce(sheet: SheetGrid, options: CheckOptions): OneRun {
  const phases = zeroTimes();
  const generator = checkPhases(sheet, options);
  const start = performance.now();
  let current: CheckPhase = 'locate';
  let since = start;
  let longest: { ms: number; phase: CheckPhase } = { ms: 0, phase: current };
  for (;;) {
    const step = generator.next();
    const now = performance.now();
    phases[current] += now - since;
    if (now - since > longest.ms) longest = { ms: now - since, phase: current };
    since = now;
    if (step.done) return { phases, total: now - start, result: step.value, longest };
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
  const last = measured[measured.length - 1]!;
  return {
    phases,
    total: median(measured.map((m) => m.total)),
    runs,
    tasks: last.result.tasks.length,
    findings: last.result.findings.length,
    longestStretch: { ms: median(measured.map((m) => m.longest.ms)), phase: last.longest.phase },
  };
}
