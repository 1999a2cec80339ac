// Drafts become findings: severity from the one table, words from the language's table, in a fixed order (row, then
// column, then code) so that two runs over the same table print the same list.
import type { Finding, FindingCode, Lang } from '../model';
import type { FindingText, Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import { columnNumber } from '../table/columnLetters';
import type { FindingDraft, FindingFactsByCode } from './findingFacts';
import { FINDING_SEVERITY } from './severities';

type Words = { readonly message: string; readonly suggestion: string | null };
type SortKey = Pick<Finding, 'row' | 'column' | 'code'>;

function compareNullsFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}

/** The order of the findings list; sortedFindings applies it to a whole list at once. */
export function compareFindings(a: SortKey, b: SortKey): number {
  return (
    compareNullsFirst(a.row, b.row) ||
    compareNullsFirst(a.column === null ? null : columnNumber(a.column), b.column === null ? null : columnNumber(b.column)) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** A table has a handful of columns but a sort makes hundreds of thousands of comparisons: convert each letter once. */
function cachedColumnNumber(): (letters: string) => number {
  const numbers = new Map<string, number>();
  return (letters) => {
    let n = numbers.get(letters);
    if (n === undefined) {
      n = columnNumber(letters);
      numbers.set(letters, n);
    }
    return n;
  };
}

/** Codes in the order compareFindings puts them (plain string order). */
const CODE_RANK: ReadonlyMap<string, number> = new Map(
  Object.keys(FINDING_SEVERITY)
    .sort()
    .map((code, rank) => [code, rank] as const),
);
const CODE_SLOTS = 2 ** Math.ceil(Math.log2(CODE_RANK.size + 1));
/** One past Excel's last column (XFD = 16384): column 0 stands for none. */
const COLUMN_SLOTS = 16385;

/**
 * The order of compareFindings as one number per finding (row, then column, then code; none first), so that a sort of
 * hundreds of thousands of findings compares numbers instead of converting column letters and comparing codes. The
 * key stays an exact integer (below 2^53) for rows far past Excel's last, 1,048,576.
 */
function sortedFindings(findings: readonly Finding[]): Finding[] {
  const columnOf = cachedColumnNumber();
  const keys = findings.map(
    (f) => (((f.row === null ? 0 : f.row + 1) * COLUMN_SLOTS + (f.column === null ? 0 : columnOf(f.column))) * CODE_SLOTS) + (CODE_RANK.get(f.code) ?? 0),
  );
  // Ties keep the order the checks produced, as the stable sort on compareFindings did.
  const order = findings.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return order.map((i) => findings[i] as Finding);
}

function words<C extends FindingCode>(code: C, facts: FindingFactsByCode[C], messages: Messages): Words {
  const text: FindingText<C> = messages.findings[code];
  return { message: text.message(facts, messages.formatAmount), suggestion: text.suggestion(facts) };
}

export function finalizeFindings(drafts: readonly FindingDraft[], lang: Lang): Finding[] {
  const messages = messagesFor(lang);
  // The unit checks hand every finding about the same parsed mention the same facts object (thousands of rows write
  // 闽侯区委 alike), so each distinct facts object is put into words once.
  const wordsOf = new WeakMap<object, Words & { readonly code: FindingCode }>();
  const findings = drafts.map((d): Finding => {
    let said = wordsOf.get(d.facts);
    if (said === undefined || said.code !== d.code) {
      said = { code: d.code, ...words(d.code, d.facts, messages) };
      wordsOf.set(d.facts, said);
    }
    return {
      code: d.code,
      severity: FINDING_SEVERITY[d.code],
      row: d.row,
      column: d.column,
      taskNo: d.taskNo,
      unit: d.unit,
      message: said.message,
      suggestion: said.suggestion,
    };
  });
  return sortedFindings(findings);
}
