import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../core/model';
import { formatPeriod, parsePeriod } from '../../core/progress/period';
import { t } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  marker: { marginLeft: tokens.spacingHorizontalXS },
  folded: { paddingBottom: tokens.spacingVerticalXS },
  dragging: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  toggle: { justifyContent: 'flex-start', textAlign: 'start', maxWidth: '100%', padding: 0, minWidth: 0, fontSize: 'inherit' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  period: { width: '9em', maxWidth: '100%' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ProgressActionsProps {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** The period the field starts with (the as-of date's month). */
  readonly defaultPeriod: string;
  readonly onWriteReturns: (period: string) => void;
  readonly onMergeReturns: (period: string, files: readonly File[]) => void;
  /** Folded, only the heading shows: the pane folds it once results are there, so that they come first. */
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

const RETURN_TYPES = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** File mode's progress loop: 生成报送表 for a period, then 合并报送 of the files the units sent back (picked or dropped). */
export function ProgressActions({ lang, disabled, defaultPeriod, onWriteReturns, onMergeReturns, open, onOpenChange }: ProgressActionsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const bodyId = useId('progress-body');
  // The as-of month until the user types a period: setting the as-of date after opening moves it too.
  const [typed, setTyped] = useState<string | null>(null);
  const period = typed ?? defaultPeriod;
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
      className={mergeClasses(styles.zone, !open && styles.folded, dragging && styles.dragging)}
      aria-labelledby="progress-returns"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="progress-returns" className={styles.heading}>
        <Button className={styles.toggle} appearance="transparent" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpenChange(!open)}>
          {t(lang, 'progressSection')}
          <span className={styles.marker} aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
        </Button>
      </h2>
      {open ? (
        <div id={bodyId} className={styles.body}>
          <Text size={200}>{t(lang, 'progressHint')}</Text>
          <div className={styles.row}>
            <Field label={t(lang, 'period')} hint={t(lang, 'periodHint')} validationMessage={invalid ? t(lang, 'badPeriod') : undefined} validationState={invalid ? 'error' : 'none'}>
              <Input className={styles.period} value={period} placeholder="2023-11" onChange={(_, d) => setTyped(d.value)} />
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
        </div>
      ) : null}
    </section>
  );
}
