// 清除标记: removes the tool's highlight rules (on every sheet), its sheets and their defined names; nothing else.
// Three syncs: the workbook's sheets and names, every sheet's rules, then all deletions together.
import { HostError, OWNED_SHEET_NAMES } from '../core';
import type { OfficeRuntime } from './officeRuntime';
import { queueOwnedRules, queueWorkbookState } from './readWorkbook';

export async function clearOwned(runtime: OfficeRuntime): Promise<void> {
  await runtime.run(async (context) => {
    const { worksheets, names } = context.workbook;
    const readState = queueWorkbookState(context);
    await context.sync();
    const state = readState();

    const ownedSheets = new Set(Object.values(state.owned));
    const userSheets = state.sheets.filter((sheet) => !ownedSheets.has(sheet.name));
    const pendingRules = userSheets.map((sheet) => ({ sheet, rules: queueOwnedRules(worksheets.getItem(sheet.name)) }));
    await context.sync();
    const rulesBySheet = pendingRules.map(({ sheet, rules }) => ({ sheet, rules: rules() }));

    for (const { sheet, rules } of rulesBySheet) {
      if (rules.length > 0 && sheet.protected) throw new HostError('SHEET_PROTECTED', { sheet: sheet.name });
    }
    if (ownedSheets.size > 0 && state.structureProtected) throw new HostError('SHEET_PROTECTED', { detail: 'workbook structure' });

    for (const { rules } of rulesBySheet) for (const rule of rules) rule.delete();
    const ownedNames = new Set<string>(Object.values(OWNED_SHEET_NAMES));
    for (const item of names.items) if (ownedNames.has(item.name)) item.delete();
    for (const name of ownedSheets) worksheets.getItem(name).delete();
    await context.sync();
  });
}
