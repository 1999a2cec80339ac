// The check, phase by phase. `checkPhases` is a generator so that a host can show progress and let its UI breathe
// between steps; `checkTaskTable` runs it to the end and `checkTaskTableAsync` hands control back to the host in between.
import { parseIsoDate } from './dates/parseIsoDate';
import { findPlanYear } from './deadlines/findPlanYear';
import { parseDeadline } from './deadlines/parseDeadline';
import { taskState } from './deadlines/taskState';
import type { AnalyzedTask, PlacedMention } from './findings/analyzedTask';
import { findingScanSteps, taskSlices } from './findings/collectFindings';
import type { FindingDraft } from './findings/findingFacts';
import { finalizeFindings, finalizeFindingsSteps } from './findings/finalizeFindings';
import { finish } from './steps';
import { registrySheetFindings } from './findings/registrySheetFindings';
import type { RegistryProblem } from './units/registrySheet';
import { leadFromUnits, tableNotFound } from './findings/tableFindings';
import { DEFAULT_DUE_SOON_DAYS } from './host';
import type { CheckOptions, CheckPacing, CheckPhase, CheckProgress, CheckResult, ColumnMap, PlanYearSource, Quota, SheetGrid, Task, TableLevel, UnitLexicon } from './model';
import { countiesOfPlace, tableLevel } from './places/tableLevel';
import { planTitle } from './summaries/planTitle';
import { placeLexicon, summaryPlacesSteps } from './summaries/summaryPlaces';
import { columnTarget } from './quotas/columnTarget';
import { parseQuotas } from './quotas/parseQuotas';
import { districtSummarySteps } from './summaries/districtSummary';
import { categoryLookupSteps, unitTaskListSteps } from './summaries/unitTaskList';
import { cellText } from './table/cellText';
import { columnNumber } from './table/columnLetters';
import { locateTableSteps } from './table/locateTable';
import { placeMentions } from './table/placeMentions';
import { judgeProgressSteps, type ProgressFields } from './progress/judgeProgress';
import type { TableLayout, TaskRow } from './table/tableLayout';
import { unitCellReader } from './units/parseUnitCell';
import {
  BUILTIN_UNIT_RECORDS,
  createUnitRegistry,
  DEPARTMENT_WORDS,
  mergeRegistryRecords,
  portableSpellings,
  registryCity,
  registryRecordsFromGrid,
  type SpellingReference,
  type UnitRecord,
  type UnitRegistry,
} from './units/unitRegistry';

/**
 * Rows of work between two chances to hand control back to the host (CheckPacing): a few milliseconds of any phase on
 * the synthetic tables of the benchmark. Findings are put into words this many times as many at once.
 */
const DEFAULT_SLICE_ROWS = 500;
const WORDS_PER_ROW_SLICE = 10;
/** The findings phase's share of its progress spent checking rows; the rest is putting findings into words. */
const CHECKING_SHARE = 0.6;
/** The deadlines phase's share of its progress spent making the tasks; the rest judges their progress, if any. */
const TASKS_SHARE = 0.5;

/** Where each phase starts on the 0..1 progress scale, by its rough share of the work. */
const PHASE_START: Readonly<Record<CheckPhase, number>> = { locate: 0, units: 0.1, quotas: 0.45, deadlines: 0.65, findings: 0.75, summaries: 0.9 };
const PHASE_END: Readonly<Record<CheckPhase, number>> = { locate: 0.1, units: 0.45, quotas: 0.65, deadlines: 0.75, findings: 0.9, summaries: 1 };

function progress(phase: CheckPhase, done = 0, total = 1): CheckProgress {
  const share = total === 0 ? 0 : done / total;
  return { phase, fraction: PHASE_START[phase] + (PHASE_END[phase] - PHASE_START[phase]) * share };
}

const NO_COLUMNS: ColumnMap = { no: null, task: null, lead: null, support: null, units: null, deadline: null, status: null };

const BUILTIN_CITY = registryCity(BUILTIN_UNIT_RECORDS);
const BUILTIN_DISTRICTS: ReadonlySet<string> = new Set(BUILTIN_UNIT_RECORDS.filter((r) => r.category === '区县').map((r) => r.name));

/**
 * Every table's departments are checked against China's department words (a typo of one is pointed out: 区人设局).
 * Elsewhere, the built-in registry's departments are a reference for suggestions only, and nothing is renamed.
 */
const NATIONAL_REFERENCE: SpellingReference = { spellings: [], departmentWords: DEPARTMENT_WORDS };
const BUILTIN_REFERENCE: SpellingReference = { spellings: portableSpellings(BUILTIN_UNIT_RECORDS), departmentWords: DEPARTMENT_WORDS };

/**
 * The built-in registry is one city's (福州市), a correction table made for it: it serves a table of that city and its
 * districts and counties, and no other. A table of another place, or of a place its titles and units do not tell,
 * keeps its units as written (市卫生健康委员会 stays so, a department known by its form, not Fuzhou's 市卫健委).
 */
function builtinServes(level: TableLevel): boolean {
  if (BUILTIN_CITY === null) return true;
  if (level.place === null) return false;
  return level.place === BUILTIN_CITY || BUILTIN_DISTRICTS.has(level.place) || countiesOfPlace({ ...level, place: BUILTIN_CITY, summaryLevel: 'county' }).includes(level.place);
}

/** The built-in registry where it serves, extended and overridden by the workbook's 单位名录 sheet when there is one. */
function registryFor(options: Pick<CheckOptions, 'registrySheet' | 'lang'>, level: TableLevel): { registry: UnitRegistry; problems: readonly RegistryProblem[] } {
  const serves = builtinServes(level);
  const builtin: readonly UnitRecord[] = serves ? BUILTIN_UNIT_RECORDS : [];
  const reference = serves ? NATIONAL_REFERENCE : BUILTIN_REFERENCE;
  if (!options.registrySheet) return { registry: createUnitRegistry(builtin, reference), problems: [] };
  const { records, problems } = registryRecordsFromGrid(options.registrySheet.grid, {
    firstRow: options.registrySheet.firstRow ?? 1,
    lang: options.lang ?? 'zh-CN',
  });
  return { registry: createUnitRegistry(mergeRegistryRecords(builtin, records), reference), problems };
}

/** A matrix row's area targets as quotas of the areas (their standard names where the lexicon knows them). */
function matrixQuotas(row: TaskRow, lexicon: UnitLexicon): Quota[] {
  return (row.shares ?? []).flatMap((share) => {
    const target = columnTarget(share.target, row.measure);
    return target === null ? [] : [{ unit: lexicon.standardOf(share.place) ?? share.place, amount: target.amount, measure: target.measure }];
  });
}

/** Task rows whose unit cells tell the table's level: it shows within the first ones. */
const LEVEL_SAMPLE_ROWS = 200;

/** The unit cells of the first task rows, for telling the table's level. */
function unitCells(rows: readonly TaskRow[]): string[] {
  return rows.slice(0, LEVEL_SAMPLE_ROWS).flatMap((r) => [r.lead, r.units, r.support]);
}

function levelOf(layout: TableLayout, rows: readonly TaskRow[]): TableLevel {
  return tableLevel(layout.titleTexts, unitCells(rows));
}

/** What the check works out for a task before it is made: its units, deadline, state, quotas and text cell. */
interface TaskParts {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly deadline: Task['deadline'];
  readonly state: Task['state'];
  readonly quotas: Task['quotas'];
  readonly quotaTotal: Task['quotaTotal'];
  /** The one cell holding the task's whole text (`Task.textCell`), null where several cells or none do. */
  readonly textCell: string | null;
  /** The collective terms among its units (`Task.collective`). */
  readonly collective: readonly string[];
}

/** A task as the result holds it; every task is made here, so that all have the same shape. */
function taskOf(row: TaskRow, parts: TaskParts, progress?: ProgressFields): Task {
  return {
    row: row.row,
    no: row.no,
    text: row.text,
    lead: parts.lead,
    support: parts.support,
    deadline: parts.deadline,
    // A task its progress closes (every lead's 已完成, its targets met, 100%) is done: no finding may call it overdue.
    state: progress?.light === 'done' ? 'done' : parts.state,
    status: row.status,
    quotas: parts.quotas,
    quotaTotal: parts.quotaTotal,
    leader: row.leader,
    progress: row.status,
    ...(row.subRowOf === null ? {} : { subRowOf: row.subRowOf }),
    ...(parts.textCell === null ? {} : { textCell: parts.textCell }),
    ...(parts.collective.length === 0 ? {} : { collective: parts.collective }),
    ...(progress ? { progressRecord: progress.progressRecord, light: progress.light, expected: progress.expected } : {}),
  };
}

function collectiveNames(mentions: readonly PlacedMention[]): string[] {
  const names = new Set<string>();
  for (const m of mentions) if (m.mention.status === 'collective') names.add(m.mention.unit);
  return [...names];
}

function uniqueNames(mentions: readonly PlacedMention[], role: 'lead' | 'support'): string[] {
  const names = new Set<string>();
  for (const m of mentions) if (m.role === role) names.add(m.mention.unit);
  return [...names];
}

/**
 * The cell a row's task text is read from, when one cell holds all of it as written (not several text columns put
 * together, nor a matrix indicator's headers).
 */
function textCells(sheet: SheetGrid, taskColumn: string | null): (row: TaskRow) => string | null {
  if (taskColumn === null) return () => null;
  const column = columnNumber(taskColumn) - (sheet.firstColumn ?? 1);
  const firstRow = sheet.firstRow ?? 1;
  return (row) => {
    if (row.shares || row.text === '' || row.ownText !== row.text) return null;
    return cellText(sheet.grid[row.row - firstRow]?.[column] ?? null) === row.text ? `${taskColumn}${row.row}` : null;
  };
}

/** Runs work in steps, giving the host a turn (`between`) wherever the work yields. */
function* paced<S, R>(steps: Generator<S, R>, between: (step: S) => Generator<CheckProgress, void>): Generator<CheckProgress, R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield* between(step.value);
  }
}

export function* checkPhases(sheet: SheetGrid, options: CheckOptions, pacing: CheckPacing = {}): Generator<CheckProgress, CheckResult> {
  if (parseIsoDate(options.asOf) === null) throw new RangeError(`asOf must be a YYYY-MM-DD date: ${options.asOf}`);
  const lang = options.lang ?? 'zh-CN';
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const asOfYear = Number(options.asOf.slice(0, 4));
  const sliceRows = Math.max(1, Math.floor(pacing.sliceRows ?? DEFAULT_SLICE_ROWS));
  const shouldYield = pacing.shouldYield ?? (() => true);
  /** After a slice of work: the host's turn, if it wants one now. */
  function* turn(phase: CheckPhase, done: number, total: number): Generator<CheckProgress, void> {
    if (shouldYield()) yield progress(phase, done, total);
  }
  const sliceEnds = (i: number): boolean => (i + 1) % sliceRows === 0;

  /** The plan year the setting gives, else the one the texts name, else the as-of year, and which it was. */
  const planYearOf = (texts: readonly string[]): { readonly planYear: number; readonly planYearFrom: PlanYearSource } => {
    if (options.planYear !== undefined) return { planYear: options.planYear, planYearFrom: 'settings' };
    const named = findPlanYear(texts);
    return named === null ? { planYear: asOfYear, planYearFrom: 'asOf' } : { planYear: named, planYearFrom: 'table' };
  };

  yield progress('locate');
  const layout = yield* paced(locateTableSteps(sheet, sliceRows), (done) => turn('locate', done, 1));
  if (layout === null) {
    return {
      sheet: sheet.name,
      headerRow: null,
      columns: NO_COLUMNS,
      ...planYearOf([sheet.name]),
      asOf: options.asOf,
      lang,
      tasks: [],
      findings: finalizeFindings(tableNotFound(sheet), lang),
      districts: [],
      units: [],
      headers: [],
    };
  }
  const rows = layout.rows.filter((r): r is TaskRow => r.kind === 'task');
  const { planYear, planYearFrom } = planYearOf(layout.titleTexts);
  const level = levelOf(layout, rows);
  const { registry, problems: registryProblems } = registryFor(options, level);
  const rules = { supportIsUnits: layout.supportIsUnits };

  yield progress('units');
  // Unit cells repeat from row to row ("马尾区党工委、政府 …"): the reader parses each distinct text once.
  const parse = unitCellReader(registry);
  const mentions: PlacedMention[][] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as TaskRow;
    mentions.push(placeMentions(row, layout.columns, parse, rules));
    if (sliceEnds(i)) yield* turn('units', i + 1, rows.length);
  }

  // The places the table names, gathered from every row's mentions: the units' progress stays full meanwhile.
  const summary = yield* paced(summaryPlacesSteps(level, registry, mentions, sliceRows), () => turn('units', 1, 1));
  const places = summary.places;
  yield progress('quotas');
  const lexicon = placeLexicon(registry.lexicon(), places);
  const quotas: ReturnType<typeof parseQuotas>[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as TaskRow;
    // Rows of a merged task cell share its text; its quotas are counted once, on the merge's first row.
    quotas.push(parseQuotas(row.ownText, lexicon));
    if (sliceEnds(i)) yield* turn('quotas', i + 1, rows.length);
  }

  yield progress('deadlines');
  const tasks: AnalyzedTask[] = [];
  const parts: TaskParts[] = [];
  const textCellOf = textCells(sheet, layout.columns.task);
  let textCell: string | null = null;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as TaskRow;
    textCell = row.textInherited ? textCell : textCellOf(row);
    const deadline = parseDeadline(row.deadline, planYear);
    const placed = mentions[i] ?? [];
    const { quotas: shares, total } = quotas[i] ?? { quotas: [], total: null };
    const own: TaskParts = {
      lead: uniqueNames(placed, 'lead'),
      support: uniqueNames(placed, 'support'),
      deadline,
      state: taskState(deadline, row.status, options.asOf, dueSoonDays),
      quotas: row.shares ? matrixQuotas(row, lexicon) : shares,
      quotaTotal: total ?? columnTarget(row.target, row.measure),
      textCell,
      collective: collectiveNames(placed),
    };
    parts.push(own);
    tasks.push({ source: row, task: taskOf(row, own), mentions: placed });
    if (sliceEnds(i)) yield* turn('deadlines', TASKS_SHARE * (i + 1), rows.length);
  }

  // Progress (the table's progress columns, or the units' returns merged) gives each task its light.
  const judged = yield* paced(
    judgeProgressSteps(
      {
        sheet,
        layout,
        matrix: rows.some((r) => r.shares !== undefined),
        tasks: tasks.map((t) => t.task),
        planYear,
        asOf: options.asOf,
        dueSoonDays,
        options: options.progress,
        lang,
        standardUnit: (written) => parse(written)[0]?.unit ?? written,
        sendsReturn: (unit) => !registry.isCollective(unit) && parse(unit)[0]?.status !== 'unknown',
      },
      sliceRows,
    ),
    (done) => turn('deadlines', TASKS_SHARE + (1 - TASKS_SHARE) * done, 1),
  );
  // Each task made again with its progress, as one literal: a copy spread from the first would be slower to read.
  if (judged) {
    for (let i = 0; i < tasks.length; i += 1) {
      const { source, mentions: placed } = tasks[i] as AnalyzedTask;
      tasks[i] = { source, task: taskOf(source, parts[i] as TaskParts, judged.fields[i]), mentions: placed };
      if (sliceEnds(i)) yield* turn('deadlines', 1, 1);
    }
  }

  yield progress('findings');
  const scan = yield* paced(findingScanSteps({ layout, tasks, registryDistricts: places, summaryLevel: summary.level, asOf: options.asOf }, sliceRows), () =>
    turn('findings', 0, 1),
  );
  const drafts: FindingDraft[] = [...registrySheetFindings(registryProblems), ...scan.table];
  let checked = 0;
  for (const slice of taskSlices(tasks, sliceRows)) {
    for (const found of scan.rows(slice)) drafts.push(found);
    checked += slice.length;
    yield* turn('findings', CHECKING_SHARE * checked, tasks.length);
  }
  for (const found of leadFromUnits(layout, tasks.map((t) => t.source))) drafts.push(found);
  for (const found of judged?.drafts ?? []) drafts.push(found);
  const findings = yield* paced(finalizeFindingsSteps(drafts, lang, sliceRows * WORDS_PER_ROW_SLICE), (done) =>
    turn('findings', CHECKING_SHARE + (1 - CHECKING_SHARE) * (done / Math.max(1, drafts.length)), 1),
  );

  yield progress('summaries');
  const plain = tasks.map((t) => t.task);
  const districts = yield* paced(districtSummarySteps(plain, places, sliceRows), () => turn('summaries', 0.25, 1));
  const categoryOf = yield* paced(categoryLookupSteps(registry, mentions, sliceRows), () => turn('summaries', 0.5, 1));
  const listContext = { places, categoryOf, isCollective: registry.isCollective };
  const units = yield* paced(unitTaskListSteps(plain, listContext, sliceRows), () => turn('summaries', 0.75, 1));
  const progressReport = judged ? yield* paced(judged.reportSteps(plain, units, sliceRows), () => turn('summaries', 0.9, 1)) : null;
  const result: CheckResult = {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    columns: layout.columns,
    planYear,
    planYearFrom,
    asOf: options.asOf,
    lang,
    tasks: plain,
    findings,
    districts,
    units,
    headers: layout.headers,
    level: { ...level, summaryLevel: summary.level },
    ...(progressReport ? { progress: progressReport } : {}),
    // The last title text is the sheet's name, which the title falls back to.
    title: planTitle(layout.titleTexts.slice(0, -1)) ?? layout.sheet,
  };
  yield progress('summaries', 1, 1);
  return result;
}

export function checkTaskTable(sheet: SheetGrid, options: CheckOptions): CheckResult {
  // Nothing to hand control to: no yields but the phases' own.
  return finish(checkPhases(sheet, options, { shouldYield: () => false }));
}

/**
 * Runs the check, handing control to the host after every progress step. The engine has no timers (its lib knows no
 * setTimeout), so the host passes `yieldToHost`: a browser passes `() => new Promise((r) => setTimeout(r, 0))` so the
 * task pane repaints; without one, only a microtask passes between steps. `pacing` says how often steps come (a host
 * with a clock passes a time budget through `shouldYield`).
 */
export async function checkTaskTableAsync(
  sheet: SheetGrid,
  options: CheckOptions,
  onProgress?: (progress: CheckProgress) => void,
  yieldToHost: () => Promise<void> = () => Promise.resolve(),
  pacing?: CheckPacing,
): Promise<CheckResult> {
  const phases = checkPhases(sheet, options, pacing);
  for (;;) {
    const step = phases.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await yieldToHost();
  }
}
