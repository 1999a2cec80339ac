import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { localIsoDate } from '../../core/dates/localIsoDate';
import type { WorkbookHost } from '../../core/host';
import type { CheckProgress, CheckResult, Finding, Lang } from '../../core/model';
import { downloadBytes } from '../download';
import { errorText } from '../errorText';
import { checkedFileName, type FileModeApi, type FileWorkbook, type RevealedCell } from '../fileSession';
import { LANGUAGE_NAMES, PHASE_LABEL, t, type StringKey } from '../i18n';
import { findingAddress } from '../results';
import { formFromSettings, settingsFromForm, type FormField, type SettingsForm } from '../settings';
import { CellDetails } from './CellDetails';
import { FileBar } from './FileBar';
import { ResultsPanel } from './ResultsPanel';
import { SettingsPanel } from './SettingsPanel';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

export type HostSource =
  | { readonly kind: 'office'; readonly host: WorkbookHost }
  | { readonly kind: 'file'; readonly loadFileMode: () => Promise<FileModeApi> };

export interface PaneProps {
  readonly lang: Lang;
  readonly source: HostSource;
  /** Given in file mode, where no Office display language decides. */
  readonly onLangChange?: (lang: Lang) => void;
  readonly today?: () => string;
}

type Action = 'open' | 'validate' | 'summarize' | 'clear';

const DONE_MESSAGE: Readonly<Record<Exclude<Action, 'open' | 'validate'>, StringKey>> = { summarize: 'summarized', clear: 'cleared' };

interface Status {
  readonly key: StringKey;
  readonly vars?: Readonly<Record<string, string | number>>;
}

const EMPTY_FORM: SettingsForm = { planYear: '', asOf: '', dueSoonDays: '', sheet: '' };

// FileReader rather than Blob.arrayBuffer: older WebViews (and jsdom) lack the latter.
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function Pane({ lang, source, onLangChange, today = localIsoDate }: PaneProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<FileWorkbook | null>(null);
  const host: WorkbookHost | null = source.kind === 'office' ? source.host : (workbook?.host ?? null);
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const [form, setForm] = useState<SettingsForm>(EMPTY_FORM);
  const [formErrors, setFormErrors] = useState<Partial<Record<FormField, StringKey>>>({});
  const [busy, setBusy] = useState<Action | null>(null);
  const busyRef = useRef<Action | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  // Kept as keys and raw errors, worded at render time, so that a language switch rewords them too.
  const [status, setStatus] = useState<Status | null>(null);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [revealed, setRevealed] = useState<RevealedCell | null>(null);

  // A ref, not only state: two clicks in one frame must not start two runs against the same workbook.
  const guard = useCallback(async (action: Action, work: () => Promise<void>) => {
    if (busyRef.current !== null) return;
    busyRef.current = action;
    setBusy(action);
    setFailure(null);
    setStatus(null);
    setProgress(null);
    try {
      await work();
    } catch (e) {
      setFailure({ error: e });
    } finally {
      busyRef.current = null;
      setBusy(null);
      setProgress(null);
    }
  }, []);

  /** Settings are read once per workbook; a language switch must not reload them over the user's edits. */
  const readSettings = async (from: WorkbookHost) => {
    const [saved, sheets] = await Promise.all([from.loadSettings(), from.sheetNames()]);
    setSheetNames(sheets.names);
    const loaded = formFromSettings(saved, today());
    setForm(saved.sheet && !sheets.names.includes(saved.sheet) ? { ...loaded, sheet: '' } : loaded);
  };

  const officeHost = source.kind === 'office' ? source.host : null;
  useEffect(() => {
    if (officeHost) void guard('open', () => readSettings(officeHost));
    // Once per host: guard and readSettings change with the language, the workbook does not.
  }, [officeHost]);

  useEffect(() => (workbook ? workbook.onReveal(setRevealed) : undefined), [workbook]);

  const openFile = (file: File) => {
    if (source.kind !== 'file') return;
    void guard('open', async () => {
      const bytes = await readBytes(file);
      const api = await source.loadFileMode();
      const opened = await api.openWorkbook(file.name, bytes);
      await readSettings(opened.host);
      setWorkbook(opened);
      setResult(null);
      setRevealed(null);
      setStatus({ key: 'opened', vars: { name: opened.fileName } });
    });
  };

  const run = (action: 'validate' | 'summarize') => {
    if (!host) return;
    const checked = settingsFromForm(form, lang, today());
    if (!checked.ok) {
      setFormErrors(checked.errors);
      return;
    }
    setFormErrors({});
    void guard(action, async () => {
      await host.saveSettings(checked.settings);
      const res = await host[action](checked.settings, setProgress);
      setResult(res);
      setStatus(action === 'validate' ? { key: 'validated', vars: { count: res.findings.length } } : { key: DONE_MESSAGE[action] });
    });
  };

  const clear = () => {
    if (!host) return;
    void guard('clear', async () => {
      await host.clear();
      setResult(null);
      setRevealed(null);
      setStatus({ key: DONE_MESSAGE.clear });
    });
  };

  const show = (finding: Finding) => {
    const address = findingAddress(finding);
    if (!host || !result || !address) return;
    host.showCell(result.sheet, address).catch((e: unknown) => setFailure({ error: e }));
  };

  const noHost = host === null;
  const locked = busy !== null;
  const progressText = busy === null ? '' : progress ? t(lang, PHASE_LABEL[progress.phase]) : t(lang, 'working');

  return (
    <main className={styles.pane}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(lang, 'paneTitle')}</h1>
        {onLangChange ? (
          <Field label={t(lang, 'language')}>
            <Select value={lang} onChange={(_, d) => onLangChange(d.value as Lang)}>
              {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {source.kind === 'file' ? <FileBar lang={lang} fileName={workbook?.fileName ?? null} disabled={locked} onFile={openFile} /> : null}
      <SettingsPanel
        lang={lang}
        form={form}
        errors={formErrors}
        sheetNames={sheetNames}
        autoSheetLabel={source.kind === 'file' ? 'sheetAutoFile' : 'sheetAutoOffice'}
        disabled={locked || noHost}
        onChange={setForm}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={locked || noHost} onClick={() => run('validate')}>
          {t(lang, 'validate')}
        </Button>
        <Button disabled={locked || noHost} onClick={() => run('summarize')}>
          {t(lang, 'summarize')}
        </Button>
        <Button disabled={locked || noHost} onClick={clear}>
          {t(lang, 'clear')}
        </Button>
        {source.kind === 'file' ? (
          <Button
            disabled={locked || workbook === null}
            onClick={() => workbook && downloadBytes(workbook.currentBytes(), checkedFileName(workbook.fileName))}
          >
            {t(lang, 'download')}
          </Button>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {busy !== null ? (
          <>
            <ProgressBar value={progress ? progress.fraction : undefined} aria-label={progressText} />
            <Text>{progressText}</Text>
          </>
        ) : (
          <Text>{status ? t(lang, status.key, status.vars) : ''}</Text>
        )}
      </div>
      {failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>
            {errorText(failure.error, lang)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? <ResultsPanel lang={lang} result={result} onShow={show} /> : null}
      {workbook ? <CellDetails lang={lang} cell={revealed} /> : null}
    </main>
  );
}
