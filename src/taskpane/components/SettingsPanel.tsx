import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { t, type StringKey } from '../i18n';
import type { FormField, SettingsForm } from '../settings';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  wide: { gridColumn: '1 / span 2' },
});

export interface SettingsPanelProps {
  readonly lang: Lang;
  readonly form: SettingsForm;
  readonly errors: Partial<Record<FormField, StringKey>>;
  readonly sheetNames: readonly string[];
  readonly autoSheetLabel: StringKey;
  readonly disabled: boolean;
  readonly onChange: (form: SettingsForm) => void;
}

export function SettingsPanel({ lang, form, errors, sheetNames, autoSheetLabel, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const set = (field: FormField) => (value: string) => onChange({ ...form, [field]: value });
  const message = (field: FormField) => {
    const key = errors[field];
    return key ? t(lang, key) : undefined;
  };
  return (
    <fieldset className={styles.grid} disabled={disabled}>
      <legend>{t(lang, 'settings')}</legend>
      <Field className={styles.wide} label={t(lang, 'sheet')}>
        <Select value={form.sheet} onChange={(_, d) => set('sheet')(d.value)}>
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
        <Input inputMode="numeric" value={form.planYear} onChange={(_, d) => set('planYear')(d.value)} />
      </Field>
      <Field label={t(lang, 'dueSoonDays')} validationMessage={message('dueSoonDays')} validationState={errors.dueSoonDays ? 'error' : 'none'}>
        <Input type="number" min={0} max={365} value={form.dueSoonDays} onChange={(_, d) => set('dueSoonDays')(d.value)} />
      </Field>
      <Field
        className={styles.wide}
        label={t(lang, 'asOf')}
        hint={t(lang, 'asOfHint')}
        validationMessage={message('asOf')}
        validationState={errors.asOf ? 'error' : 'none'}
      >
        <Input type="date" value={form.asOf} onChange={(_, d) => set('asOf')(d.value)} />
      </Field>
    </fieldset>
  );
}
