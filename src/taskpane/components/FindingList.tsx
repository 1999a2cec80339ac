import { Badge, Button, Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatCount } from '../../core/messages/formatCount';
import { kindHeading } from '../../core/messages/kindHeading';
import { messagesFor } from '../../core/messages/messagesFor';
import type { Finding, FindingCode, Lang, Severity } from '../../core/model';
import { findingAddress } from '../findingFilter';
import type { ListRow } from '../findingRows';
import { t } from '../i18n';
import { WholeDates } from './WholeDates';

const useStyles = makeStyles({
  list: { position: 'relative', width: '100%' },
  item: { position: 'absolute', top: 0, left: 0, width: '100%', boxSizing: 'border-box' },
  heading: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    margin: 0,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' },
  finding: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  active: { backgroundColor: tokens.colorBrandBackground2 },
  address: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  message: { textAlign: 'start' },
  suggestion: { display: 'block', color: tokens.colorNeutralForeground2 },
  detail: { gridColumn: '1 / span 2' },
  toggle: { paddingLeft: tokens.spacingHorizontalS },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = { error: 'danger', warning: 'warning', info: 'informative' };

const ESTIMATED_HEIGHT: Readonly<Record<ListRow['type'], number>> = { heading: 40, finding: 52, toggle: 32 };

export interface FindingListProps {
  readonly lang: Lang;
  readonly rows: readonly ListRow[];
  readonly active: Finding | null;
  readonly onActivate: (step: number) => void;
  readonly onToggle: (code: FindingCode) => void;
  /** What opens in place under the active finding (file mode's row detail). */
  readonly detail: ReactNode;
  /** A row to bring into view; a new object each time it is asked. */
  readonly scrollTo: { readonly row: number } | null;
}

/**
 * Only the rows on screen are in the page (the window scrolls, so the pane keeps one scroll bar): 50,000 findings are a
 * few dozen elements. Rows are measured as they render, since messages wrap differently at each pane width.
 */
export function FindingList({ lang, rows, active, onActivate, onToggle, detail, scrollTo }: FindingListProps) {
  const styles = useStyles();
  const words = messagesFor(lang);
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  // The list starts below the overview and filters; the window virtualiser needs that offset, which moves as they do.
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - offset) >= 1) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => ESTIMATED_HEIGHT[rows[i]?.type ?? 'finding'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
    scrollMargin: offset,
  });
  useEffect(() => {
    if (scrollTo) virtualizer.scrollToIndex(scrollTo.row, { align: 'center' });
  }, [scrollTo, virtualizer]);

  const render = (row: ListRow): ReactNode => {
    if (row.type === 'heading') {
      return (
        <h3 className={styles.heading}>
          <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[row.kind.severity]}>
            {words.severity[row.kind.severity]}
          </Badge>
          <span>{kindHeading({ ...row.kind, count: row.kind.findings.length }, lang)}</span>
        </h3>
      );
    }
    if (row.type === 'toggle') {
      return (
        <div className={styles.toggle}>
          <Button appearance="transparent" size="small" onClick={() => onToggle(row.code)}>
            {row.hidden > 0 ? t(lang, 'showAll', { count: formatCount(row.hidden) }) : t(lang, 'showFewer')}
          </Button>
        </div>
      );
    }
    const { finding, step } = row;
    const isActive = finding === active;
    const address = findingAddress(finding);
    return (
      <div className={mergeClasses(styles.finding, isActive && styles.active)}>
        <Text className={styles.address}>{address ?? t(lang, 'wholeTable')}</Text>
        <div className={styles.body}>
          <Link
            as="button"
            className={styles.message}
            aria-current={isActive ? 'true' : undefined}
            title={address ? t(lang, 'cellLabel', { address }) : undefined}
            onClick={() => onActivate(step)}
          >
            <WholeDates text={finding.message} />
          </Link>
          {finding.suggestion ? (
            <Text className={styles.suggestion}>
              <WholeDates text={t(lang, 'suggestion', { text: finding.suggestion })} />
            </Text>
          ) : null}
        </div>
        {isActive && detail ? <div className={styles.detail}>{detail}</div> : null}
      </div>
    );
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={listRef} className={styles.list} role="group" aria-label={t(lang, 'findings')} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={styles.item}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {render(row)}
          </div>
        );
      })}
    </div>
  );
}
