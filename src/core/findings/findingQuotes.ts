// Which fact of a finding is text written in its cell: what a host marks when it shows the cell (the misspelt unit in a
// cell of six units, the deadline it could not read). Codes not listed are about the cell as a whole.
import type { FindingCode } from '../model';
import type { FindingFactsByCode } from './findingFacts';

type QuoteOf = { readonly [C in FindingCode]?: (facts: FindingFactsByCode[C]) => string };

const QUOTE_OF: QuoteOf = {
  TASK_NO_DUPLICATE: (f) => f.no,
  UNIT_UNKNOWN: (f) => f.written,
  UNIT_NONSTANDARD: (f) => f.written,
  UNIT_DUPLICATE: (f) => f.written,
  DEADLINE_UNPARSED: (f) => f.text,
  DEADLINE_OVERDUE: (f) => f.text,
  DEADLINE_DUE_SOON: (f) => f.text,
  CELL_ERROR_VALUE: (f) => f.error,
};

/** The written text a finding of `code` is about, or null when it concerns the whole cell. */
export function findingQuote<C extends FindingCode>(code: C, facts: FindingFactsByCode[C]): string | null {
  const quote = QUOTE_OF[code] as ((facts: FindingFactsByCode[C]) => string) | undefined;
  const text = quote?.(facts);
  return text === undefined || text === '' ? null : text;
}
