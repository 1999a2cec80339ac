// The WorkbookHost for Excel: what the task pane and the ribbon commands call. Each method is one Excel.run; every
// Excel failure comes out as a HostError the pane and the ribbon can explain.
import { BUTTON_PARTS, type CheckProgress, type CheckResult, type CheckSettings, type OutputPart, type WorkbookHost } from '../core';
import { clearOwned } from './clearOwned';
import { toHostError } from './hostErrors';
import { officeRuntime, type OfficeRuntime } from './officeRuntime';
import { queueWorkbookState, userSheets } from './readWorkbook';
import { checkAndWrite, type CheckLimits } from './runCheck';
import { watchSelection } from './selectionEvents';
import { readSettings, writeSettings } from './settingsStore';

async function mapErrors<T>(work: () => Promise<T>, sheet?: string | null): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error, sheet ? { sheet } : {});
  }
}


/**
 * `runtime` defaults to office.js's globals; tests pass one over a fake workbook. `limits`: what a ribbon command must
 * keep to (runCheck.ts).
 */
export function createOfficeHost(runtime: OfficeRuntime = officeRuntime(), limits: CheckLimits = {}): WorkbookHost {
  const check = (settings: CheckSettings, parts: readonly OutputPart[], onProgress?: (p: CheckProgress) => void): Promise<CheckResult> =>
    mapErrors(() => checkAndWrite(runtime, settings, parts, onProgress, limits), settings.sheet);

  return {
    kind: 'office',
    // The tool's own sheets are never task tables, so they are not offered as one.
    sheetNames: () =>
      mapErrors(() =>
        runtime.run(async (context) => {
          const readState = queueWorkbookState(context);
          await context.sync();
          const state = readState();
          return { names: userSheets(state).map((sheet) => sheet.name), active: state.active };
        }),
      ),
    loadSettings: async () => readSettings(runtime.settings),
    saveSettings: (settings) => writeSettings(runtime.settings, settings),
    validate: (settings, onProgress) => check(settings, BUTTON_PARTS.validate, onProgress),
    summarize: (settings, onProgress) => check(settings, BUTTON_PARTS.summarize, onProgress),
    clear: () => mapErrors(() => clearOwned(runtime)),
    showCell: (sheet, address) =>
      mapErrors(
        () =>
          runtime.run(async (context) => {
            const target = context.workbook.worksheets.getItem(sheet);
            target.activate();
            target.getRange(address).select();
            await context.sync();
          }),
        sheet,
      ),
    onSelectionChange: (sheet, listener) => watchSelection(sheet, listener),
  };
}
