// The read half of a button press. Each `queue…` function queues loads on the context and returns a function that
// turns the loaded proxies into plain data once the caller has synced; a caller queues everything it needs, syncs once,
// then resolves. Cells are read by readCells.ts, which may need more than one sync for a large sheet.
import { MARKS_DEFINED_NAMES, OWNED_SHEET_NAMES, isOwnedHighlightFormula, sheetNameOfReference, type OwnedSheetKey, type SheetGrid } from '../core';
import type { XlConditionalFormat, XlContext, XlWorksheet } from './excelTypes';
import type { OwnedMarks } from './marksSheet';

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
  /** The tool's hidden marks sheets (marksSheet.ts): one at most, unless a write was cut off. */
  readonly marks: readonly OwnedMarks[];
  /** The tool's defined names whose sheet the user deleted (#REF!): removed before they are written again. */
  readonly staleNames: readonly string[];
  /** Workbook structure protection: no sheets can be added or renamed. */
  readonly structureProtected: boolean;
}

export interface SheetData {
  /**
   * The sheet's proxy by name, for writes later in the same run: never the active-sheet proxy, which Excel evaluates
   * again at every sync, so that switching sheets while the engine runs cannot move the highlights.
   */
  readonly sheet: XlWorksheet;
  readonly grid: SheetGrid;
  /** Ids of the tool's own highlight rules on the sheet, to delete on a rerun or a clear. */
  readonly ownedRuleIds: readonly string[];
  /** How many rules the user has on the sheet: the tool's new rules go after them. */
  readonly userRuleCount: number;
}

/** The user's sheets in tab order: every sheet but the tool's own. */
export function userSheets(state: WorkbookState): SheetInfo[] {
  const owned = new Set([...Object.values(state.owned), ...state.marks.map((marks) => marks.sheet)]);
  return state.sheets.filter((sheet) => !owned.has(sheet.name));
}

const OWNED_KEY_BY_NAME = new Map<string, OwnedSheetKey>(
  (Object.entries(OWNED_SHEET_NAMES) as [OwnedSheetKey, string][]).map(([key, name]) => [name, key]),
);

const MARKS_NAMES: ReadonlySet<string> = new Set(MARKS_DEFINED_NAMES);

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
    const marks: OwnedMarks[] = [];
    const staleNames: string[] = [];
    for (const item of names.items) {
      const key = OWNED_KEY_BY_NAME.get(item.name);
      const isMarks = MARKS_NAMES.has(item.name);
      if (!key && !isMarks) continue;
      const sheet = typeof item.value === 'string' ? sheetNameOfReference(item.value) : null;
      if (sheet === null || !sheetNames.has(sheet)) staleNames.push(item.name);
      else if (key) owned[key] = sheet;
      else marks.push({ definedName: item.name, sheet });
    }
    return { sheets, active: active.name, owned, marks, staleNames, structureProtected: protection.protected };
  };
}

/** Conditional-format rules with the tool's marker in their formula (see core/plan/ownership.ts). */
function isOwnedRule(rule: XlConditionalFormat): boolean {
  return !rule.customOrNullObject.isNullObject && isOwnedHighlightFormula(rule.customOrNullObject.rule.formula);
}

export interface SheetRules {
  readonly name: string;
  readonly ownedRuleIds: readonly string[];
  readonly userRuleCount: number;
}

/**
 * The sheet's name (unless known) and its conditional formats: small loads that go along with a read of its cells or a
 * clear. Each rule's id is loaded: a collection item whose id was not loaded is addressed by its position, which
 * shifts as earlier deletes in the same batch run.
 */
export function queueSheetRules(sheet: XlWorksheet, name?: string): () => SheetRules {
  if (name === undefined) sheet.load('name');
  const rules = sheet.getRange().conditionalFormats;
  rules.load({ id: true, type: true, customOrNullObject: { rule: { formula: true } } });
  return () => {
    const owned = rules.items.filter(isOwnedRule);
    return { name: name ?? sheet.name, ownedRuleIds: owned.map((rule) => rule.id), userRuleCount: rules.items.length - owned.length };
  };
}

/** The sheet's data, with the sheet taken by its name (see SheetData.sheet). */
export function sheetData(context: XlContext, rules: SheetRules, grid: SheetGrid): SheetData {
  return { sheet: context.workbook.worksheets.getItem(rules.name), grid, ownedRuleIds: rules.ownedRuleIds, userRuleCount: rules.userRuleCount };
}
