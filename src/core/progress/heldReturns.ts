// The returns 进展汇总 holds, read back as returns: the tool's sheet is its record of what the units returned for the
// period it was last merged for (each unit's line of that period: its state and text; its actual in 完成值/目标值; its
// problems and next steps), so that a check of a workbook holding it judges with that progress, as the merge did,
// instead of forgetting it. What only the files knew (which rows did not match, which file was for another period) is
// not in the sheet and is not said again.
import { MESSAGES } from '../messages/messagesFor';
import type { ReturnReport, ReturnRow, Task } from '../model';
import { baseAmount } from '../quotas/displayAmount';
import { summaryLines, type ProgressHistory } from './progressHistory';

/** An amount as 进展汇总 writes it (9500万元, 1.33亿元, 15名, 95,000,000 yuan); null for — and what is no amount. */
function heldAmount(text: string): number | null {
  const match = /^(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  return match ? baseAmount(Number((match[1] as string).replace(/,/g, '')), (match[2] as string).trim()) : null;
}

/** A cell written per unit ("马尾区：…" lines), or one unit's text alone where it was the only one to write. */
function perUnit(cell: string, units: readonly string[], sole: string | null): ReadonlyMap<string, string> {
  const lines = summaryLines(cell, units);
  if (lines.length === 0) return new Map(cell !== '' && sole !== null ? [[sole, cell]] : []);
  return new Map(lines.map((l) => [l.unit, l.text] as const));
}

const STATE_WORDS = MESSAGES['zh-CN'].progress.returnState;

/** The held period's reports as one return per unit, in the order the sheet first names each unit. */
export function heldReturns(history: ProgressHistory, tasks: readonly Task[], keys: readonly string[]): ReturnReport[] {
  const period = history.current;
  if (period === null) return [];
  const rowsOf = new Map<string, ReturnRow[]>();
  tasks.forEach((task, i) => {
    const key = keys[i] as string;
    const summary = history.byKey.get(key)?.[period];
    if (summary === undefined) return;
    const units = [...task.lead, ...task.support];
    const reported = summaryLines(summary, units).filter((l) => !l.notReported);
    const sole = reported.length === 1 ? (reported[0]?.unit ?? null) : null;
    const cells = history.held.get(key);
    const figures = perUnit(cells?.figures ?? '', units, sole);
    const problems = perUnit(cells?.problems ?? '', units, sole);
    const nextSteps = perUnit(cells?.nextSteps ?? '', units, sole);
    for (const line of reported) {
      const figure = figures.get(line.unit);
      const row: ReturnRow = {
        row: 0,
        key,
        no: task.no,
        text: '',
        progress: line.text,
        state: line.state === null ? '' : STATE_WORDS[line.state],
        actual: figure === undefined ? null : heldAmount(figure.split(' / ')[0] ?? ''),
        measure: '',
        problems: problems.get(line.unit) ?? '',
        nextSteps: nextSteps.get(line.unit) ?? '',
      };
      const own = rowsOf.get(line.unit);
      if (own) own.push(row);
      else rowsOf.set(line.unit, [row]);
    }
  });
  return [...rowsOf].map(([unit, rows]) => ({ file: history.sheet, unit, period, recognized: true, rows }));
}
