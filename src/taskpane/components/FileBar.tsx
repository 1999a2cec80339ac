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
  // Once a file is open the bar is one line, so that the results start high on a short pane.
  compact: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  dragging: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { flexGrow: 1, flexBasis: 0, minWidth: '8em' },
});

export interface FileBarProps {
  readonly lang: Lang;
  readonly fileName: string | null;
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}

/** Outside Excel: say so, and take a workbook from the file picker or a drop; once one is open, name it on one line. */
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
  const picker = (
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
  );
  return (
    <section
      className={mergeClasses(styles.zone, fileName !== null && styles.compact, dragging && styles.dragging)}
      aria-label={t(lang, 'workbookFile')}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {fileName === null ? (
        <>
          <Text>{t(lang, 'outsideExcel')}</Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
              {t(lang, 'openWorkbook')}
            </Button>
            {picker}
            <Text>{t(lang, 'noWorkbook')}</Text>
          </div>
          <Text size={200}>{t(lang, 'dropHint')}</Text>
        </>
      ) : (
        <div className={styles.row}>
          <Text className={styles.name} weight="semibold" title={t(lang, 'dropHint')}>
            {fileName}
          </Text>
          <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
            {t(lang, 'openAnother')}
          </Button>
          {picker}
        </div>
      )}
    </section>
  );
}
