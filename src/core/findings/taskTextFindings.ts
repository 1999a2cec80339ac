import type { ColumnMap } from '../model';
import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

/** A row with units or a deadline but no task text. */
export function taskTextFindings(tasks: readonly AnalyzedTask[], columns: ColumnMap): FindingDraft[] {
  return tasks
    .filter(({ task }) => task.text === '')
    .map(({ task }) => draft('TASK_TEXT_EMPTY', { row: task.row, column: columns.task, taskNo: task.no || null, unit: null, facts: {} }));
}
