// The settings a ribbon button runs with: what the pane saved in the workbook, the defaults for the rest.
import { DEFAULT_DUE_SOON_DAYS, type CheckSettings, type Lang } from '../core';

export function commandSettings(saved: Partial<CheckSettings>, officeLang: Lang): CheckSettings {
  return {
    planYear: saved.planYear ?? null,
    asOf: saved.asOf ?? null,
    dueSoonDays: saved.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    sheet: saved.sheet ?? null,
    lang: saved.lang ?? officeLang,
  };
}
