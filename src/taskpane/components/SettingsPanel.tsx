import { Button, Field, Input, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { HEADING_SEPARATOR, TERMS } from '../../core/messages/shortTexts';
import type { Lang } from '../../core/model';
import { t, type StringKey } from '../i18n';
import type { FormField, SettingsForm } from '../settings';
import { ToleranceField } from './ToleranceField';
import { WholeDates } from './WholeDates';

const useStyles = makeStyles({
  summary: { justifyContent: 'flex-start', textAlign: 'start', maxWidth: '100%', paddingLeft: 0, paddingRight: 0, overflowWrap: 'anywhere' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    // A label that wraps must not stretch the field beside it (its input would grow as tall as the other's hint).
    alignItems: 'start',
    margin: 0,
    minWidth: 0,
  },
  marker: { marginLeft: tokens.spacingHorizontalXS },
  wide: { gridColumn: '1 / span 2' },
  control: { width: '100%', minWidth: 0 },
});

export interface CheckedYear {
  readonly year: number;
  readonly fromAsOf: boolean;
}

export interface SettingsPanelProps {
  readonly lang: Lang;
  readonly form: SettingsForm;
  readonly today: string;
  readonly errors: Partial<Record<FormField, StringKey>>;
  readonly sheetNames: readonly string[];
  readonly autoSheetLabel: StringKey;
  /** The plan year the last check used, and whether it was only the as-of year (the table named none). */
  readonly checkedYear: CheckedYear | null;
  readonly disabled: boolean;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onChange: (form: SettingsForm) => void;
}

/**
 * "2023 年度 · 截至 2023-11-20 · 提前 15 天": the settings as one line, which opens the form on demand. A year left to
 * the table is the year the last check used ("2023 年度（自动识别）", or that the table named none and the as-of year
 * stood in), or "年度自动识别" before any check.
 */
export function settingsLine(form: SettingsForm, lang: Lang, today: string, checkedYear: CheckedYear | null = null): string {
  const terms = TERMS[lang];
  const year = form.planYear.trim();
  const autoYear =
    checkedYear === null
      ? t(lang, 'settingsYearAuto')
      : t(lang, checkedYear.fromAsOf ? 'settingsYearAsOf' : 'settingsYearRead', { year: terms.planYearOf(checkedYear.year) });
  const parts = [
    form.sheet,
    /^\d{4}$/.test(year) ? terms.planYearOf(Number(year)) : autoYear,
    terms.asOfDate(form.asOf.trim() === '' ? today : form.asOf.trim()),
    // Empty only while the workbook's settings load: "提前  天" would be no setting at all.
    form.dueSoonDays.trim() === '' ? '' : t(lang, 'settingsDays', { days: form.dueSoonDays.trim() }),
    form.tolerance.trim() === '' || Number(form.tolerance) === 0 ? '' : t(lang, 'settingsTolerance', { points: form.tolerance.trim() }),
  ];
  return parts.filter((part) => part !== '').join(HEADING_SEPARATOR);
}

export function SettingsPanel({ lang, form, today, errors, sheetNames, autoSheetLabel, checkedYear, disabled, open, onOpenChange, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const formId = useId('settings');
  const set = (field: FormField) => (value: string) => onChange({ ...form, [field]: value });
  const message = (field: FormField) => {
    const key = errors[field];
    return key ? t(lang, key) : undefined;
  };
  return (
    <div>
      <Button
        className={styles.summary}
        appearance="transparent"
        aria-expanded={open}
        aria-controls={formId}
        title={t(lang, 'settings')}
        onClick={() => onOpenChange(!open)}
      >
        {/* One child: the button lays its children out as flex items, which would split the line into columns. */}
        <span>
          <WholeDates text={settingsLine(form, lang, today, checkedYear)} />
        </span>
        <span className={styles.marker} aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </Button>
      {open ? (
        <fieldset id={formId} className={styles.grid} disabled={disabled}>
          <legend>{t(lang, 'settings')}</legend>
          <Field className={styles.wide} label={t(lang, 'sheet')}>
            <Select className={styles.control} value={form.sheet} onChange={(_, d) => set('sheet')(d.value)}>
              <option value="">{t(lang, autoSheetLabel)}</option>
              {sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t(lang, 'planYear')}
            hint={t(lang, 'planYearHint')}
            validationMessage={message('planYear')}
            validationState={errors.planYear ? 'error' : 'none'}
          >
            <Input className={styles.control} inputMode="numeric" value={form.planYear} onChange={(_, d) => set('planYear')(d.value)} />
          </Field>
          <Field label={t(lang, 'dueSoonDays')} validationMessage={message('dueSoonDays')} validationState={errors.dueSoonDays ? 'error' : 'none'}>
            <Input className={styles.control} type="number" min={0} max={365} value={form.dueSoonDays} onChange={(_, d) => set('dueSoonDays')(d.value)} />
          </Field>
          <Field
            className={styles.wide}
            label={t(lang, 'asOf')}
            hint={t(lang, 'asOfHint')}
            validationMessage={message('asOf')}
            validationState={errors.asOf ? 'error' : 'none'}
          >
            <Input className={styles.control} type="date" value={form.asOf} onChange={(_, d) => set('asOf')(d.value)} />
          </Field>
          <ToleranceField className={styles.wide} inputClassName={styles.control} lang={lang} value={form.tolerance} error={errors.tolerance} onChange={set('tolerance')} />
        </fieldset>
      ) : null}
    </div>
  );
}
