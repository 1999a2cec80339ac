// What to write back into the workbook after a check. Hosts apply the plan literally.
import type { Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import type { CheckResult, Lang, OwnedSheetKey, SheetPlan, WritePlan } from '../model';
import { fitSheetCells } from './cellTextLimit';
import { districtSheet } from './districtSheet';
import { findingsSheet } from './findingsSheet';
import type { SheetBody } from './sheetBody';
import { highlightRules } from './highlightRanges';
import { rowHeights } from './rowHeights';
import type { SheetContext } from './sheetLayout';
import { chooseSheetName } from './sheetNaming';
import { fitSheetRows } from './sheetRowLimit';
import { unitTasksSheet } from './unitTasksSheet';

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
  summaries: ['districts', 'unitTasks'],
};

/** One builder per sheet the tool writes; each lays its sheet out with toolSheetLayout (sheetLayout.ts). */
const BUILDERS: Readonly<Record<OwnedSheetKey, (result: CheckResult, messages: Messages, context: SheetContext) => SheetBody>> = {
  findings: findingsSheet,
  districts: districtSheet,
  unitTasks: unitTasksSheet,
};

export function planWorkbookOutput(result: CheckResult, options: OutputOptions): WritePlan {
  const messages = messagesFor(options.lang);
  const keys = (['findings', 'summaries'] as const).filter((p) => options.parts.includes(p)).flatMap((p) => SHEETS_OF_PART[p]);
  const context: SheetContext = { madeAt: options.madeAt ?? null };
  const sheets: SheetPlan[] = [];
  for (const key of keys) {
    const name = chooseSheetName(key, { ...options, planned: sheets.map((s) => s.name) });
    const body = fitSheetCells(fitSheetRows(BUILDERS[key](result, messages, context), messages.rowsOmitted));
    sheets.push({ key, name, ...body, rowHeights: rowHeights(body) });
  }
  return {
    taskSheet: result.sheet,
    highlights: options.parts.includes('highlights') && result.headerRow !== null ? highlightRules(result) : [],
    sheets,
  };
}
