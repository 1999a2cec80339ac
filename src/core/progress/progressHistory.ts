// The earlier periods of 进展汇总, read back from the sheet an earlier merge wrote (found by its defined name), so that
// merging month after month keeps every period: its hidden key column ties each row to its task, and each period
// column ("2023-10 进展") holds that period's light and reports as the tool wrote them.
import { MESSAGES } from '../messages/messagesFor';
import type { CellValue, Lang, ProgressLight, ReturnState, SheetGrid } from '../model';
import { PROGRESS_LIGHTS, RETURN_STATES } from '../model';
import { cellText } from '../table/cellText';
import { comparePeriodsNewestFirst, periodAtStart } from './period';

/** The cells of a row of 进展汇总 that are of its latest merge only: the figures, problems and next steps. */
export interface HeldCells {
  readonly figures: string;
  readonly problems: string;
  readonly nextSteps: string;
}

export interface ProgressHistory {
  /** Newest first. */
  readonly periods: readonly string[];
  /** Per task key, each period's summary. */
  readonly byKey: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The period the sheet was last merged for (its first period column), null when it holds none. */
  readonly current: string | null;
  /** Per task key, that merge's other cells. */
  readonly held: ReadonlyMap<string, HeldCells>;
  /** The sheet's name, to say where progress came from. */
  readonly sheet: string;
}

export const NO_HISTORY: ProgressHistory = { periods: [], byKey: new Map(), current: null, held: new Map(), sheet: '' };

const LANGS = Object.keys(MESSAGES) as Lang[];
const HEADER_SEARCH_ROWS = 5;
const LIGHT_PREFIX = /^【([^】]+)】\n?/;

/** A period's summary as a 进展汇总 cell holds it: the light in 【】, then one line per unit. */
export function periodSummary(light: string, lines: readonly string[]): string {
  return `${light === '' ? '' : `【${light}】\n`}${lines.join('\n')}`;
}

/** The light and the lines of a summary cell. */
export function splitSummary(summary: string): { readonly light: ProgressLight | null; readonly lines: string } {
  const match = LIGHT_PREFIX.exec(summary);
  if (!match) return { light: null, lines: summary };
  const name = match[1] as string;
  const light = PROGRESS_LIGHTS.find((l) => LANGS.some((lang) => MESSAGES[lang].progress.light[l] === name)) ?? null;
  return { light, lines: summary.slice(match[0].length) };
}

/** One unit's line of a summary, read back: its state (null where the line names none), or that it sent nothing. */
export interface SummaryLine {
  readonly unit: string;
  readonly state: ReturnState | null;
  readonly notReported: boolean;
  readonly text: string;
}

/** The state words a line may carry, in every language the tool writes: 已完成, Done, 未报送 …. */
const LINE_STATES: ReadonlyMap<string, ReturnState | 'notReported'> = new Map(
  LANGS.flatMap((lang) => {
    const texts = MESSAGES[lang].progress;
    return [...RETURN_STATES.map((s) => [texts.returnState[s], s] as const), [texts.notReported, 'notReported'] as const];
  }),
);
/** What follows the unit on its line: "（已完成）：text", " (Done): text", "：text", or nothing. */
const AFTER_UNIT = /^(?:\s?[（(]([^（()）]*)[）)])?(?:[：:]\s?([\s\S]*))?$/;

/**
 * The units' lines of a summary cell (`periodSummary`), given the units that may appear in it (the task's own): a
 * line that starts with none of them continues the text of the line before (a report written over several lines).
 */
export function summaryLines(summary: string, units: readonly string[]): SummaryLine[] {
  const byLength = [...units].sort((a, b) => b.length - a.length);
  const lines: SummaryLine[] = [];
  for (const line of splitSummary(summary).lines.split('\n')) {
    let read: SummaryLine | null = null;
    for (const unit of byLength) {
      if (!line.startsWith(unit)) continue;
      const match = AFTER_UNIT.exec(line.slice(unit.length));
      const state = match?.[1] === undefined ? null : LINE_STATES.get(match[1].trim());
      if (!match || state === undefined) continue;
      read = { unit, state: state === 'notReported' ? null : state, notReported: state === 'notReported', text: match[2] ?? '' };
      break;
    }
    const last = lines[lines.length - 1];
    if (read !== null) lines.push(read);
    else if (last !== undefined) lines[lines.length - 1] = { ...last, text: `${last.text}\n${line}` };
  }
  return lines;
}

function isPeriodHeader(text: string): string | null {
  const period = periodAtStart(text);
  return period !== null && LANGS.some((lang) => MESSAGES[lang].progress.progressHeaders.period(period) === text) ? period : null;
}

export function readProgressHistory(sheet: SheetGrid | undefined): ProgressHistory {
  if (sheet === undefined) return NO_HISTORY;
  const headersOf = (pick: (h: (typeof MESSAGES)[Lang]['progress']['progressHeaders']) => string) => new Set(LANGS.map((lang) => pick(MESSAGES[lang].progress.progressHeaders)));
  const keyHeaders = headersOf((h) => h.key);
  const heldHeaders = { figures: headersOf((h) => h.figures), problems: headersOf((h) => h.problems), nextSteps: headersOf((h) => h.nextSteps) };
  for (let i = 0; i < Math.min(sheet.grid.length, HEADER_SEARCH_ROWS); i += 1) {
    const headers = (sheet.grid[i] ?? []).map(cellText);
    const keyColumn = headers.findIndex((h) => keyHeaders.has(h));
    const periodColumns = headers.map((h, j) => [isPeriodHeader(h), j] as const).filter((p): p is readonly [string, number] => p[0] !== null);
    if (keyColumn < 0 || periodColumns.length === 0) continue;
    const byKey = new Map<string, Record<string, string>>();
    const held = new Map<string, HeldCells>();
    const heldColumn = (names: ReadonlySet<string>): number => headers.findIndex((h) => names.has(h));
    const [figures, problems, nextSteps] = [heldHeaders.figures, heldHeaders.problems, heldHeaders.nextSteps].map(heldColumn) as [number, number, number];
    // Texts as written (their line breaks kept), other values as the table reader reads them.
    const textAt = (cells: readonly CellValue[], j: number): string => {
      const value = j < 0 ? null : cells[j];
      return typeof value === 'string' ? value : cellText(value);
    };
    for (const cells of sheet.grid.slice(i + 1)) {
      const key = cellText(cells[keyColumn]);
      if (key === '') continue;
      held.set(key, { figures: textAt(cells, figures), problems: textAt(cells, problems), nextSteps: textAt(cells, nextSteps) });
      const periods: Record<string, string> = {};
      for (const [period, j] of periodColumns) {
        const text = textAt(cells, j);
        if (text !== '') periods[period] = text;
      }
      byKey.set(key, periods);
    }
    return { periods: periodColumns.map(([p]) => p).sort(comparePeriodsNewestFirst), byKey, current: periodColumns[0]?.[0] ?? null, held, sheet: sheet.name };
  }
  return NO_HISTORY;
}

/**
 * The parts of a task its units closed before `period`: each unit whose line said 已完成 in the periods right before
 * it, with the period it first said so in that run (a part closed in November and carried through December was
 * closed in November).
 */
export function closedParts(history: ProgressHistory, key: string, period: string, units: readonly string[]): ReadonlyMap<string, string> {
  const kept = history.byKey.get(key);
  const closed = new Map<string, string>();
  if (kept === undefined) return closed;
  const earlier = history.periods.filter((p) => comparePeriodsNewestFirst(p, period) > 0);
  let open = new Set(units);
  for (const p of earlier) {
    const summary = kept[p];
    if (summary === undefined || open.size === 0) break;
    const done = new Set(summaryLines(summary, [...open]).filter((l) => l.state === 'done').map((l) => l.unit));
    for (const unit of done) closed.set(unit, p);
    // The run goes back as long as each older period says 已完成 too.
    open = new Set([...open].filter((u) => done.has(u)));
  }
  return closed;
}
