// Deadlines as the supervision office reads them: missing or unreadable ones, and the tasks that are late or nearly so.
// A table without a deadline column is not faulted on every row.
import { daysBetween } from '../dates/daysBetween';
import type { ColumnMap } from '../model';
import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

export function deadlineFindings(tasks: readonly AnalyzedTask[], columns: ColumnMap, asOf: string): FindingDraft[] {
  const column = columns.deadline;
  if (column === null) return [];
  const drafts: FindingDraft[] = [];
  for (const { task } of tasks) {
    const at = { row: task.row, column, taskNo: task.no || null, unit: null };
    const { deadline, state } = task;
    if (state === 'done') continue;
    if (deadline.kind === 'missing') drafts.push(draft('DEADLINE_MISSING', { ...at, facts: {} }));
    else if (deadline.kind === 'unparsed') drafts.push(draft('DEADLINE_UNPARSED', { ...at, facts: { text: deadline.text } }));
    else if (deadline.due !== null && state === 'overdue')
      drafts.push(draft('DEADLINE_OVERDUE', { ...at, facts: { text: deadline.text, due: deadline.due, days: daysBetween(deadline.due, asOf) } }));
    else if (deadline.due !== null && state === 'dueSoon')
      drafts.push(draft('DEADLINE_DUE_SOON', { ...at, facts: { text: deadline.text, due: deadline.due, days: daysBetween(asOf, deadline.due) } }));
  }
  return drafts;
}
