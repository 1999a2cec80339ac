// `task-check --out` end to end against the floor of reading and writing the same workbook with ExcelJS, each in its
// own node process, run in turns on the same file so that both see the same machine state. A second floor, reading
// and writing the checked copy task-check wrote, shows what ExcelJS alone needs for output of that size.
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { median } from './median';
import { spawnMeasured, type Measured } from './spawnMeasured';

const ROOT = path.join(__dirname, '..');
const FLOOR_SCRIPT = path.join(__dirname, 'exceljsFloor.js');
const TASK_CHECK = path.join(ROOT, 'bin', 'task-check.js');

export interface CliTimes {
  readonly runs: number;
  /** Median wall time of task-check; null when it failed. */
  readonly taskCheckMs: number | null;
  readonly floorMs: number;
  /** taskCheckMs / floorMs: the goal's measure. */
  readonly ratio: number | null;
  /** ExcelJS reading and writing task-check's checked copy; null when there is none. */
  readonly outputFloorMs: number | null;
  /** Highest peak of the task-check runs; a lower bound when it failed. */
  readonly taskCheckPeakBytes: number;
  readonly floorPeakBytes: number;
  /** Peak of ExcelJS reading and writing the checked copy; null when there is none. */
  readonly outputFloorPeakBytes: number | null;
  readonly taskCheckFailure: string | null;
  /** The checked copy's size, and its largest part (uncompressed), read from its zip directory; null when there is none. */
  readonly checkedCopy: CheckedCopySize | null;
  /** Why ExcelJS could not read and write the checked copy, when it could not. */
  readonly outputFloorFailure: string | null;
}

export interface CheckedCopySize {
  readonly bytes: number;
  readonly largestPart: { readonly name: string; readonly bytes: number };
}

function checkedCopySize(file: string): CheckedCopySize | null {
  if (!fs.existsSync(file)) return null;
  let largestPart = { name: '', bytes: 0 };
  // The filter sees every entry's sizes and declines it: nothing is inflated.
  unzipSync(new Uint8Array(fs.readFileSync(file)), {
    filter: (entry) => {
      if (entry.originalSize > largestPart.bytes) largestPart = { name: entry.name, bytes: entry.originalSize };
      return false;
    },
  });
  return { bytes: fs.statSync(file).size, largestPart };
}

function failed(runs: readonly Measured[]): string | null {
  return runs.find((run) => run.failure !== null)?.failure ?? null;
}

function assertSucceeded(runs: readonly Measured[], what: string): void {
  const failure = failed(runs);
  if (failure !== null) throw new Error(`${what} failed: ${failure}`);
}

export function cliTimes(input: string, workDir: string, runs: number, asOf: string): CliTimes {
  const checked = path.join(workDir, 'checked.xlsx');
  const taskCheck: Measured[] = [];
  const floor: Measured[] = [];
  const outputFloor: Measured[] = [];
  for (let i = 0; i < runs; i += 1) {
    floor.push(spawnMeasured([FLOOR_SCRIPT, input, path.join(workDir, 'floor.xlsx')], ROOT));
    const run = spawnMeasured([TASK_CHECK, input, '--out', checked, '--as-of', asOf, '--lang', 'zh-CN'], ROOT);
    taskCheck.push(run);
    // A failing task-check fails the same way every time: once is enough to report it.
    if (run.failure !== null) break;
    outputFloor.push(spawnMeasured([FLOOR_SCRIPT, checked, path.join(workDir, 'checked-floor.xlsx')], ROOT));
  }
  assertSucceeded(floor, 'the ExcelJS floor');
  // ExcelJS on the checked copy of 100,000 rows (a million-row unit task list) needs about 5 GB and may run out of
  // heap: it is a figure for comparison, not a goal, so a failure leaves it empty instead of ending the bench.
  const outputFloorFailure = failed(outputFloor);
  const taskCheckFailure = failed(taskCheck);
  const taskCheckMs = taskCheckFailure === null ? median(taskCheck.map((m) => m.ms)) : null;
  const floorMs = median(floor.map((m) => m.ms));
  return {
    runs: taskCheck.length,
    taskCheckMs,
    floorMs,
    ratio: taskCheckMs === null ? null : taskCheckMs / floorMs,
    outputFloorMs: outputFloor.length > 0 && outputFloorFailure === null ? median(outputFloor.map((m) => m.ms)) : null,
    taskCheckPeakBytes: Math.max(...taskCheck.map((m) => m.peakBytes)),
    floorPeakBytes: Math.max(...floor.map((m) => m.peakBytes)),
    outputFloorPeakBytes: outputFloor.length > 0 && outputFloorFailure === null ? Math.max(...outputFloor.map((m) => m.peakBytes)) : null,
    taskCheckFailure,
    outputFloorFailure,
    checkedCopy: taskCheckFailure === null ? checkedCopySize(checked) : null,
  };
}
