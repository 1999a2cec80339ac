import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ date: { whiteSpace: 'nowrap' } });

// Browsers may break a line after a hyphen, so a narrow pane shows "截至 2023-11-" and "20" on the next line: the
// dates the tool writes (ISO, in settings, headings and finding messages) are kept whole; the text around them wraps.
const ISO_DATE = /(\b\d{4}-\d{2}-\d{2}\b)/;

export function WholeDates({ text }: { readonly text: string }) {
  const styles = useStyles();
  const parts = text.split(ISO_DATE);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={styles.date}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
