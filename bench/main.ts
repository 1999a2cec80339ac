// `npm run bench`: engine phases, task-check against the ExcelJS floor, the Office adapter's round trips, the
// production bundle and peak memory, on synthetic tables of 1,000, 10,000 and 100,000 task rows. Prints one table to
// stdout (progress goes to stderr) and writes bench/results.json.
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { CheckSettings } from '../src/core';
import { benchTable, type BenchResults } from './benchReport';
import { bundleSizes } from './bundleSizes';
import { cliTimes, type CliTimes } from './cliTimes';
import { engineTimes, type EngineTimes } from './engineTimes';
import { judge } from './goals';
import { machine } from './machine';
import { officeRoundTrips, type ButtonRoundTrips } from './officeRoundTrips';
import { paneFigures, type PaneFigures } from './paneFigures';
import { mergeTimes } from './progressMerge';
import { planTimes, type PlanTimes } from './planTimes';
import { memorySource } from './spawnMeasured';
import { syntheticTaskTable } from './syntheticTable';
import variations from './data/variations.json';
import { writeTableWorkbook } from './writeTableWorkbook';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(__dirname, 'results.json');
const SEED = 2023;
const SIZES = [1_000, 10_000, 100_000] as const;
/** Measured engine runs per size: fewer where one run takes seconds. */
const ENGINE_RUNS: Readonly<Record<number, number>> = { 1000: 7, 10000: 7, 100000: 3 };
/** Unmeasured runs first: the smallest table runs first in a cold process, so it warms the JIT up longest. */
const ENGINE_WARM_UPS: Readonly<Record<number, number>> = { 1000: 10, 10000: 2, 100000: 1 };
/** task-check and its floors, in turns, per size; sizes not listed are not run through the command line. */
const CLI_RUNS: Readonly<Record<number, number>> = { 10000: 3, 100000: 1 };
const OFFICE_SIZES = [10_000, 100_000] as const;
/** Where the longest stretch on Excel's UI thread is judged (engine and plan), and the plan's runs there. */
const STRETCH_SIZES = [10_000, 100_000] as const;
const PLAN_RUNS = 3;
/** The task pane in Chromium: 校验表格 this many times on the 10,000-row table. */
const PANE_SIZE = 10_000;
const PANE_RUNS = 3;
/** 合并报送: this many lead units, each leading this many tasks (and supporting as many), merged this many times. */
const MERGE_UNITS = 100;
const MERGE_TASKS_EACH = 100;
const MERGE_RUNS = 3;
const AS_OF = variations.asOf;
const SETTINGS: CheckSettings = { planYear: null, asOf: AS_OF, dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

function say(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => fs.statSync(path.join(dir, file)).mtimeMs),
  );
}

/** A build older than the sources measures yesterday's code: said, not rebuilt, since others may be mid-edit. */
function warnIfStale(built: string, sources: readonly string[], command: string): void {
  const builtAt = fs.statSync(built).mtimeMs;
  if (sources.some((dir) => newestMtime(path.join(ROOT, dir)) > builtAt)) say(`${path.relative(ROOT, built)} is older than its sources: run ${command} first for current figures`);
}

/** The CLI runs from lib/ and the bundle is read from dist/: build them when missing. */
function ensureBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) {
    say('lib/ missing: npm run build:cli');
    execSync('npm run build:cli', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    say('dist/ missing: npm run build');
    execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  warnIfStale(path.join(ROOT, 'lib', 'cli', 'main.js'), ['src/core', 'src/xlsx', 'src/cli'], 'npm run build:cli');
  warnIfStale(path.join(DIST, 'taskpane.html'), ['src/core', 'src/office', 'src/taskpane'], 'npm run build');
}

export async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  // Other work on the machine slows every figure: the load average says how busy it was.
  const loadAverageAtStart = os.loadavg();
  ensureBuilt();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'task-check-bench-'));
  try {
    const engine: Record<number, EngineTimes> = {};
    const plan: Record<number, PlanTimes> = {};
    const cli: Record<number, CliTimes> = {};
    const office: Record<number, ButtonRoundTrips[]> = {};
    const officeWeb: Record<number, ButtonRoundTrips[]> = {};
    const sheets = new Map(SIZES.map((size) => [size, syntheticTaskTable(size, SEED).sheet]));
    // The engine first, for every size, while the heap holds nothing but the tables.
    for (const [size, sheet] of sheets) {
      say(`${size} rows: engine, ${ENGINE_RUNS[size]} runs after ${ENGINE_WARM_UPS[size]} warm-up run(s)`);
      engine[size] = engineTimes(sheet, { asOf: AS_OF }, ENGINE_RUNS[size] ?? 3, ENGINE_WARM_UPS[size] ?? 1);
    }
    for (const size of STRETCH_SIZES) {
      say(`${size} rows: the write plan in the pane's slices, ${PLAN_RUNS} runs`);
      plan[size] = planTimes(sheets.get(size)!, { asOf: AS_OF }, PLAN_RUNS);
    }
    for (const [size, sheet] of sheets) {
      const cliRuns = CLI_RUNS[size];
      if (cliRuns === undefined) continue;
      const input = path.join(workDir, `table-${size}.xlsx`);
      await writeTableWorkbook(sheet, input);
      say(`${size} rows: task-check --out and the ExcelJS floors, ${cliRuns} turn(s)`);
      cli[size] = cliTimes(input, workDir, cliRuns, AS_OF);
    }
    for (const size of OFFICE_SIZES) {
      say(`${size} rows: Office adapter through the recording fake`);
      office[size] = await officeRoundTrips(sheets.get(size)!, SETTINGS);
      say(`${size} rows: Office adapter under Excel on the web's 5 MB limit`);
      officeWeb[size] = await officeRoundTrips(sheets.get(size)!, SETTINGS, 'web');
    }
    say(`${PANE_SIZE} rows: the task pane in Chromium, ${PANE_RUNS} runs`);
    const pane: Record<number, PaneFigures> = { [PANE_SIZE]: await paneFigures(path.join(workDir, `table-${PANE_SIZE}.xlsx`), AS_OF, PANE_RUNS) };
    say(`merge: ${MERGE_UNITS} returns of ${MERGE_TASKS_EACH} tasks each, ${MERGE_RUNS} runs`);
    const merge = await mergeTimes(workDir, MERGE_UNITS, MERGE_TASKS_EACH, MERGE_RUNS);
    const bundle = bundleSizes(DIST);
    const trips = Object.values(office).flat();
    const uiStretch = (size: number): number | null =>
      engine[size] && plan[size] ? Math.max(engine[size].longestStretch.ms, plan[size].longestStretchMs) : null;
    // A failed run has no ratio: the goal is not met on that size.
    const cliRatio = (size: number): number | null => (cli[size] ? (cli[size].ratio ?? Number.POSITIVE_INFINITY) : null);
    const goals = judge({
      engine10k: engine[10_000]?.total ?? null,
      engine100k: engine[100_000]?.total ?? null,
      cliRatio10k: cliRatio(10_000),
      cliRatio100k: cliRatio(100_000),
      officeSyncs: trips.length === 0 ? null : Math.max(...trips.map((t) => t.syncs)),
      officeRequest: trips.length === 0 ? null : Math.max(...trips.map((t) => t.largestRequestBytes)),
      initialJs: bundle.initialGzipBytes,
      memory100k: cli[100_000]?.taskCheckPeakBytes ?? null,
      paneFirstScreen: pane[PANE_SIZE]?.resultToFirstScreenMs ?? null,
      merge100: merge.medianMs,
      uiStretch10k: uiStretch(10_000),
      uiStretch100k: uiStretch(100_000),
    });
    const results: BenchResults = {
      machine: machine(),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
      startedAt,
      durationMs: performance.now() - started,
      sizes: [...SIZES],
      seed: SEED,
      engine,
      plan,
      engineGrowth: engine[100_000]!.total / engine[10_000]!.total,
      cli,
      memorySource,
      office,
      officeWeb,
      pane,
      bundle,
      merge,
      goals,
    };
    fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(benchTable(results));
    say(`${(results.durationMs / 1000).toFixed(0)} s; figures in ${path.relative(process.cwd(), RESULTS)}`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
