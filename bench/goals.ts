// The goals, each with the figure it judges and the limit: data, so that the table, results.json and
// docs/performance.md speak of the same goals.
export type GoalId =
  | 'engine10k'
  | 'engine100k'
  | 'cliRatio10k'
  | 'cliRatio100k'
  | 'officeSyncs'
  | 'officeRequest'
  | 'initialJs'
  | 'memory100k'
  | 'paneFirstScreen'
  | 'merge100'
  | 'uiStretch10k'
  | 'uiStretch100k';

export interface Goal {
  readonly id: GoalId;
  readonly label: string;
  readonly limit: number;
  readonly unit: 'ms' | '×' | 'syncs' | 'bytes';
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

export const GOALS: readonly Goal[] = [
  { id: 'engine10k', label: 'engine, 10,000 rows', limit: 100, unit: 'ms' },
  { id: 'engine100k', label: 'engine, 100,000 rows', limit: 1000, unit: 'ms' },
  // The checked copy is the input package plus the tool's parts (issue 11): against ExcelJS reading and writing the
  // same input, in the same run.
  { id: 'cliRatio10k', label: 'task-check --out / ExcelJS read+write floor, 10,000 rows', limit: 0.8, unit: '×' },
  { id: 'cliRatio100k', label: 'task-check --out / ExcelJS read+write floor, 100,000 rows', limit: 1.5, unit: '×' },
  { id: 'officeSyncs', label: 'Office.js syncs per button, any size', limit: 3, unit: 'syncs' },
  { id: 'officeRequest', label: 'largest Office.js request', limit: 4 * MB, unit: 'bytes' },
  { id: 'initialJs', label: 'task pane initial JS, gzipped', limit: 150 * KB, unit: 'bytes' },
  { id: 'memory100k', label: 'task-check peak memory, 100,000 rows', limit: 1 * GB, unit: 'bytes' },
  { id: 'paneFirstScreen', label: 'task pane: first result screen after the check ends, 10,000 rows', limit: 200, unit: 'ms' },
  // Issue 13: 合并报送 of a period's returns, from the files to the merged copy.
  { id: 'merge100', label: 'merge 100 returns of 100 tasks each', limit: 5000, unit: 'ms' },
  // Issue 12: in Excel no stretch of the check or of planning the sheets (both on the UI thread) holds the UI longer.
  { id: 'uiStretch10k', label: 'longest stretch between turns in Excel (engine or plan), 10,000 rows', limit: 100, unit: 'ms' },
  { id: 'uiStretch100k', label: 'longest stretch between turns in Excel (engine or plan), 100,000 rows', limit: 100, unit: 'ms' },
];

export interface GoalVerdict {
  readonly id: GoalId;
  readonly label: string;
  readonly limit: number;
  readonly unit: Goal['unit'];
  /** The worst measured figure the goal applies to; null when it could not be measured in this run. */
  readonly measured: number | null;
  readonly met: boolean | null;
}

export function judge(measured: Readonly<Record<GoalId, number | null>>): GoalVerdict[] {
  return GOALS.map((goal) => {
    const value = measured[goal.id];
    return { ...goal, measured: value, met: value === null ? null : value <= goal.limit };
  });
}
