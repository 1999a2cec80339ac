import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../core/model';
import { formatPeriod, parsePeriod } from '../../core/progress/period';
import { t } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  period: { width: '9em', maxWidth: '100%' },
});

export interface ProgressActionsProps {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** The period the field starts with (the as-of date's month). */
  readonly defaultPeriod: string;
  readonly onWriteReturns: (period: string) => void;
  readonly onMergeReturns: (period: string, files: readonly File[]) => void;
}

const RETURN_TYPES = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** File mode's progress loop: 生成报送表 for a period, then 合并报送 of the files the units sent back (picked or dropped). */
export function ProgressActions({ lang, disabled, defaultPeriod, onWriteReturns, onMergeReturns }: ProgressActionsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [period, setPeriod] = useState(defaultPeriod);
  const [invalid, setInvalid] = useState(false);
  const [dragging, setDragging] = useState(false);
  const checkedPeriod = (): string | null => {
    const parsed = parsePeriod(period);
    setInvalid(parsed === null);
    return parsed === null ? null : formatPeriod(parsed);
  };
  const merge = (files: FileList | null) => {
    const chosen = files ? Array.from(files) : [];
    const valid = checkedPeriod();
    if (chosen.length > 0 && valid !== null && !disabled) onMergeReturns(valid, chosen);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    merge(e.dataTransfer.files);
  };
  return (
    <section
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      aria-labelledby="progress-returns"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="progress-returns" className={styles.heading}>
        {t(lang, 'progressSection')}
      </h2>
      <Text size={200}>{t(lang, 'progressHint')}</Text>
      <div className={styles.row}>
        <Field label={t(lang, 'period')} hint={t(lang, 'periodHint')} validationMessage={invalid ? t(lang, 'badPeriod') : undefined} validationState={invalid ? 'error' : 'none'}>
          <Input className={styles.period} value={period} placeholder="2023-11" onChange={(_, d) => setPeriod(d.value)} />
        </Field>
        <Button
          disabled={disabled}
          onClick={() => {
            const valid = checkedPeriod();
            if (valid !== null) onWriteReturns(valid);
          }}
        >
          {t(lang, 'writeReturns')}
        </Button>
        <Button disabled={disabled} onClick={() => checkedPeriod() !== null && input.current?.click()}>
          {t(lang, 'mergeReturns')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t(lang, 'mergeReturns')}
          accept={RETURN_TYPES}
          onChange={(e) => {
            merge(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
    </section>
  );
}
