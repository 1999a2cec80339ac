import { Field, Input } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { t, type StringKey } from '../i18n';

export interface ToleranceFieldProps {
  readonly className: string;
  readonly inputClassName: string;
  readonly lang: Lang;
  readonly value: string;
  readonly error: StringKey | undefined;
  readonly onChange: (value: string) => void;
}

/** The light threshold: percentage points behind 序时进度 that still count as on schedule (saved with the workbook). */
export function ToleranceField({ className, inputClassName, lang, value, error, onChange }: ToleranceFieldProps) {
  return (
    <Field className={className} label={t(lang, 'tolerance')} hint={t(lang, 'toleranceHint')} validationMessage={error ? t(lang, error) : undefined} validationState={error ? 'error' : 'none'}>
      <Input className={inputClassName} type="number" min={0} max={100} step={0.1} inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
