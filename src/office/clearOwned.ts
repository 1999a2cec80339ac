// 清除标记: removes the tool's highlight rules (on every sheet), its sheets (the hidden marks sheet too) and their
// defined names; nothing else.
// Three syncs: the workbook's sheets and names, every sheet's rules, then all deletions together.
import { HostError, MARKS_DEFINED_NAMES, OWNED_SHEET_NAMES } from '../core';
import type { OfficeRuntime } from './officeRuntime';
import { queueSheetRules, queueWorkbookState, userSheets } from './readWorkbook';

export async function clearOwned(runtime: OfficeRuntime): Promise<void> {
  await runtime.run(async (context) => {
    const { worksheets, names } = context.workbook;
    const readState = queueWorkbookState(context);
    await context.sync();
    const state = readState();

    const ownedSheets = [...Object.values(state.owned), ...state.marks.map((marks) => marks.sheet)];
    const pendingRules = userSheets(state).map((sheet) => ({ sheet, rules: queueSheetRules(worksheets.getItem(sheet.name), sheet.name) }));
    await context.sync();
    const rulesBySheet = pendingRules.map(({ sheet, rules }) => ({ sheet, ruleIds: rules().ownedRuleIds }));

    for (const { sheet, ruleIds } of rulesBySheet) {
      if (ruleIds.length > 0 && sheet.protected) throw new HostError('SHEET_PROTECTED', { sheet: sheet.name });
    }
    if (ownedSheets.length > 0 && state.structureProtected) throw new HostError('SHEET_PROTECTED', { detail: 'workbook structure' });

    // Everything by id or name, never by a collection position, which shifts as earlier deletes in the batch run.
    for (const { sheet, ruleIds } of rulesBySheet) {
      const rules = worksheets.getItem(sheet.name).getRange().conditionalFormats;
      for (const id of ruleIds) rules.getItem(id).delete();
    }
    const ownedNames = new Set<string>([...Object.values(OWNED_SHEET_NAMES), ...MARKS_DEFINED_NAMES]);
    for (const item of names.items) if (ownedNames.has(item.name)) names.getItem(item.name).delete();
    for (const name of ownedSheets) worksheets.getItem(name).delete();
    await context.sync();
  });
}
