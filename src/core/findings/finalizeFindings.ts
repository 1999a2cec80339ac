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

function compareWith(columnOf: (letters: string) => number): (a: SortKey, b: SortKey) => number {
  return (a, b) =>
    compareNullsFirst(a.row, b.row) ||
    compareNullsFirst(a.column === null ? null : columnOf(a.column), b.column === null ? null : columnOf(b.column)) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export const compareFindings: (a: SortKey, b: SortKey) => number = compareWith(columnNumber);

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
  return findings.sort(compareWith(cachedColumnNumber()));
}
