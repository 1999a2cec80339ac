import { Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { CheckResult, Finding, Lang } from '../../core/model';
import { columnTitle } from '../columnTitles';
import type { RevealedCell } from '../fileSession';
import { roleNames, t } from '../i18n';

const useStyles = makeStyles({
  detail: {
    marginTop: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  cells: { margin: 0 },
  column: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  letter: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  value: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});

/** The cell text with the part the finding is about marked, where the cell holds it as written. */
function Marked({ text, quote, className }: { text: string; quote: string | undefined; className: string }) {
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className={className}>{quote}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}

export interface RowDetailProps {
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly finding: Finding;
  /** The row as file mode read it; null while it is being read. */
  readonly cell: RevealedCell | null;
}

/** File mode's stand-in for selecting a cell in Excel: the finding's row, under the sheet's own column names. */
export function RowDetail({ lang, result, finding, cell }: RowDetailProps) {
  const styles = useStyles();
  const headingId = useId('details');
  const names = roleNames(lang);
  return (
    <section className={styles.detail} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t(lang, 'details')}
      </h4>
      {cell === null ? (
        <Text>{t(lang, 'detailsLoading')}</Text>
      ) : (
        <>
          <Text block weight="semibold">
            {cell.sheet}!{cell.address}
          </Text>
          <dl className={styles.cells}>
            {cell.cells.map((c) => {
              const title = columnTitle(result, c.column, names);
              return (
                <div key={c.column}>
                  <dt className={styles.column}>
                    {title ?? c.column} {title ? <span className={styles.letter}>{c.column}</span> : null}
                  </dt>
                  <dd className={styles.value}>
                    <Marked text={c.text} quote={c.column === finding.column ? finding.quote : undefined} className={styles.mark} />
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
