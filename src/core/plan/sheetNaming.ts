// Names for the sheets the tool writes: the name an earlier run's sheet carries now (the user may have renamed it),
// else the default name in the user's language, made unique against the user's own sheets.
import { defaultSheetName } from '../messages/sheetNames';
import type { Lang, OwnedSheetKey } from '../model';

/** Excel's limits: at most 31 characters, none of []:*?/\, and no apostrophe at either end. */
const MAX_SHEET_NAME_LENGTH = 31;

export function sanitizeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim();
  return cleaned.slice(0, MAX_SHEET_NAME_LENGTH) || 'Sheet';
}

/** Excel compares sheet names without regard to case. */
function isTaken(name: string, taken: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return taken.some((t) => t.toLowerCase() === lower);
}

export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const clean = sanitizeSheetName(base);
  if (!isTaken(clean, taken)) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${clean.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!isTaken(candidate, taken)) return candidate;
  }
}

export interface SheetNameContext {
  readonly lang: Lang;
  readonly existingSheets: readonly string[];
  readonly ownedSheets: Partial<Record<OwnedSheetKey, string>>;
  /** Names already given to other sheets of the same plan. */
  readonly planned: readonly string[];
}

export function chooseSheetName(key: OwnedSheetKey, ctx: SheetNameContext): string {
  const current = ctx.ownedSheets[key];
  if (current !== undefined && ctx.existingSheets.includes(current)) return current;
  const owned = new Set(Object.values(ctx.ownedSheets));
  const taken = [...ctx.existingSheets.filter((s) => !owned.has(s)), ...Object.values(ctx.ownedSheets), ...ctx.planned].filter(
    (s): s is string => typeof s === 'string',
  );
  return uniqueSheetName(defaultSheetName(key, ctx.lang), taken);
}
