import { Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { RevealedCell } from '../fileSession';
import { t } from '../i18n';

const useStyles = makeStyles({
  cells: { margin: 0 },
  column: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: tokens.spacingHorizontalL, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** File mode's stand-in for selecting a cell in Excel: the address and what the row says. */
export function CellDetails({ lang, cell }: { lang: Lang; cell: RevealedCell | null }) {
  const styles = useStyles();
  const headingId = useId('details');
  return (
    <section aria-labelledby={headingId} aria-live="polite">
      <h2 id={headingId}>{t(lang, 'details')}</h2>
      {cell === null ? (
        <Text>{t(lang, 'detailsEmpty')}</Text>
      ) : (
        <>
          <Text block weight="semibold">
            {cell.sheet}!{cell.address}
          </Text>
          <dl className={styles.cells}>
            {cell.cells.map((c) => (
              <div key={c.column}>
                <dt className={styles.column}>{c.column}</dt>
                <dd className={styles.value}>{c.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
