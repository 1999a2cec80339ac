import {
  Button,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatCount } from '../../core/messages/formatCount';
import { messagesFor } from '../../core/messages/messagesFor';
import { SEVERITIES, TASK_STATES, type CheckResult, type Finding, type FindingCode, type Lang, type Severity, type TaskState } from '../../core/model';
import { groupFindingsByKind } from '../../core/plan/groupRepeatedFindings';
import { taskStateCounts } from '../../core/summaries/taskCounts';
import type { RevealedCell } from '../fileSession';
import { NO_FILTER, filterFindings, findingAddress, isFiltering, unitChoices, type FindingFilter } from '../findingFilter';
import { findingRows } from '../findingRows';
import { counted, t } from '../i18n';
import { markPaintedAfterNextFrame } from '../paneTiming';
import type { PlanYearOver } from '../../core/summaries/planYearOver';
import { findingsInRange } from '../selectionFindings';
import { FindingList } from './FindingList';
import { RowDetail } from './RowDetail';
import { WholeDates } from './WholeDates';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0 },
  dot: { display: 'inline-block', width: '8px', height: '8px', borderRadius: '50%' },
  red: { backgroundColor: tokens.colorPaletteRedBorder2 },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBorder2 },
  green: { backgroundColor: tokens.colorPaletteGreenBorder2 },
  grey: { backgroundColor: tokens.colorNeutralStroke1 },
  filters: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  wide: { gridColumn: '1 / span 2' },
  select: { width: '100%', minWidth: 0 },
  shown: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stepper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  selection: { overflowWrap: 'anywhere' },
  selectionList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Light = 'red' | 'amber' | 'green' | 'grey';
const SEVERITY_LIGHT: Readonly<Record<Severity, Light>> = { error: 'red', warning: 'amber', info: 'grey' };
const STATE_LIGHT: Readonly<Record<TaskState, Light>> = { overdue: 'red', dueSoon: 'amber', onTrack: 'green', ongoing: 'grey', done: 'grey', unknown: 'grey' };

/** Findings of the selected cells shown in the bar; the list holds the rest. */
const SELECTION_SHOWN = 3;

export interface ResultsPanelProps {
  readonly lang: Lang;
  readonly result: CheckResult;
  /** Select the finding's cell: in Excel, or file mode's row detail. */
  readonly onShow: (finding: Finding) => void;
  /** File mode: the row last revealed, shown in place under the active finding. */
  readonly revealed: RevealedCell | null;
  readonly showsDetail: boolean;
  /** Excel: the range the user selected on the checked sheet. */
  readonly selection: string | null;
  readonly planYearOver: PlanYearOver | null;
  readonly onJudgeAtYearEnd: () => void;
  readonly disabled: boolean;
}

function Chip({ label, count, light, pressed, onClick }: { label: string; count: number; light: Light; pressed: boolean; onClick: () => void }) {
  const styles = useStyles();
  return (
    <ToggleButton
      className={styles.chip}
      size="small"
      shape="circular"
      checked={pressed}
      disabled={count === 0 && !pressed}
      icon={<span className={mergeClasses(styles.dot, styles[light])} />}
      onClick={onClick}
    >
      {`${label} ${formatCount(count)}`}
    </ToggleButton>
  );
}

export function ResultsPanel({ lang, result, onShow, revealed, showsDetail, selection, planYearOver, onJudgeAtYearEnd, disabled }: ResultsPanelProps) {
  const styles = useStyles();
  const headingId = useId('results');
  const words = messagesFor(lang);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [expanded, setExpanded] = useState<ReadonlySet<FindingCode>>(new Set());
  const [active, setActive] = useState<Finding | null>(null);
  const [scrollTo, setScrollTo] = useState<{ row: number } | null>(null);
  // Typing in the search box stays quick on 50,000 findings: the list follows a moment later.
  const deferredFilter = useDeferredValue(filter);

  useEffect(() => {
    setFilter(NO_FILTER);
    setExpanded(new Set());
    setActive(null);
    return markPaintedAfterNextFrame();
  }, [result]);

  const severityCounts = useMemo(() => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) counts[f.severity] += 1;
    return counts;
  }, [result]);
  // Tasks, not rows: a task over several rows counts once, as the task count does.
  const stateCounts = useMemo(() => taskStateCounts(result.tasks), [result]);
  const allKinds = useMemo(() => groupFindingsByKind(result.findings), [result]);
  const units = useMemo(() => unitChoices(result), [result]);
  const shown = useMemo(() => filterFindings(result, deferredFilter), [result, deferredFilter]);
  const kinds = useMemo(() => (shown === result.findings ? allKinds : groupFindingsByKind(shown)), [shown, result, allKinds]);
  const list = useMemo(() => findingRows(kinds, expanded), [kinds, expanded]);
  const stepOf = useMemo(() => new Map(list.steps.map((f, i) => [f, i])), [list]);
  const activeStep = active ? stepOf.get(active) : undefined;

  const goTo = useCallback(
    (step: number, show: boolean, scroll: boolean) => {
      const finding = list.steps[step];
      const code = list.kindOfStep[step];
      if (!finding || !code) return;
      setActive(finding);
      if (list.rowOfStep[step] === -1) setExpanded((open) => new Set(open).add(code));
      if (scroll) setScrollTo({ row: -1 });
      if (show) onShow(finding);
    },
    [list, onShow],
  );
  // The row is known only once an expanded kind has been laid out again: resolve the scroll after that render.
  useEffect(() => {
    if (scrollTo?.row !== -1 || activeStep === undefined) return;
    const row = list.rowOfStep[activeStep];
    if (row !== undefined && row >= 0) setScrollTo({ row });
  }, [scrollTo, activeStep, list]);

  // Excel: selecting a flagged cell makes its first finding the current one, unless the current one is already there.
  const selected = useMemo(() => (selection ? findingsInRange(result.findings, selection) : null), [result, selection]);
  useEffect(() => {
    if (!selected || selected.length === 0 || (active && selected.includes(active))) return;
    const step = stepOf.get(selected[0] as Finding);
    if (step !== undefined) goTo(step, false, true);
    // Only a new selection moves the list; stepping on from it must not be undone.
  }, [selected]);

  const step = (delta: 1 | -1) => {
    const count = list.steps.length;
    if (count === 0) return;
    const from = activeStep ?? (delta === 1 ? -1 : count);
    goTo((from + delta + count) % count, true, true);
  };

  const toggle = (code: FindingCode) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const set = (change: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...change }));
  const filtering = isFiltering(filter);
  const noDeadlines = result.columns.deadline === null;
  // Without deadlines no task is overdue, but progress still gets lights, judged by the plan year's last day.
  const lit = noDeadlines && result.tasks.some((task) => task.light !== undefined && task.light !== null);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t(lang, 'results')}
      </h2>
      <Text block>
        <WholeDates
          text={t(lang, 'resultsFor', {
            sheet: result.sheet,
            year: words.terms.planYearOf(result.planYear),
            asOf: words.terms.asOfDate(result.asOf),
            tasks: counted(lang, result.tasks.length, 'task'),
          })}
        />
      </Text>
      {planYearOver ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(lang, noDeadlines ? 'planYearOverRed' : 'planYearOver', { year: planYearOver.planYear, count: formatCount(planYearOver.overdue) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={disabled} onClick={onJudgeAtYearEnd}>
              {t(lang, 'judgeAtYearEnd')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.chips} role="group" aria-label={t(lang, 'bySeverity')}>
        {SEVERITIES.map((s) => (
          <Chip key={s} label={words.severity[s]} count={severityCounts[s]} light={SEVERITY_LIGHT[s]} pressed={filter.severity === s} onClick={() => set({ severity: filter.severity === s ? null : s })} />
        ))}
      </div>
      {noDeadlines ? (
        <Text>{t(lang, lit ? 'noDeadlineColumnLights' : 'noDeadlineColumn')}</Text>
      ) : (
        <div className={styles.chips} role="group" aria-label={t(lang, 'byState')}>
          {TASK_STATES.filter((s) => stateCounts[s] > 0 || filter.state === s).map((s) => (
            <Chip key={s} label={words.state[s]} count={stateCounts[s]} light={STATE_LIGHT[s]} pressed={filter.state === s} onClick={() => set({ state: filter.state === s ? null : s })} />
          ))}
        </div>
      )}
      {result.findings.length > 0 ? (
        // Labelled by their names rather than by a line above each: the first choice ("全部类别") says what a select picks,
        // and the three fit two lines of a 320 px pane, above the first finding.
        <div className={styles.filters} role="group" aria-label={t(lang, 'filters')}>
          <Select className={styles.select} aria-label={t(lang, 'filterKind')} value={filter.kind ?? ''} onChange={(_, d) => set({ kind: d.value === '' ? null : (d.value as FindingCode) })}>
            <option value="">{t(lang, 'allKinds')}</option>
            {allKinds.map((k) => (
              <option key={k.code} value={k.code}>
                {`${words.findingKinds[k.code].name} (${formatCount(k.findings.length)})`}
              </option>
            ))}
          </Select>
          <Select className={styles.select} aria-label={t(lang, 'filterUnit')} value={filter.unit ?? ''} onChange={(_, d) => set({ unit: d.value === '' ? null : d.value })}>
            <option value="">{t(lang, 'allUnits')}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
          <Input className={styles.wide} type="search" aria-label={t(lang, 'search')} value={filter.text} placeholder={t(lang, 'searchPlaceholder')} onChange={(_, d) => set({ text: d.value })} />
        </div>
      ) : null}
      {filtering ? (
        <div className={styles.shown}>
          <Text>{t(lang, 'shown', { shown: formatCount(shown.length), total: formatCount(result.findings.length) })}</Text>
          <Link as="button" onClick={() => setFilter(NO_FILTER)}>
            {t(lang, 'clearFilters')}
          </Link>
        </div>
      ) : null}
      {/* A table without findings has nothing to step through: "未发现问题" says it all. */}
      {result.findings.length > 0 ? (
        <div className={styles.bar}>
          <div className={styles.stepper}>
            <Button size="small" disabled={list.steps.length === 0} onClick={() => step(-1)}>
              {t(lang, 'previous')}
            </Button>
            <Button size="small" appearance="primary" disabled={list.steps.length === 0} onClick={() => step(1)}>
              {t(lang, 'next')}
            </Button>
            <Text aria-live="polite">
              {activeStep === undefined
                ? t(lang, 'positionNone', { count: formatCount(list.steps.length) })
                : t(lang, 'position', { at: formatCount(activeStep + 1), count: formatCount(list.steps.length) })}
            </Text>
          </div>
          {selection && selected ? (
            <div className={styles.selection} aria-live="polite">
              <Text weight="semibold">{t(lang, 'selection', { address: selection })}</Text>
              {selected.length === 0 ? (
                <Text block>{t(lang, 'selectionNone')}</Text>
              ) : (
                <ul className={styles.selectionList}>
                  {selected.slice(0, SELECTION_SHOWN).map((f, i) => (
                    <li key={i}>
                      <Text>{`${findingAddress(f) ?? ''} ${words.findingKinds[f.code].name}：${f.message}`}</Text>
                    </li>
                  ))}
                  {selected.length > SELECTION_SHOWN ? <li>{`…${formatCount(selected.length - SELECTION_SHOWN)}`}</li> : null}
                </ul>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
      {result.findings.length === 0 ? (
        <Text>{t(lang, 'noFindings')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t(lang, 'noMatch')}</Text>
      ) : (
        <FindingList
          lang={lang}
          rows={list.rows}
          active={active}
          onActivate={(s) => goTo(s, true, false)}
          onToggle={toggle}
          scrollTo={scrollTo && scrollTo.row >= 0 ? scrollTo : null}
          detail={
            showsDetail && active ? (
              <RowDetail lang={lang} result={result} finding={active} cell={revealed && revealed.address === findingAddress(active) ? revealed : null} />
            ) : null
          }
        />
      )}
    </section>
  );
}
