// The read half of a button press. Each `queue…` function queues loads on the context and returns a function that
// turns the loaded proxies into plain data once the caller has synced; a caller queues everything it needs, syncs once,
// then resolves. Cells are read by readCells.ts, which may need more than one sync for a large sheet.
import { OWNED_SHEET_NAMES, isOwnedHighlightFormula, sheetNameOfReference, type OwnedSheetKey, type SheetGrid } from '../core';
import type { XlConditionalFormat, XlContext, XlWorksheet } from './excelTypes';

export interface SheetInfo {
  readonly name: string;
  readonly protected: boolean;
}

export interface WorkbookState {
  /** In tab order. */
  readonly sheets: readonly SheetInfo[];
  readonly active: string | null;
  /** The tool's sheets by key, as their defined names say (current names, after any rename by the user). */
  readonly owned: Partial<Record<OwnedSheetKey, string>>;
  /** The tool's defined names whose sheet the user deleted (#REF!): removed before they are written again. */
  readonly staleNames: readonly string[];
  /** Workbook structure protection: no sheets can be added or renamed. */
  readonly structureProtected: boolean;
}

export interface SheetData {
  /** The sheet's proxy, for writes later in the same run. */
  readonly sheet: XlWorksheet;
  readonly grid: SheetGrid;
  /** The tool's own highlight rules on the sheet, to delete on a rerun or a clear. */
  readonly ownedRules: readonly XlConditionalFormat[];
  /** How many rules the user has on the sheet: the tool's new rules go after them. */
  readonly userRuleCount: number;
}

/** The user's sheets in tab order: every sheet but the tool's own. */
export function userSheets(state: WorkbookState): SheetInfo[] {
  const owned = new Set(Object.values(state.owned));
  return state.sheets.filter((sheet) => !owned.has(sheet.name));
}

const OWNED_KEY_BY_NAME = new Map<string, OwnedSheetKey>(
  (Object.entries(OWNED_SHEET_NAMES) as [OwnedSheetKey, string][]).map(([key, name]) => [name, key]),
);

export function queueWorkbookState(context: XlContext): () => WorkbookState {
  const { worksheets, names, protection } = context.workbook;
  worksheets.load({ name: true, position: true, protection: { protected: true } });
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  names.load({ name: true, value: true });
  protection.load('protected');

  return () => {
    const sheets = [...worksheets.items]
      .sort((a, b) => a.position - b.position)
      .map((sheet) => ({ name: sheet.name, protected: sheet.protection.protected }));
    const sheetNames = new Set(sheets.map((s) => s.name));
    const owned: Partial<Record<OwnedSheetKey, string>> = {};
    const staleNames: string[] = [];
    for (const item of names.items) {
      const key = OWNED_KEY_BY_NAME.get(item.name);
      if (!key) continue;
      const sheet = typeof item.value === 'string' ? sheetNameOfReference(item.value) : null;
      if (sheet !== null && sheetNames.has(sheet)) owned[key] = sheet;
      else staleNames.push(item.name);
    }
    return { sheets, active: active.name, owned, staleNames, structureProtected: protection.protected };
  };
}

/** Conditional-format rules with the tool's marker in their formula (see core/plan/ownership.ts). */
function isOwnedRule(rule: XlConditionalFormat): boolean {
  return !rule.customOrNullObject.isNullObject && isOwnedHighlightFormula(rule.customOrNullObject.rule.formula);
}

export interface SheetRules {
  readonly name: string;
  readonly ownedRules: readonly XlConditionalFormat[];
  readonly userRuleCount: number;
}

/** The sheet's name (unless known) and its conditional formats: small loads that go along with a read of its cells or a clear. */
export function queueSheetRules(sheet: XlWorksheet, name?: string): () => SheetRules {
  if (name === undefined) sheet.load('name');
  const rules = sheet.getRange().conditionalFormats;
  rules.load({ type: true, customOrNullObject: { rule: { formula: true } } });
  return () => {
    const ownedRules = rules.items.filter(isOwnedRule);
    return { name: name ?? sheet.name, ownedRules, userRuleCount: rules.items.length - ownedRules.length };
  };
}

export function sheetData(sheet: XlWorksheet, rules: SheetRules, grid: SheetGrid): SheetData {
  return { sheet, grid, ownedRules: rules.ownedRules, userRuleCount: rules.userRuleCount };
}
