// What to write back into the workbook after a check. Hosts apply the plan literally.
import type { Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import type { CheckResult, Lang, OwnedSheetKey, SheetPlan, WritePlan } from '../model';
import { fitSheetCellsSteps } from './cellTextLimit';
import { fitNumberWidths } from './columnWidth';
import { districtSheetSteps } from './districtSheet';
import { findingsSheetSteps } from './findingsSheet';
import type { SheetBody } from './sheetBody';
import { highlightRulesSteps } from './highlightRanges';
import { progressSheetSteps } from './progressSheet';
import { rowHeightsSteps } from './rowHeights';
import type { SheetContext } from './sheetLayout';
import { unitProgressSheet } from './unitProgressSheet';
import { chooseSheetName } from './sheetNaming';
import { fitSheetRows } from './sheetRowLimit';
import { unitTasksSheetSteps } from './unitTasksSheet';
import { finish } from '../steps';

export type OutputPart = 'highlights' | 'findings' | 'summaries';

/** What each button writes: 校验表格 the marks and the findings, 生成区县汇总表 the summaries; --out and file download all. */
export const BUTTON_PARTS = {
  validate: ['highlights', 'findings'],
  summarize: ['summaries'],
  all: ['highlights', 'findings', 'summaries'],
} as const satisfies Readonly<Record<string, readonly OutputPart[]>>;

export interface OutputOptions {
  readonly parts: readonly OutputPart[];
  readonly lang: Lang;
  /** Every sheet name of the workbook, the tool's own included. */
  readonly existingSheets: readonly string[];
  /** Current names of the sheets an earlier run wrote (found by their defined names, see ownership.ts). */
  readonly ownedSheets: Partial<Record<OwnedSheetKey, string>>;
  /** When the plan is made, by the host's clock ('YYYY-MM-DD HH:mm', `localDateTime`), for the sheets' titles. */
  readonly madeAt?: string;
}

const SHEETS_OF_PART: Readonly<Record<Exclude<OutputPart, 'highlights'>, readonly OwnedSheetKey[]>> = {
  findings: ['findings'],
  summaries: ['districts', 'unitTasks', 'unitProgress', 'progress'],
};

/**
 * What builds one sheet: its body at once, or in steps that yield after every `slice` rows' worth of work (so that a
 * host on a UI thread can breathe while a long sheet is built). Each lays its sheet out with toolSheetLayout.
 */
export type SheetBuilder = (result: CheckResult, messages: Messages, context: SheetContext, slice: number) => SheetBody | Generator<void, SheetBody>;

/** One builder per sheet the tool writes. */
const BUILDERS: Readonly<Record<OwnedSheetKey, SheetBuilder>> = {
  findings: findingsSheetSteps,
  districts: districtSheetSteps,
  unitTasks: unitTasksSheetSteps,
  unitProgress: unitProgressSheet,
  progress: progressSheetSteps,
};

/** The progress sheets where there is progress: 单位进展排名 with any, 进展汇总 after a merge of returns. */
function applies(key: OwnedSheetKey, result: CheckResult): boolean {
  if (key === 'unitProgress') return result.progress !== undefined;
  if (key === 'progress') return result.progress?.merged !== undefined;
  return true;
}

/** Findings are lighter work than a sheet's rows: this many of them make one slice. */
const FINDINGS_PER_ROW = 10;

function isSteps(built: SheetBody | Generator<void, SheetBody>): built is Generator<void, SheetBody> {
  return typeof (built as Generator<void, SheetBody>).next === 'function';
}

export function planWorkbookOutput(result: CheckResult, options: OutputOptions): WritePlan {
  return finish(planWorkbookOutputSteps(result, options));
}

/** The plan, yielding between its pieces and after every `slice` rows' worth of work within the long ones. */
export function* planWorkbookOutputSteps(result: CheckResult, options: OutputOptions, slice = Number.POSITIVE_INFINITY): Generator<void, WritePlan> {
  const messages = messagesFor(options.lang);
  const keys = (['findings', 'summaries'] as const)
    .filter((p) => options.parts.includes(p))
    .flatMap((p) => SHEETS_OF_PART[p])
    .filter((key) => applies(key, result));
  const context: SheetContext = { madeAt: options.madeAt ?? null };
  const highlights = options.parts.includes('highlights') && result.headerRow !== null ? yield* highlightRulesSteps(result, slice * FINDINGS_PER_ROW) : [];
  const sheets: SheetPlan[] = [];
  for (const key of keys) {
    yield;
    const name = chooseSheetName(key, { ...options, planned: sheets.map((s) => s.name) });
    const built = BUILDERS[key](result, messages, context, key === 'findings' ? slice * FINDINGS_PER_ROW : slice);
    const whole = isSteps(built) ? yield* built : built;
    yield;
    const fitted = yield* fitSheetCellsSteps(fitSheetRows(whole, messages.rowsOmitted), slice);
    const body = { ...fitted, columns: fitNumberWidths(fitted.columns, fitted.rows) };
    yield;
    sheets.push({ key, name, ...body, rowHeights: yield* rowHeightsSteps(body, slice) });
  }
  return { taskSheet: result.sheet, highlights, sheets };
}
