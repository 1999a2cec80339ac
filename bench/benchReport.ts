// The figures of one bench run as the one table `npm run bench` prints.
import type { BundleSizes } from './bundleSizes';
import type { CliTimes } from './cliTimes';
import type { EngineTimes } from './engineTimes';
import { PHASES } from './engineTimes';
import { formatTable } from './formatTable';
import type { GoalId, GoalVerdict } from './goals';
import type { Machine } from './machine';
import type { Button, ButtonRoundTrips } from './officeRoundTrips';
import type { PaneFigures } from './paneFigures';
import type { MergeTimes } from './progressMerge';
import type { PlanTimes } from './planTimes';

export interface BenchResults {
  readonly machine: Machine;
  readonly startedAt: string;
  /** os.loadavg() (1, 5, 15 minutes) when the bench started and ended: other work on the machine slows every figure. */
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
  readonly durationMs: number;
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly engine: Readonly<Record<number, EngineTimes>>;
  /** The write plan in the pane's slices, where the longest stretch on Excel's UI thread is judged. */
  readonly plan: Readonly<Record<number, PlanTimes>>;
  /** Engine total at the largest size over that at the one before it. */
  readonly engineGrowth: number;
  readonly cli: Readonly<Record<number, CliTimes>>;
  readonly memorySource: string;
  readonly office: Readonly<Record<number, readonly ButtonRoundTrips[]>>;
  /** The same presses under Excel on the web's 5 MB request and response limit. */
  readonly officeWeb?: Readonly<Record<number, readonly ButtonRoundTrips[]>>;
  /** The task pane in Chromium (file mode), per table size measured. */
  readonly pane: Readonly<Record<number, PaneFigures>>;
  readonly bundle: BundleSizes;
  /** 合并报送 of 100 returns of 100 tasks each. */
  readonly merge?: MergeTimes;
  readonly goals: readonly GoalVerdict[];
}

const BUTTON_LABELS: Readonly<Record<Button, string>> = {
  validate: 'Office 校验表格 (first run)',
  validateAgain: 'Office 校验表格 (rerun)',
  summarize: 'Office 生成区县汇总表',
  clear: 'Office 清除标记',
};

const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function verdictOf(goals: readonly GoalVerdict[], id: GoalId): string {
  const goal = goals.find((g) => g.id === id);
  if (!goal) return '';
  const limit = goal.unit === 'bytes' ? (goal.limit >= 1024 * 1024 ? mb(goal.limit) : kb(goal.limit)) : `${goal.limit}${goal.unit === 'ms' ? ' ms' : goal.unit === '×' ? '×' : ''}`;
  return `≤ ${limit}: ${goal.met === null ? 'not measured' : goal.met ? 'met' : 'MISSED'}`;
}

export function benchTable(results: BenchResults): string {
  const { sizes, goals } = results;
  const perSize = (label: string, cell: (size: number) => string, goal = ''): string[] => [label, ...sizes.map(cell), goal];
  const rows: string[][] = [];
  for (const phase of PHASES) rows.push(perSize(`engine ${phase} (ms, median)`, (n) => ms(results.engine[n]?.phases[phase])));
  rows.push(perSize('engine total (ms, median)', (n) => ms(results.engine[n]?.total), `${verdictOf(goals, 'engine10k')} / ${verdictOf(goals, 'engine100k')}`));
  rows.push(perSize('engine runs measured', (n) => String(results.engine[n]?.runs ?? '')));
  rows.push(perSize(`engine growth ${sizes.at(-2)?.toLocaleString('en-US')} → ${sizes.at(-1)?.toLocaleString('en-US')}`, (n) => (n === sizes.at(-1) ? `×${results.engineGrowth.toFixed(1)}` : '')));
  rows.push(perSize('findings', (n) => results.engine[n]?.findings.toLocaleString('en-US') ?? ''));
  rows.push(perSize('engine longest stretch between yields (ms, median; phase)', (n) => (results.engine[n] ? `${ms(results.engine[n].longestStretch.ms)} (${results.engine[n].longestStretch.phase})` : '')));
  rows.push(perSize('write plan, all sheets (ms, median)', (n) => ms(results.plan[n]?.totalMs)));
  rows.push(
    perSize('write plan longest stretch between yields (ms, median)', (n) => ms(results.plan[n]?.longestStretchMs), `${verdictOf(goals, 'uiStretch10k')} / ${verdictOf(goals, 'uiStretch100k')}`),
  );
  rows.push(perSize('task-check --out (ms)', (n) => (results.cli[n] ? (results.cli[n].taskCheckFailure !== null ? 'failed (below)' : ms(results.cli[n].taskCheckMs)) : '')));
  rows.push(perSize('ExcelJS read+write floor (ms)', (n) => ms(results.cli[n]?.floorMs)));
  rows.push(perSize('task-check / floor', (n) => (results.cli[n]?.ratio != null ? `×${results.cli[n].ratio.toFixed(2)}` : ''), `${verdictOf(goals, 'cliRatio10k')} / ${verdictOf(goals, 'cliRatio100k')}`));
  rows.push(perSize('checked copy written', (n) => (results.cli[n]?.checkedCopy ? mb(results.cli[n].checkedCopy.bytes) : '')));
  rows.push(
    perSize('  its largest part, uncompressed', (n) => {
      const part = results.cli[n]?.checkedCopy?.largestPart;
      return part ? `${mb(part.bytes)} (${part.name})` : '';
    }),
  );
  rows.push(perSize('ExcelJS read+write of the checked copy (ms)', (n) => ms(results.cli[n]?.outputFloorMs)));
  rows.push(perSize(`task-check peak memory (${results.memorySource})`, (n) => (results.cli[n] ? `${results.cli[n].taskCheckFailure ? '≥ ' : ''}${mb(results.cli[n].taskCheckPeakBytes)}` : ''), verdictOf(goals, 'memory100k')));
  rows.push(perSize('ExcelJS floor peak memory', (n) => (results.cli[n] ? mb(results.cli[n].floorPeakBytes) : '')));
  rows.push(perSize('ExcelJS on the checked copy, peak memory', (n) => (results.cli[n]?.outputFloorPeakBytes ? mb(results.cli[n].outputFloorPeakBytes) : '')));
  for (const button of Object.keys(BUTTON_LABELS) as Button[]) {
    const trip = (n: number) => results.office[n]?.find((t) => t.button === button);
    rows.push(perSize(`${BUTTON_LABELS[button]}: syncs`, (n) => String(trip(n)?.syncs ?? ''), button === 'validate' ? verdictOf(goals, 'officeSyncs') : ''));
    rows.push(
      perSize(
        '  request largest / all; largest response',
        (n) => (trip(n) ? `${mb(trip(n)!.largestRequestBytes)} / ${mb(trip(n)!.totalRequestBytes)}; ${mb(trip(n)!.largestResponseBytes)}` : ''),
        button === 'validate' ? verdictOf(goals, 'officeRequest') : '',
      ),
    );
  }
  const pane = (n: number) => results.pane[n];
  rows.push(perSize('pane 校验表格: click → first result screen (ms, median)', (n) => ms(pane(n)?.clickToFirstScreenMs)));
  rows.push(perSize('pane: check answered → first result screen (ms)', (n) => ms(pane(n)?.resultToFirstScreenMs), verdictOf(goals, 'paneFirstScreen')));
  rows.push(perSize('pane: elements in the page after the check', (n) => (pane(n) ? String(pane(n)?.domElements) : '')));
  rows.push(perSize('pane: JS heap used after the check', (n) => (pane(n) ? mb(pane(n)!.jsHeapUsedBytes) : '')));
  const last = sizes.length - 1;
  const single = (label: string, value: string, goal = ''): string[] => [label, ...sizes.map((_, i) => (i === last ? value : '')), goal];
  rows.push(single(`task pane initial JS, gzip (${results.bundle.initial.map((c) => c.file).join(', ')})`, kb(results.bundle.initialGzipBytes), verdictOf(goals, 'initialJs')));
  for (const chunk of results.bundle.fileMode) rows.push(single(`file mode chunk ${chunk.file}, gzip`, kb(chunk.gzipBytes)));
  rows.push(single('file mode chunks together, gzip', kb(results.bundle.fileModeGzipBytes)));
  if (results.merge) {
    const m = results.merge;
    rows.push(single(`生成报送表: ${m.returns} returns (ms)`, ms(m.writeReturnsMs)));
    rows.push(single(`合并报送: ${m.returns} returns of ${m.tasksPerReturn} tasks (ms, median of ${m.mergeMs.length})`, ms(m.medianMs), verdictOf(goals, 'merge100')));
  }
  const header = ['figure', ...sizes.map((n) => `${n.toLocaleString('en-US')} rows`), 'goal'];
  const machine = `${results.machine.cpu}, ${results.machine.cores} cores, ${mb(results.machine.memoryBytes)} memory, node ${results.machine.node}; load average ${results.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${results.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')} at end`;
  const failures = sizes.flatMap((n) => [
    ...(results.cli[n]?.taskCheckFailure ? [`task-check on ${n.toLocaleString('en-US')} rows failed: ${results.cli[n].taskCheckFailure}`] : []),
    ...(results.cli[n]?.outputFloorFailure ? [`ExcelJS on the checked copy of ${n.toLocaleString('en-US')} rows failed: ${results.cli[n].outputFloorFailure.split('\n')[0]}`] : []),
  ]);
  return [machine, formatTable(header, rows), ...failures, ''].join('\n');
}
