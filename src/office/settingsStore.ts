// The pane's settings, kept in the workbook (Office.context.document.settings) so that whoever opens the file next
// checks it the same way. Whatever is stored is read defensively: a file may carry settings from an older version.
import { parseIsoDate, type CheckSettings, type Lang } from '../core';
import type { DocumentSettings } from './officeRuntime';

export const SETTINGS_KEY = 'TaskCheck.settings';

const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The fields of stored settings that are still valid; anything malformed is left out, so the caller's defaults apply.
 * File mode reads what it keeps in localStorage through this too.
 */
export function settingsFromStored(stored: unknown): Partial<CheckSettings> {
  if (!isObject(stored)) return {};
  const read: { -readonly [K in keyof CheckSettings]?: CheckSettings[K] } = {};
  const { planYear, asOf, dueSoonDays, sheet, lang, progressTolerance } = stored;
  if (planYear === null || (Number.isInteger(planYear) && (planYear as number) >= 1900 && (planYear as number) <= 9999)) {
    read.planYear = planYear as number | null;
  }
  if (asOf === null || (typeof asOf === 'string' && parseIsoDate(asOf) !== null)) read.asOf = asOf as string | null;
  if (Number.isInteger(dueSoonDays) && (dueSoonDays as number) >= 0) read.dueSoonDays = dueSoonDays as number;
  if (sheet === null || (typeof sheet === 'string' && sheet !== '')) read.sheet = sheet as string | null;
  if (typeof lang === 'string' && (LANGS as readonly string[]).includes(lang)) read.lang = lang as Lang;
  if (typeof progressTolerance === 'number' && progressTolerance >= 0 && progressTolerance <= 100) read.progressTolerance = progressTolerance;
  return read;
}

export function readSettings(settings: DocumentSettings): Partial<CheckSettings> {
  return settingsFromStored(settings.get(SETTINGS_KEY));
}

/**
 * Puts the settings in the document's settings and starts saving them. It resolves at once: the pane saves before each
 * check, and a save that fails (a read-only or co-authored file, Excel busy) or never answers must not hold the check
 * up. The settings then simply are not in the file next time, and the pane's defaults apply.
 */
export async function writeSettings(settings: DocumentSettings, value: CheckSettings): Promise<void> {
  const { planYear, asOf, dueSoonDays, sheet, lang, progressTolerance } = value;
  settings.set(SETTINGS_KEY, { planYear, asOf, dueSoonDays, sheet, lang, ...(progressTolerance !== undefined ? { progressTolerance } : {}) });
  settings.save().catch(() => undefined);
}
