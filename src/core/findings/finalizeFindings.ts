// Drafts become findings: severity from the one table, words from the language's table, in a fixed order (row, then
// column, then code) so that two runs over the same table print the same list.
import type { Finding, FindingCode, Lang } from '../model';
import type { FindingText, Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import { columnNumber } from '../table/columnLetters';
import type { FindingDraft, FindingFactsByCode } from './findingFacts';
import { findingQuote } from './findingQuotes';
import { FINDING_SEVERITY } from './severities';
import { memoize } from '../memoize';

type Words = { readonly message: string; readonly suggestion: string | null; readonly quote: string | null };
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

/** Codes in the order compareFindings puts them (plain string order). */
const CODE_RANK: ReadonlyMap<string, number> = new Map(
  Object.keys(FINDING_SEVERITY)
    .sort()
    .map((code, rank) => [code, rank] as const),
);

/**
 * The order of compareFindings, reached without comparing whole findings: the checks hand their findings over check by
 * check, each in row order, so one bucket per row and a sort of the few findings within a row (by column number, then
 * code) keep a list of hundreds of thousands linear. Both sorts are stable, as the sort on compareFindings was.
 */
function sortedFindings(findings: readonly Finding[]): Finding[] {
  // A table has a handful of columns but a sort makes hundreds of thousands of comparisons: convert each letter once.
  const columnOf = memoize(columnNumber);
  const withoutRow: Finding[] = [];
  const byRow: Finding[][] = [];
  for (const finding of findings) {
    if (finding.row === null) withoutRow.push(finding);
    else (byRow[finding.row] ??= []).push(finding);
  }
  const withinRow = (a: Finding, b: Finding): number =>
    compareNullsFirst(a.column === null ? null : columnOf(a.column), b.column === null ? null : columnOf(b.column)) ||
    (CODE_RANK.get(a.code) ?? 0) - (CODE_RANK.get(b.code) ?? 0);
  const sorted = withoutRow.sort(withinRow);
  for (const row of byRow) if (row !== undefined) sorted.push(...row.sort(withinRow));
  return sorted;
}

function words<C extends FindingCode>(code: C, facts: FindingFactsByCode[C], messages: Messages): Words {
  const text: FindingText<C> = messages.findings[code];
  return { message: text.message(facts, messages.formatAmount), suggestion: text.suggestion(facts), quote: findingQuote(code, facts) };
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
      // Always present (undefined where nothing is quoted), so that every finding has one shape.
      quote: said.quote ?? undefined,
    };
  });
  return sortedFindings(findings);
}
