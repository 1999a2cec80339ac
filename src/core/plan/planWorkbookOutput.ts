// What to write back into the workbook after a check. Hosts apply the plan literally.
import type { Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import type { CheckResult, Lang, OwnedSheetKey, SheetPlan, WritePlan } from '../model';
import { fitSheetCells } from './cellTextLimit';
import { districtSheet } from './districtSheet';
import { findingsSheet } from './findingsSheet';
import type { SheetBody } from './sheetBody';
import { highlightRules } from './highlightRanges';
import { progressSheet } from './progressSheet';
import { unitProgressSheet } from './unitProgressSheet';
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
}

const SHEETS_OF_PART: Readonly<Record<Exclude<OutputPart, 'highlights'>, readonly OwnedSheetKey[]>> = {
  findings: ['findings'],
  summaries: ['districts', 'unitTasks', 'unitProgress', 'progress'],
};

const BUILDERS: Readonly<Record<OwnedSheetKey, (result: CheckResult, messages: Messages) => SheetBody>> = {
  findings: findingsSheet,
  districts: districtSheet,
  unitTasks: unitTasksSheet,
  unitProgress: unitProgressSheet,
  progress: progressSheet,
};

/** The progress sheets where there is progress: 单位进展排名 with any, 进展汇总 after a merge of returns. */
function applies(key: OwnedSheetKey, result: CheckResult): boolean {
  if (key === 'unitProgress') return result.progress !== undefined;
  if (key === 'progress') return result.progress?.merged !== undefined;
  return true;
}

export function planWorkbookOutput(result: CheckResult, options: OutputOptions): WritePlan {
  const messages = messagesFor(options.lang);
  const keys = (['findings', 'summaries'] as const).filter((p) => options.parts.includes(p)).flatMap((p) => SHEETS_OF_PART[p])
    .filter((key) => applies(key, result));
  const sheets: SheetPlan[] = [];
  for (const key of keys) {
    const name = chooseSheetName(key, { ...options, planned: sheets.map((s) => s.name) });
    sheets.push({ key, name, ...fitSheetCells(fitSheetRows(BUILDERS[key](result, messages), messages.rowsOmitted)) });
  }
  return {
    taskSheet: result.sheet,
    highlights: options.parts.includes('highlights') && result.headerRow !== null ? highlightRules(result) : [],
    sheets,
  };
}
