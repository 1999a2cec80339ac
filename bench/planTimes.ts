// The write plan as Excel's pane builds it, on the UI thread: planWorkbookOutputSteps in the pane's slices, all parts.
// Its total time, and the longest stretch between two yields (the longest it holds the thread between two turns).
import { performance } from 'perf_hooks';
import { BUTTON_PARTS, checkTaskTable, planWorkbookOutputSteps, type CheckOptions, type SheetGrid } from '../src/core';
import { median } from './median';

/** The pane's planning slice (src/office/runCheck.ts). */
const PLAN_SLICE = 500;

export interface PlanTimes {
  /** Medians over the runs. */
  readonly totalMs: number;
  readonly longestStretchMs: number;
  readonly runs: number;
}

export function planTimes(sheet: SheetGrid, options: CheckOptions, runs: number): PlanTimes {
  const result = checkTaskTable(sheet, options);
  const measured = Array.from({ length: runs + 1 }, () => {
    const steps = planWorkbookOutputSteps(result, { parts: BUTTON_PARTS.all, lang: 'zh-CN', existingSheets: [sheet.name], ownedSheets: {} }, PLAN_SLICE);
    const start = performance.now();
    let since = start;
    let longest = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      const now = performance.now();
      longest = Math.max(longest, now - since);
      since = now;
      if (step.done) return { total: now - start, longest };
    }
  }).slice(1);
  return { totalMs: median(measured.map((m) => m.total)), longestStretchMs: median(measured.map((m) => m.longest)), runs };
}
