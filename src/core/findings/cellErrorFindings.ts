import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingDraft } from './findingFacts';

/** Error values (#N/A, #REF! …) in the columns the check reads: usually a broken lookup formula. */
export function cellErrorFindings(tasks: readonly AnalyzedTask[]): FindingDraft[] {
  return tasks.flatMap(({ source }) =>
    source.errors.map((e) => draft('CELL_ERROR_VALUE', { row: source.row, column: e.column, taskNo: source.no || null, unit: null, facts: { error: e.error } })),
  );
}
