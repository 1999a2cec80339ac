// File mode has no workbook settings store to write into without changing the user's file, so settings are kept in
// the browser's localStorage under the file's name: reopening the same file brings them back.
import { DEFAULT_DUE_SOON_DAYS, type CheckSettings } from '../../core/host';
import type { Lang } from '../../core/model';

const PREFIX = 'taskcheck.settings:';

function pickNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function pickString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Stored text comes back through JSON and may be old or edited: keep only fields of the right type. */
function sanitize(raw: unknown): Partial<CheckSettings> {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: { -readonly [K in keyof CheckSettings]?: CheckSettings[K] } = {};
  if ('planYear' in r) out.planYear = pickNumber(r.planYear);
  if ('asOf' in r) out.asOf = pickString(r.asOf);
  if ('sheet' in r) out.sheet = pickString(r.sheet);
  out.dueSoonDays = pickNumber(r.dueSoonDays) ?? DEFAULT_DUE_SOON_DAYS;
  if (r.lang === 'zh-CN' || r.lang === 'en-US') out.lang = r.lang as Lang;
  return out;
}

export function loadFileSettings(storage: Storage, fileName: string): Partial<CheckSettings> {
  const text = storage.getItem(PREFIX + fileName);
  if (text === null) return {};
  try {
    return sanitize(JSON.parse(text));
  } catch {
    return {};
  }
}

export function saveFileSettings(storage: Storage, fileName: string, settings: CheckSettings): void {
  storage.setItem(PREFIX + fileName, JSON.stringify(settings));
}
