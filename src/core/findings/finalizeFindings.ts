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
import { finish } from '../steps';

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
 * Findings are bucketed as they are made; the buckets are joined `slice` rows at a time, yielding between.
 */
class SortedFindings {
  // A table has a handful of columns but a sort makes hundreds of thousands of comparisons: convert each letter once.
  private readonly columnOf = memoize(columnNumber);
  private readonly withoutRow: Finding[] = [];
  private readonly byRow: Finding[][] = [];

  add(finding: Finding): void {
    if (finding.row === null) this.withoutRow.push(finding);
    else (this.byRow[finding.row] ??= []).push(finding);
  }

  *joined(slice: number): Generator<void, Finding[]> {
    const { columnOf } = this;
    const withinRow = (a: Finding, b: Finding): number =>
      compareNullsFirst(a.column === null ? null : columnOf(a.column), b.column === null ? null : columnOf(b.column)) ||
      (CODE_RANK.get(a.code) ?? 0) - (CODE_RANK.get(b.code) ?? 0);
    const sorted = this.withoutRow.sort(withinRow);
    let rows = 0;
    for (const row of this.byRow) {
      if (row === undefined) continue;
      for (const finding of row.sort(withinRow)) sorted.push(finding);
      rows += 1;
      if (rows % slice === 0) yield;
    }
    return sorted;
  }
}

function words<C extends FindingCode>(code: C, facts: FindingFactsByCode[C], messages: Messages): Words {
  const text: FindingText<C> = messages.findings[code];
  return { message: text.message(facts, messages.formatAmount), suggestion: text.suggestion(facts), quote: findingQuote(code, facts) };
}

/**
 * The drafts put into words `slice` at a time, then sorted, yielding between slices (so that a host can breathe on
 * half a million findings) the number of drafts done.
 */
export function* finalizeFindingsSteps(drafts: readonly FindingDraft[], lang: Lang, slice = Number.POSITIVE_INFINITY): Generator<number, Finding[]> {
  const messages = messagesFor(lang);
  // The unit checks hand every finding about the same parsed mention the same facts object (thousands of rows write
  // 闽侯区委 alike), so each distinct facts object is put into words once.
  const wordsOf = new WeakMap<object, Words & { readonly code: FindingCode }>();
  const findings = new SortedFindings();
  for (let i = 0; i < drafts.length; i += 1) {
    const d = drafts[i] as FindingDraft;
    let said = wordsOf.get(d.facts);
    if (said === undefined || said.code !== d.code) {
      said = { code: d.code, ...words(d.code, d.facts, messages) };
      wordsOf.set(d.facts, said);
    }
    findings.add({
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
    });
    if ((i + 1) % slice === 0) yield i + 1;
  }
  const joining = findings.joined(slice);
  for (;;) {
    const step = joining.next();
    if (step.done) return step.value;
    yield drafts.length;
  }
}


export function finalizeFindings(drafts: readonly FindingDraft[], lang: Lang): Finding[] {
  return finish(finalizeFindingsSteps(drafts, lang));
}
