// 清除标记: removes the tool's highlight rules (on every sheet), its sheets and their defined names; nothing else.
// Three syncs: the workbook's sheets and names, every sheet's rules, then all deletions together.
import { HostError, OWNED_SHEET_NAMES } from '../core';
import type { OfficeRuntime } from './officeRuntime';
import { queueSheetRules, queueWorkbookState, userSheets } from './readWorkbook';

export async function clearOwned(runtime: OfficeRuntime): Promise<void> {
  await runtime.run(async (context) => {
    const { worksheets, names } = context.workbook;
    const readState = queueWorkbookState(context);
    await context.sync();
    const state = readState();

    const ownedSheets = Object.values(state.owned);
    const pendingRules = userSheets(state).map((sheet) => ({ sheet, rules: queueSheetRules(worksheets.getItem(sheet.name), sheet.name) }));
    await context.sync();
    const rulesBySheet = pendingRules.map(({ sheet, rules }) => ({ sheet, rules: rules().ownedRules }));

    for (const { sheet, rules } of rulesBySheet) {
      if (rules.length > 0 && sheet.protected) throw new HostError('SHEET_PROTECTED', { sheet: sheet.name });
    }
    if (ownedSheets.length > 0 && state.structureProtected) throw new HostError('SHEET_PROTECTED', { detail: 'workbook structure' });

    for (const { rules } of rulesBySheet) for (const rule of rules) rule.delete();
    const ownedNames = new Set<string>(Object.values(OWNED_SHEET_NAMES));
    for (const item of names.items) if (ownedNames.has(item.name)) item.delete();
    for (const name of ownedSheets) worksheets.getItem(name).delete();
    await context.sync();
  });
}
