// The settings form works on text (what the inputs hold); hosts take CheckSettings. This module converts between the
// two and says which field is wrong, so that a bad value never reaches a host.
import { parseIsoDate } from '../core/dates/parseIsoDate';
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_TOLERANCE, type CheckSettings } from '../core/host';
import type { Lang } from '../core/model';

import type { StringKey } from './i18n';

export interface SettingsForm {
  readonly planYear: string;
  readonly asOf: string;
  readonly dueSoonDays: string;
  /** '' stands for "active sheet / first task sheet". */
  readonly sheet: string;
  /** Percentage points behind 序时进度 still on schedule. */
  readonly tolerance: string;
}

export function formFromSettings(saved: Partial<CheckSettings>, today: string): SettingsForm {
  return {
    planYear: saved.planYear == null ? '' : String(saved.planYear),
    asOf: saved.asOf ?? today,
    dueSoonDays: String(saved.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS),
    sheet: saved.sheet ?? '',
    tolerance: String(saved.progressTolerance ?? DEFAULT_TOLERANCE),
  };
}

export type FormField = keyof SettingsForm;

export type FormCheck =
  | { readonly ok: true; readonly settings: CheckSettings }
  | { readonly ok: false; readonly errors: Partial<Record<FormField, StringKey>> };

/**
 * Settings to run with and to save. An as-of date equal to today is saved as null, so that a workbook reopened next
 * week is judged against that day rather than the day it was last checked.
 */
export function settingsFromForm(form: SettingsForm, lang: Lang, today: string): FormCheck {
  const errors: Partial<Record<FormField, StringKey>> = {};
  const yearText = form.planYear.trim();
  const planYear = yearText === '' ? null : Number(yearText);
  if (planYear !== null && !(/^\d{4}$/.test(yearText) && planYear >= 1949 && planYear <= 2100)) errors.planYear = 'badYear';
  const daysText = form.dueSoonDays.trim();
  const dueSoonDays = Number(daysText);
  if (!/^\d{1,3}$/.test(daysText) || dueSoonDays > 365) errors.dueSoonDays = 'badDueSoon';
  const asOfText = form.asOf.trim();
  if (asOfText !== '' && parseIsoDate(asOfText) === null) errors.asOf = 'badAsOf';
  const toleranceText = form.tolerance.trim();
  const tolerance = toleranceText === '' ? DEFAULT_TOLERANCE : Number(toleranceText);
  if (toleranceText !== '' && !(/^\d{1,3}(\.\d+)?$/.test(toleranceText) && tolerance <= 100)) errors.tolerance = 'badTolerance';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      planYear,
      asOf: asOfText === '' || asOfText === today ? null : asOfText,
      dueSoonDays,
      sheet: form.sheet === '' ? null : form.sheet,
      lang,
      progressTolerance: tolerance,
    },
  };
}
