// task-check: the Node host. Reads a workbook, checks it with the engine through the shared workbook adapter, prints
// a report or one JSON document, and writes a checked copy on request. Exit 0: it ran; 2: bad input; 1: unexpected.
import * as path from 'path';
import { BUTTON_PARTS, HostError, hostErrorMessage, jsonReport, localDateTime, localIsoDate, periodPastPlanYear, returnsAsOf, type CheckProgress, type CheckResult, type Lang } from '../core';
import { checkAndSummarizeWorkbook, checkWorkbookTable, clearWorkbook, mergeReturnWorkbooks, openWorkbookFile, writeReturnWorkbooks } from '../xlsx';
import { OptionError, parseArgs, type CheckCommand, type ClearCommand, type MergeCommand, type ReturnsCommand } from './args';
import { ZLIB_COMPRESSION } from './zlibCompression';
import { langFromEnv } from './lang';
import { CLI_MESSAGES } from './messages';
import { messagesFor } from '../core';
import { PROGRESS_MIN_ROWS, progressBar, type ProgressStream } from './progressBar';
import { readInput } from './readInput';
import { formatReport } from './report';
import { ensureOutputIsNotInput, writeFileAtomic } from './writeFileAtomic';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

const EXIT_OK = 0;
const EXIT_UNEXPECTED = 1;
const EXIT_BAD_INPUT = 2;

/** Excel opens a workbook only under the extension of its kind: a macro-enabled one as .xlsm, any other not. */
function ensureOutputExtension(macroEnabled: boolean, out: string): void {
  const xlsm = /\.xlsm$/i.test(out);
  if (macroEnabled && !xlsm) throw new OptionError('outNotXlsm', '--out', out);
  if (!macroEnabled && xlsm) throw new OptionError('outXlsmWithoutMacros', '--out', out);
}

/** The report, and the 通报 after it when asked for. */
function reportText(result: CheckResult, lang: Lang, bulletin: boolean, asOfWasToday: boolean): string {
  const report = formatReport(result, lang, asOfWasToday);
  if (!bulletin) return report;
  return `${report}\n${result.progress ? `${messagesFor(lang).progress.bulletinTitle}\n${result.progress.bulletin}` : CLI_MESSAGES[lang].report.noProgress}\n`;
}

function printReport(result: CheckResult, lang: Lang, bulletin: boolean, asOfWasToday: boolean, io: CliIo): void {
  io.stdout.write(reportText(result, lang, bulletin, asOfWasToday));
}

async function runCheck(command: CheckCommand, lang: Lang, io: CliIo): Promise<void> {
  if (command.out !== undefined) ensureOutputIsNotInput(command.input, command.out);
  const bytes = readInput(command.input);
  const bar = io.stderr.isTTY ? progressBar(io.stderr, CLI_MESSAGES[lang].progress) : null;
  const options = {
    asOf: command.asOf ?? localIsoDate(io.now()),
    lang,
    sheet: command.sheet,
    year: command.year,
    dueSoonDays: command.dueSoonDays,
    ...(command.tolerance !== undefined || command.rank
      ? { progress: { ...(command.tolerance !== undefined ? { tolerance: command.tolerance } : {}), ...(command.rank ? { rankByCompletion: true } : {}) } }
      : {}),
    onProgress: bar ? (p: CheckProgress, rows: number) => rows > PROGRESS_MIN_ROWS && bar.update(p) : undefined,
  };
  // What is printed is all the command keeps of the result: the copy is written without it (checkAndSummarizeWorkbook).
  const textOf = (result: CheckResult): string => {
    if (command.json) return `${JSON.stringify(jsonReport(result))}\n`;
    const noRanking = command.rank && !result.progress ? `${CLI_MESSAGES[lang].report.noRanking}\n` : '';
    return reportText(result, lang, command.bulletin, command.asOf === undefined) + noRanking;
  };
  let text: string;
  try {
    if (command.out === undefined) {
      // Without --out nothing is written, so the copy is not built: saving is most of the time on long tables.
      text = textOf((await checkWorkbookTable(bytes, options)).result);
    } else {
      const checked = await checkAndSummarizeWorkbook(
        bytes,
        { ...options, parts: BUTTON_PARTS.all, madeAt: localDateTime(io.now()), ...(ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {}) },
        textOf,
      );
      text = checked.summary;
      ensureOutputExtension(checked.macroEnabled, command.out);
      writeFileAtomic(command.out, checked.output);
    }
  } finally {
    bar?.done();
  }
  io.stdout.write(text);
  if (!command.json && command.out !== undefined) io.stdout.write(`${CLI_MESSAGES[lang].report.written(command.out)}\n`);
}

function periodAsOf(command: { readonly asOf?: string; readonly period: string }, io: CliIo): string {
  return returnsAsOf(command.period, command.asOf, localIsoDate(io.now()));
}

function tableOptions(command: Omit<CheckCommand, 'kind' | 'out' | 'json' | 'bulletin' | 'rank'>, asOf: string, lang: Lang) {
  return {
    asOf,
    lang,
    ...(command.sheet !== undefined ? { sheet: command.sheet } : {}),
    ...(command.year !== undefined ? { year: command.year } : {}),
    ...(command.dueSoonDays !== undefined ? { dueSoonDays: command.dueSoonDays } : {}),
    ...(ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {}),
  };
}

async function runReturns(command: ReturnsCommand, lang: Lang, io: CliIo): Promise<void> {
  const bytes = readInput(command.input);
  const { files, result } = await writeReturnWorkbooks(bytes, { ...tableOptions(command, periodAsOf(command, io), lang), period: command.period });
  for (const file of files) {
    const target = path.join(command.outDir, file.name);
    ensureOutputIsNotInput(command.input, target);
    writeFileAtomic(target, file.bytes);
  }
  writePeriodPastPlanYear(result, command.period, lang, io);
  io.stdout.write(`${CLI_MESSAGES[lang].report.returnsWritten(files.length, command.outDir)}\n`);
}

/** One line where the period is after the plan year, as a check by a today past it says. */
function writePeriodPastPlanYear(result: CheckResult, period: string, lang: Lang, io: CliIo): void {
  const over = periodPastPlanYear(result, period);
  if (over) io.stdout.write(`${CLI_MESSAGES[lang].report.periodPastPlanYear(period, over.planYear, result.asOf, over.overdue)}\n`);
}

async function runMerge(command: MergeCommand, lang: Lang, io: CliIo): Promise<void> {
  for (const input of [command.input, ...command.returns]) ensureOutputIsNotInput(input, command.out);
  const table = readInput(command.input);
  const returns = command.returns.map((file) => ({ name: path.basename(file), bytes: readInput(file) }));
  const merged = await mergeReturnWorkbooks(table, returns, {
    ...tableOptions(command, periodAsOf(command, io), lang),
    period: command.period,
    madeAt: localDateTime(io.now()),
    ...(command.tolerance !== undefined ? { tolerance: command.tolerance } : {}),
    rankByCompletion: command.rank,
  });
  ensureOutputExtension(merged.macroEnabled, command.out);
  writeFileAtomic(command.out, merged.output);
  if (command.json) {
    io.stdout.write(`${JSON.stringify(jsonReport(merged.result))}\n`);
    return;
  }
  printReport(merged.result, lang, command.bulletin, false, io);
  writePeriodPastPlanYear(merged.result, command.period, lang, io);
  const progress = merged.result.progress;
  const report = CLI_MESSAGES[lang].report;
  io.stdout.write(`${report.merged(progress?.mergedFiles?.length ?? 0, progress?.rejectedFiles ?? [], progress?.notReturned ?? [])}\n${report.written(command.out)}\n`);
}

async function runClear(command: ClearCommand): Promise<void> {
  ensureOutputIsNotInput(command.input, command.out);
  const bytes = readInput(command.input);
  ensureOutputExtension(openWorkbookFile(bytes).macroEnabled, command.out);
  writeFileAtomic(command.out, await clearWorkbook(bytes, { ...(ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {}) }));
}

/** One line for any failure; bad input and options name what is wrong, never a stack trace. */
function failure(error: unknown, lang: Lang, input: string | undefined): { line: string; code: number } {
  const texts = CLI_MESSAGES[lang];
  if (error instanceof OptionError) {
    return { line: texts.option[error.problem](error.option, error.value ?? ''), code: EXIT_BAD_INPUT };
  }
  if (error instanceof HostError) {
    const where = { ...error.where, ...(error.where.path === undefined && input !== undefined ? { path: input } : {}) };
    return { line: hostErrorMessage({ code: error.code, where }, lang), code: error.code === 'UNEXPECTED' ? EXIT_UNEXPECTED : EXIT_BAD_INPUT };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { line: texts.unexpected(detail.split('\n')[0] ?? ''), code: EXIT_UNEXPECTED };
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang = langFromEnv(io.env);
  let input: string | undefined;
  try {
    const command = parseArgs(argv);
    lang = command.lang ?? lang;
    input = command.kind === 'help' ? undefined : command.input;
    if (command.kind === 'help') io.stdout.write(CLI_MESSAGES[lang].help);
    else if (command.kind === 'clear') await runClear(command);
    else if (command.kind === 'returns') await runReturns(command, lang, io);
    else if (command.kind === 'merge') await runMerge(command, lang, io);
    else await runCheck(command, lang, io);
    return EXIT_OK;
  } catch (error) {
    const { line, code } = failure(error, lang, input);
    io.stderr.write(`${line}\n`);
    return code;
  }
}

/**
 * The clock of the command: the time SOURCE_DATE_EPOCH gives (seconds, the reproducible-builds convention), so that a
 * script can make the same copy twice, else now. It dates the sheets and, without --as-of, is the as-of day.
 */
export function commandClock(env: NodeJS.ProcessEnv): () => Date {
  // The convention's value is a whole number of seconds; an empty or other value is no clock (Number('') would be 1970).
  const written = env.SOURCE_DATE_EPOCH?.trim() ?? '';
  const epoch = /^\d+$/.test(written) ? Number(written) : NaN;
  return Number.isFinite(epoch) ? () => new Date(epoch * 1000) : () => new Date();
}

/** Entry point for bin/task-check.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
  run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, now: commandClock(process.env) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_UNEXPECTED;
    },
  );
}
