// File mode has no workbook settings store to write into without changing the user's file, so settings are kept in
// the browser's localStorage under the file's name: reopening the same file brings them back.
import type { CheckSettings } from '../../core/host';
import { settingsFromStored } from '../../office/settingsStore';

const PREFIX = 'taskcheck.settings:';

/** Stored text comes back through JSON and may be old or edited: only valid fields are kept, as in Excel's store. */
export function loadFileSettings(storage: Storage, fileName: string): Partial<CheckSettings> {
  const text = storage.getItem(PREFIX + fileName);
  if (text === null) return {};
  try {
    return settingsFromStored(JSON.parse(text));
  } catch {
    return {};
  }
}

export function saveFileSettings(storage: Storage, fileName: string, settings: CheckSettings): void {
  storage.setItem(PREFIX + fileName, JSON.stringify(settings));
}
