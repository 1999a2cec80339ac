// Command line → what to do. Every bad value becomes a BAD_OPTION HostError whose detail names the option, so the
// user gets one clear line instead of a run on a wrong date.
import { formatPeriod, HostError, parseIsoDate, parsePeriod, type Lang } from '../core';

export interface CheckCommand {
  readonly kind: 'check';
  readonly input: string;
  readonly sheet?: string;
  readonly year?: number;
  readonly asOf?: string;
  readonly dueSoonDays?: number;
  readonly lang?: Lang;
  readonly out?: string;
  readonly json: boolean;
  /** Percentage points behind 序时进度 still on schedule. */
  readonly tolerance?: number;
  /** Print the 通报 paragraph after the report. */
  readonly bulletin: boolean;
  /** 单位进展排名 by completion rate instead of the units' order. */
  readonly rank: boolean;
}

/** task-check returns: one return workbook per lead unit for a period, written into a folder. */
export interface ReturnsCommand extends Omit<CheckCommand, 'kind' | 'out' | 'json' | 'bulletin' | 'rank'> {
  readonly kind: 'returns';
  readonly period: string;
  readonly outDir: string;
}

/** task-check merge: the returns merged into a checked copy of the table. */
export interface MergeCommand extends Omit<CheckCommand, 'kind' | 'out'> {
  readonly kind: 'merge';
  readonly returns: readonly string[];
  readonly period: string;
  readonly out: string;
}

export interface ClearCommand {
  readonly kind: 'clear';
  readonly input: string;
  readonly out: string;
  readonly lang?: Lang;
}

export type Command = CheckCommand | ClearCommand | ReturnsCommand | MergeCommand | { readonly kind: 'help'; readonly lang?: Lang };

/** Which option a bad value belongs to, and why it is bad: the CLI's message table words it. */
export type OptionProblem =
  | 'missingInput'
  | 'missingOut'
  | 'missingValue'
  | 'unknownOption'
  | 'extraArgument'
  | 'badDate'
  | 'badYear'
  | 'badDays'
  | 'badLang'
  | 'outNotXlsm'
  | 'outXlsmWithoutMacros'
  | 'missingPeriod'
  | 'badPeriod'
  | 'missingOutDir'
  | 'badTolerance'
  | 'missingReturns';

export class OptionError extends HostError {
  constructor(
    readonly problem: OptionProblem,
    readonly option: string,
    readonly value?: string,
  ) {
    super('BAD_OPTION', { detail: value === undefined ? option : `${option} ${value}` });
  }
}

const VALUE_OPTIONS = ['--sheet', '--year', '--as-of', '--due-soon', '--lang', '--out', '--period', '--out-dir', '--tolerance'] as const;
const FLAGS = ['--json', '--help', '--bulletin', '--rank'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

function isValueOption(arg: string): arg is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(arg);
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value) || Number(value) < 1900) throw new OptionError('badYear', '--year', value);
  return Number(value);
}

function parseDays(value: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new OptionError('badDays', '--due-soon', value);
  return Number(value);
}

function parseDate(value: string): string {
  if (!parseIsoDate(value)) throw new OptionError('badDate', '--as-of', value);
  return value;
}

function parsePeriodOption(value: string): string {
  const period = parsePeriod(value);
  if (!period) throw new OptionError('badPeriod', '--period', value);
  return formatPeriod(period);
}

function parseTolerance(value: string): number {
  if (!/^\d{1,3}(\.\d+)?$/.test(value) || Number(value) > 100) throw new OptionError('badTolerance', '--tolerance', value);
  return Number(value);
}

function parseLang(value: string): Lang {
  const lang = LANGS.find((l) => l === value);
  if (!lang) throw new OptionError('badLang', '--lang', value);
  return lang;
}

/** Splits `--name value` and `--name=value` pairs from positional arguments. */
function scan(argv: readonly string[]): { values: Partial<Record<ValueOption, string>>; flags: Set<string>; positional: string[] } {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (isValueOption(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[(i += 1)];
      if (value === undefined || value === '') throw new OptionError('missingValue', name);
      values[name] = value;
    } else if ((FLAGS as readonly string[]).includes(name) || name === '-h') {
      flags.add(name === '-h' ? '--help' : name);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new OptionError('unknownOption', arg);
    } else {
      positional.push(arg);
    }
  }
  return { values, flags, positional };
}

export function parseArgs(argv: readonly string[]): Command {
  const { values, flags, positional } = scan(argv);
  const lang = values['--lang'] === undefined ? undefined : parseLang(values['--lang']);
  if (flags.has('--help')) return { kind: 'help', ...(lang ? { lang } : {}) };

  if (positional[0] === 'clear') {
    const [, input, extra] = positional;
    if (input === undefined) throw new OptionError('missingInput', 'clear');
    if (extra !== undefined) throw new OptionError('extraArgument', extra);
    const out = values['--out'];
    if (out === undefined) throw new OptionError('missingOut', '--out');
    return { kind: 'clear', input, out, ...(lang ? { lang } : {}) };
  }

  const common = {
    ...(values['--sheet'] !== undefined ? { sheet: values['--sheet'] } : {}),
    ...(values['--year'] !== undefined ? { year: parseYear(values['--year']) } : {}),
    ...(values['--as-of'] !== undefined ? { asOf: parseDate(values['--as-of']) } : {}),
    ...(values['--due-soon'] !== undefined ? { dueSoonDays: parseDays(values['--due-soon']) } : {}),
    ...(values['--tolerance'] !== undefined ? { tolerance: parseTolerance(values['--tolerance']) } : {}),
    ...(lang ? { lang } : {}),
  };
  const period = (command: string): string => {
    const value = values['--period'];
    if (value === undefined) throw new OptionError('missingPeriod', command);
    return parsePeriodOption(value);
  };

  if (positional[0] === 'returns') {
    const [, input, extra] = positional;
    if (input === undefined) throw new OptionError('missingInput', 'returns');
    if (extra !== undefined) throw new OptionError('extraArgument', extra);
    const outDir = values['--out-dir'];
    if (outDir === undefined) throw new OptionError('missingOutDir', '--out-dir');
    return { kind: 'returns', input, period: period('returns'), outDir, ...common };
  }

  if (positional[0] === 'merge') {
    const [, input, ...returns] = positional;
    if (input === undefined) throw new OptionError('missingInput', 'merge');
    if (returns.length === 0) throw new OptionError('missingReturns', 'merge');
    const out = values['--out'];
    if (out === undefined) throw new OptionError('missingOut', '--out', 'merge');
    return { kind: 'merge', input, returns, period: period('merge'), out, json: flags.has('--json'), bulletin: flags.has('--bulletin'), rank: flags.has('--rank'), ...common };
  }

  const [input, extra] = positional;
  if (input === undefined) throw new OptionError('missingInput', 'task-check');
  if (extra !== undefined) throw new OptionError('extraArgument', extra);
  return {
    kind: 'check',
    input,
    json: flags.has('--json'),
    bulletin: flags.has('--bulletin'),
    rank: flags.has('--rank'),
    ...common,
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
  };
}
