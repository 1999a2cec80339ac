// The earlier periods of 进展汇总, read back from the sheet an earlier merge wrote (found by its defined name), so that
// merging month after month keeps every period: its hidden key column ties each row to its task, and each period
// column ("2023-10 进展") holds that period's light and reports as the tool wrote them.
import { MESSAGES } from '../messages/messagesFor';
import type { Lang, ProgressLight, SheetGrid } from '../model';
import { PROGRESS_LIGHTS } from '../model';
import { cellText } from '../table/cellText';
import { comparePeriodsNewestFirst, periodAtStart } from './period';

export interface ProgressHistory {
  /** Newest first. */
  readonly periods: readonly string[];
  /** Per task key, each period's summary. */
  readonly byKey: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

export const NO_HISTORY: ProgressHistory = { periods: [], byKey: new Map() };

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

function isPeriodHeader(text: string): string | null {
  const period = periodAtStart(text);
  return period !== null && LANGS.some((lang) => MESSAGES[lang].progress.progressHeaders.period(period) === text) ? period : null;
}

export function readProgressHistory(sheet: SheetGrid | undefined): ProgressHistory {
  if (sheet === undefined) return NO_HISTORY;
  const keyHeaders = new Set(LANGS.map((lang) => MESSAGES[lang].progress.progressHeaders.key));
  for (let i = 0; i < Math.min(sheet.grid.length, HEADER_SEARCH_ROWS); i += 1) {
    const headers = (sheet.grid[i] ?? []).map(cellText);
    const keyColumn = headers.findIndex((h) => keyHeaders.has(h));
    const periodColumns = headers.map((h, j) => [isPeriodHeader(h), j] as const).filter((p): p is readonly [string, number] => p[0] !== null);
    if (keyColumn < 0 || periodColumns.length === 0) continue;
    const byKey = new Map<string, Record<string, string>>();
    for (const cells of sheet.grid.slice(i + 1)) {
      const key = cellText(cells[keyColumn]);
      if (key === '') continue;
      const periods: Record<string, string> = {};
      for (const [period, j] of periodColumns) {
        const text = typeof cells[j] === 'string' ? (cells[j] as string) : cellText(cells[j]);
        if (text !== '') periods[period] = text;
      }
      byKey.set(key, periods);
    }
    return { periods: periodColumns.map(([p]) => p).sort(comparePeriodsNewestFirst), byKey };
  }
  return NO_HISTORY;
}
