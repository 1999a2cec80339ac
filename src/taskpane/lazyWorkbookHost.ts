// The engine and the Office.js adapter are most of the pane's script, yet nothing needs them before the pane has drawn.
// This host stands in for the real one and loads it (a separate chunk) on first use, so Excel shows the pane sooner.
import type { WorkbookHost } from '../core/host';

export function lazyWorkbookHost(kind: WorkbookHost['kind'], load: () => Promise<WorkbookHost>): WorkbookHost {
  let loading: Promise<WorkbookHost> | null = null;
  const host = (): Promise<WorkbookHost> => {
    // A failed load is not cached: the next press tries again (a flaky intranet server, say).
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    kind,
    sheetNames: () => host().then((h) => h.sheetNames()),
    loadSettings: () => host().then((h) => h.loadSettings()),
    saveSettings: (settings) => host().then((h) => h.saveSettings(settings)),
    validate: (settings, onProgress) => host().then((h) => h.validate(settings, onProgress)),
    summarize: (settings, onProgress) => host().then((h) => h.summarize(settings, onProgress)),
    clear: () => host().then((h) => h.clear()),
    showCell: (sheet, address) => host().then((h) => h.showCell(sheet, address)),
    onSelectionChange: (sheet, listener) => host().then((h) => (h.onSelectionChange ? h.onSelectionChange(sheet, listener) : () => undefined)),
  };
}
