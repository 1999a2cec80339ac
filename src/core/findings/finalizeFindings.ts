// Drafts become findings: severity from the one table, words from the language's table, in a fixed order (row, then
// column, then code) so that two runs over the same table print the same list.
import type { Finding, FindingCode, Lang } from '../model';
import type { FindingText, Messages } from '../messages/catalog';
import { messagesFor } from '../messages/messagesFor';
import { columnNumber } from '../table/columnLetters';
import type { FindingDraft, FindingFactsByCode } from './findingFacts';
import { FINDING_SEVERITY } from './severities';

function compareNullsFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}

export function compareFindings(a: Pick<Finding, 'row' | 'column' | 'code'>, b: Pick<Finding, 'row' | 'column' | 'code'>): number {
  return (
    compareNullsFirst(a.row, b.row) ||
    compareNullsFirst(a.column === null ? null : columnNumber(a.column), b.column === null ? null : columnNumber(b.column)) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

function words<C extends FindingCode>(code: C, facts: FindingFactsByCode[C], messages: Messages): { message: string; suggestion: string | null } {
  const text: FindingText<C> = messages.findings[code];
  return { message: text.message(facts, messages.formatAmount), suggestion: text.suggestion(facts) };
}

export function finalizeFindings(drafts: readonly FindingDraft[], lang: Lang): Finding[] {
  const messages = messagesFor(lang);
  const findings = drafts.map(
    (d): Finding => ({
      code: d.code,
      severity: FINDING_SEVERITY[d.code],
      row: d.row,
      column: d.column,
      taskNo: d.taskNo,
      unit: d.unit,
      ...words(d.code, d.facts, messages),
    }),
  );
  return findings.sort(compareFindings);
}
