import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { localIsoDate } from '../../core/dates/localIsoDate';
import { HostError, type WorkbookHost } from '../../core/host';
import type { CheckProgress, CheckResult, Finding, Lang } from '../../core/model';
import { downloadBytes } from '../download';
import { errorText } from '../errorText';
import { CommandCancelled, checkedFileName, type FileModeApi, type FileWorkbook, type RevealedCell } from '../fileSession';
import { findingAddress } from '../findingFilter';
import { LANGUAGE_NAMES, STEP_LABEL, counted, t, type StringKey } from '../i18n';
import { markPane } from '../paneTiming';
import { planYearOver } from '../../core/summaries/planYearOver';
import { progressView } from '../progressView';
import { formFromSettings, settingsFromForm, type FormField, type SettingsForm } from '../settings';
import { FileBar } from './FileBar';
import { SettingsPanel } from './SettingsPanel';

const useStyles = makeStyles({
  // The pane is as narrow as 320 px: nothing in it may be wider than the pane, so long words and names wrap.
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // One line for the title and the language, so that the results start high on a short pane.
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, minWidth: 0 },
  language: { flexShrink: 0 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Said to screen readers only: the results under it show the same count, and the first finding stays on screen.
  unseen: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  progressLine: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
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

type Action = 'open' | 'validate' | 'summarize' | 'clear' | 'returns' | 'merge';

interface Status {
  readonly key: StringKey;
  readonly vars?: Readonly<Record<string, string | number>>;
}

// The results view (the virtualised list and its filters) is a chunk of its own, fetched when a command starts, while the
// host reads the sheet: the pane's first load carries only what it shows before any check.
const loadResultsPanel = () => import(/* webpackChunkName: "results" */ './ResultsPanel');
const ResultsPanel = lazy(() => loadResultsPanel().then((m) => ({ default: m.ResultsPanel })));
// The progress loop's controls: file mode only, fetched with the opened file.
const ProgressActions = lazy(() => import(/* webpackChunkName: "progress" */ './ProgressActions').then((m) => ({ default: m.ProgressActions })));

const EMPTY_FORM: SettingsForm = { planYear: '', asOf: '', dueSoonDays: '', sheet: '', tolerance: '' };

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
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const busyRef = useRef<Action | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  // Kept as keys and raw errors, worded at render time, so that a language switch rewords them too.
  const [status, setStatus] = useState<Status | null>(null);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const [result, setResult] = useState<{ readonly value: CheckResult; readonly asOfWasToday: boolean } | null>(null);
  const [revealed, setRevealed] = useState<RevealedCell | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  // File mode: a checked copy exists to download (not merely the opened or a cleared file).
  const [downloadable, setDownloadable] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);
  // File mode's 进展报送 box: open until results are there, then folded so that they come first.
  const [progressOpen, setProgressOpen] = useState(true);

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
      if (e instanceof CommandCancelled) setStatus({ key: 'cancelled' });
      else setFailure({ error: e });
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

  // Excel: the pane follows what the user selects on the checked sheet.
  const checkedSheet = result?.value.sheet ?? null;
  useEffect(() => {
    setSelection(null);
    if (!officeHost?.onSelectionChange || checkedSheet === null) return undefined;
    let stop: (() => void) | null = null;
    let live = true;
    officeHost.onSelectionChange(checkedSheet, (address) => live && setSelection(address)).then(
      (unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()),
      // Following the selection is a convenience: a host that cannot (an old Excel) leaves the pane as it is.
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [officeHost, checkedSheet]);

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
      setDownloadable(false);
      setProgressOpen(true);
      // A workbook without a task table says only that (below, with what was seen), not that it is ready to check.
      setStatus(opened.noTable ? null : { key: 'opened', vars: { name: opened.fileName } });
    });
  };

  /** A command's result, first on the pane: 进展报送 folds, and the workbook now has a checked copy to download. */
  const showResult = (value: CheckResult, asOfWasToday: boolean) => {
    setResult({ value, asOfWasToday });
    setRevealed(null);
    setDownloadable(true);
    setProgressOpen(false);
  };

  const run = (action: 'validate' | 'summarize', withForm: SettingsForm = form) => {
    if (!host) return;
    const checked = settingsFromForm(withForm, lang, today());
    if (!checked.ok) {
      setFormErrors(checked.errors);
      setSettingsOpen(true);
      return;
    }
    setFormErrors({});
    setConfirmingClear(false);
    markPane('run');
    void loadResultsPanel();
    void guard(action, async () => {
      await host.saveSettings(checked.settings);
      const res = await host[action](checked.settings, setProgress);
      markPane('result');
      showResult(res, checked.settings.asOf === null);
      setStatus(action === 'validate' ? { key: 'validated', vars: { count: counted(lang, res.findings.length, 'finding') } } : { key: 'summarized' });
    });
  };

  /** The form as settings, or null with the settings opened on what is wrong. */
  const formSettings = () => {
    const checked = settingsFromForm(form, lang, today());
    if (checked.ok) return checked.settings;
    setFormErrors(checked.errors);
    setSettingsOpen(true);
    return null;
  };

  const writeReturns = (period: string) => {
    const settings = formSettings();
    if (!workbook || !settings) return;
    void guard('returns', async () => {
      await workbook.host.saveSettings(settings);
      const { archive, fileName, count } = await workbook.writeReturns(settings, period);
      downloadBytes(archive, fileName);
      setStatus({ key: 'returnsWritten', vars: { count, name: fileName } });
    });
  };

  const mergeReturns = (period: string, files: readonly File[]) => {
    const settings = formSettings();
    if (!workbook || !settings) return;
    void loadResultsPanel();
    void guard('merge', async () => {
      await workbook.host.saveSettings(settings);
      const returns = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await readBytes(file) })));
      const res = await workbook.mergeReturns(settings, period, returns, setProgress);
      showResult(res, settings.asOf === null);
      // The files merged, not the files picked: a file that is no return, has no sender or is for another period is not.
      const rejected = res.progress?.rejectedFiles?.length ?? 0;
      setStatus({ key: rejected > 0 ? 'mergedSome' : 'merged', vars: { count: res.progress?.mergedFiles?.length ?? 0, rejected } });
    });
  };

  const judgeAtYearEnd = (yearEnd: string) => {
    const next = { ...form, asOf: yearEnd };
    setForm(next);
    run('validate', next);
  };

  const clear = () => {
    if (!host) return;
    setConfirmingClear(false);
    void guard('clear', async () => {
      await host.clear();
      setResult(null);
      setRevealed(null);
      setDownloadable(false);
      setStatus({ key: 'cleared' });
    });
  };

  const show = (finding: Finding) => {
    const address = findingAddress(finding);
    if (!host || !result || !address) return;
    host.showCell(result.value.sheet, address).catch((e: unknown) => setFailure({ error: e }));
  };

  // File mode knows on opening whether any sheet holds a task table; when none does, choosing another sheet cannot
  // help (the check reads a chosen sheet by the same rule), so the commands that need the table stay off.
  const noTable = workbook?.noTable ?? null;
  const noHost = host === null;
  const locked = busy !== null;
  const noCheck = locked || noHost || noTable !== null;
  const view = progressView(progress);
  const indeterminate = busy === 'open' || busy === 'clear' || busy === 'returns';
  const progressLabel = indeterminate ? t(lang, 'working') : t(lang, STEP_LABEL[view.step]);
  const progressText = indeterminate ? progressLabel : t(lang, 'progressPercent', { label: progressLabel, percent: view.percent });
  const yearOver = result ? planYearOver(result.value, result.asOfWasToday) : null;

  return (
    <main className={styles.pane}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(lang, 'paneTitle')}</h1>
        {onLangChange ? (
          <Select className={styles.language} size="small" aria-label={t(lang, 'language')} value={lang} onChange={(_, d) => onLangChange(d.value as Lang)}>
            {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      {source.kind === 'file' ? <FileBar lang={lang} fileName={workbook?.fileName ?? null} disabled={locked} onFile={openFile} /> : null}
      {/* Settings belong to a workbook: outside Excel there are none to show until one is open. */}
      {host ? (
        <SettingsPanel
          lang={lang}
          form={form}
          today={today()}
          errors={formErrors}
          sheetNames={sheetNames}
          autoSheetLabel={source.kind === 'file' ? 'sheetAutoFile' : 'sheetAutoOffice'}
          checkedYear={
            result && (form.sheet === '' || form.sheet === result.value.sheet) ? { year: result.value.planYear, fromAsOf: result.value.planYearFrom === 'asOf' } : null
          }
          disabled={locked}
          open={settingsOpen}
          onOpenChange={setSettingsOpen}
          onChange={setForm}
        />
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={noCheck} onClick={() => run('validate')}>
          {t(lang, 'validate')}
        </Button>
        <Button disabled={noCheck} onClick={() => run('summarize')}>
          {t(lang, 'summarize')}
        </Button>
        {/* The two that only tidy up or hand over a copy are smaller: they fit one line of a 320 px pane in either language. */}
        <Button size="small" disabled={locked || noHost} aria-expanded={confirmingClear} onClick={() => setConfirmingClear(true)}>
          {t(lang, 'clear')}
        </Button>
        {source.kind === 'file' ? (
          <Button
            size="small"
            disabled={locked || workbook === null || !downloadable}
            onClick={() => workbook && downloadBytes(workbook.currentBytes(), checkedFileName(workbook.fileName))}
          >
            {t(lang, 'download')}
          </Button>
        ) : null}
      </div>
      {source.kind === 'file' && workbook && noTable === null ? (
        <Suspense fallback={null}>
          <ProgressActions
            lang={lang}
            disabled={locked}
            defaultPeriod={(form.asOf.trim() || today()).slice(0, 7)}
            onWriteReturns={writeReturns}
            onMergeReturns={mergeReturns}
            open={progressOpen}
            onOpenChange={setProgressOpen}
          />
        </Suspense>
      ) : null}
      {confirmingClear && !locked ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'confirmClear')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={clear}>
              {t(lang, 'confirmClearYes')}
            </Button>
            <Button size="small" onClick={() => setConfirmingClear(false)}>
              {t(lang, 'confirmClearNo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div role="status" aria-live="polite">
        {busy !== null ? (
          <div className={styles.progress}>
            <ProgressBar value={indeterminate ? undefined : view.percent / 100} aria-label={progressLabel} />
            <div className={styles.progressLine}>
              <Text>{progressText}</Text>
              {workbook && busy !== 'open' ? (
                <Button size="small" onClick={() => workbook.cancel()}>
                  {t(lang, 'cancel')}
                </Button>
              ) : null}
            </div>
          </div>
        ) : (
          <Text className={result && status?.key === 'validated' ? styles.unseen : undefined}>{status ? t(lang, status.key, status.vars) : ''}</Text>
        )}
      </div>
      {noTable ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'noTableTitle')}</MessageBarTitle>
            {errorText(new HostError('NO_TASK_TABLE', noTable), lang)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>
            {errorText(failure.error, lang)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <Suspense fallback={<Text>{t(lang, 'working')}</Text>}>
        <ResultsPanel
          lang={lang}
          result={result.value}
          onShow={show}
          revealed={revealed}
          showsDetail={source.kind === 'file'}
          selection={selection}
          planYearOver={yearOver}
          onJudgeAtYearEnd={() => yearOver && judgeAtYearEnd(yearOver.yearEnd)}
          disabled={locked}
        />
        </Suspense>
      ) : null}
    </main>
  );
}
