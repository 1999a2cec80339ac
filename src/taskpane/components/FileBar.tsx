import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../core/model';
import { t } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface FileBarProps {
  readonly lang: Lang;
  readonly fileName: string | null;
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}

/** Outside Excel: say so, and take a workbook from the file picker or a drop. */
export function FileBar({ lang, fileName, disabled, onFile }: FileBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files);
  };
  return (
    <section
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Text>{t(lang, 'outsideExcel')}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {t(lang, 'openWorkbook')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t(lang, 'openWorkbook')}
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          onChange={(e) => {
            take(e.currentTarget.files);
            // Let the same file be chosen again after the user edits it elsewhere.
            e.currentTarget.value = '';
          }}
        />
        <Text>{fileName ? t(lang, 'openedFile', { name: fileName }) : t(lang, 'noWorkbook')}</Text>
      </div>
      <Text size={200}>{t(lang, 'dropHint')}</Text>
    </section>
  );
}
