// Every task needs someone to lead it. A table with no column for leads at all is reported once, not on every row.
import type { ColumnMap } from '../model';
import type { AnalyzedTask } from './analyzedTask';
import { draft, type FindingScan } from './findingFacts';

export function leadCheck(tasks: readonly AnalyzedTask[], columns: ColumnMap): FindingScan {
  const column = columns.lead ?? columns.units;
  if (column === null) {
    return { table: tasks.length === 0 ? [] : [draft('LEAD_MISSING', { row: null, column: null, taskNo: null, unit: null, facts: { wholeTable: true } })], rows: () => [] };
  }
  return {
    table: [],
    rows: (slice) =>
      slice
        .filter(({ task }) => task.lead.length === 0)
        .map(({ task }) => draft('LEAD_MISSING', { row: task.row, column, taskNo: task.no || null, unit: null, facts: { wholeTable: false } })),
  };
}
