import { Badge, Link, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { SEVERITIES, TASK_STATES, type CheckResult, type Finding, type Lang, type Severity } from '../../core/model';
import { messagesFor } from '../../core/messages/messagesFor';
import { t } from '../i18n';
import { SEVERITY_LIGHT, STATE_LIGHT, countBySeverity, countByState, findingAddress, groupFindings, type FindingGroup, type Light } from '../results';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  count: {
    borderLeftWidth: '6px',
    borderLeftStyle: 'solid',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  red: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  amber: { borderLeftColor: tokens.colorPaletteMarigoldBorder2, backgroundColor: tokens.colorPaletteMarigoldBackground1 },
  green: { borderLeftColor: tokens.colorPaletteGreenBorder2, backgroundColor: tokens.colorPaletteGreenBackground1 },
  grey: { borderLeftColor: tokens.colorNeutralStroke1, backgroundColor: tokens.colorNeutralBackground3 },
  groups: { listStyleType: 'none', margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalS },
  groupTitle: { fontWeight: tokens.fontWeightSemibold },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  finding: { marginTop: tokens.spacingVerticalXS },
  suggestion: { display: 'block', color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = { error: 'danger', warning: 'warning', info: 'informative' };

function CountList({ lang, items, label }: { lang: Lang; items: readonly { key: string; text: string; count: number; light: Light }[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.counts} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={mergeClasses(styles.count, styles[item.light])}>
          {t(lang, 'countItem', { label: item.text, count: item.count })}
        </li>
      ))}
    </ul>
  );
}

function groupTitle(lang: Lang, group: FindingGroup): string {
  if (group.row === null) return t(lang, 'groupTable');
  if (group.taskNo) return t(lang, 'groupTask', { no: group.taskNo, row: group.row });
  return t(lang, 'groupRow', { row: group.row });
}

function FindingGroupItem({ lang, group, onShow }: { lang: Lang; group: FindingGroup; onShow: (f: Finding) => void }) {
  const styles = useStyles();
  const titleId = useId('group');
  return (
    <li className={styles.group}>
      <span id={titleId} className={styles.groupTitle}>
        {groupTitle(lang, group)}
      </span>
      <ul className={styles.findings} aria-labelledby={titleId}>
        {group.findings.map((finding, i) => {
          const address = findingAddress(finding);
          return (
            <li key={i} className={styles.finding}>
              <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
                {messagesFor(lang).severity[finding.severity]}
              </Badge>{' '}
              {address ? (
                <Link as="button" onClick={() => onShow(finding)} title={t(lang, 'cellLabel', { address })}>
                  {finding.message}
                </Link>
              ) : (
                <Text>{finding.message}</Text>
              )}
              {finding.suggestion ? <Text className={styles.suggestion}>{t(lang, 'suggestion', { text: finding.suggestion })}</Text> : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export interface ResultsPanelProps {
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly onShow: (finding: Finding) => void;
}

export function ResultsPanel({ lang, result, onShow }: ResultsPanelProps) {
  const styles = useStyles();
  const headingId = useId('results');
  const findingsId = useId('findings');
  const words = messagesFor(lang);
  const severity = countBySeverity(result);
  const state = countByState(result);
  const groups = groupFindings(result.findings);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'results')}</h2>
      <Text block>
        {t(lang, 'resultsFor', { sheet: result.sheet, year: result.planYear, asOf: result.asOf, tasks: result.tasks.length })}
      </Text>
      <h3>{t(lang, 'bySeverity')}</h3>
      <CountList
        lang={lang}
        label={t(lang, 'bySeverity')}
        items={SEVERITIES.map((s) => ({ key: s, text: words.severity[s], count: severity[s], light: SEVERITY_LIGHT[s] }))}
      />
      <h3>{t(lang, 'byState')}</h3>
      <CountList
        lang={lang}
        label={t(lang, 'byState')}
        items={TASK_STATES.map((s) => ({ key: s, text: words.state[s], count: state[s], light: STATE_LIGHT[s] }))}
      />
      <h3 id={findingsId}>{t(lang, 'findings')}</h3>
      {groups.length === 0 ? (
        <Text>{t(lang, 'noFindings')}</Text>
      ) : (
        <ul className={styles.groups} aria-labelledby={findingsId}>
          {groups.map((group) => (
            <FindingGroupItem key={group.key} lang={lang} group={group} onShow={onShow} />
          ))}
        </ul>
      )}
    </section>
  );
}
