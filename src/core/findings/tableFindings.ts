// Findings about the table as a whole.
import { HEADER_SEARCH_ROWS } from '../table/locateTable';
import type { TableLayout } from '../table/tableLayout';
import { draft, type FindingDraft } from './findingFacts';

export function tableNotFound(sheet: string): FindingDraft[] {
  return [draft('TABLE_NOT_FOUND', { row: null, column: null, taskNo: null, unit: null, facts: { sheet, searchedRows: HEADER_SEARCH_ROWS } })];
}

/** Repeated headers are skipped; saying so lets the user see that those rows were not read as tasks. */
export function repeatedHeaders(layout: TableLayout): FindingDraft[] {
  return layout.rows
    .filter((r) => r.kind === 'header')
    .map((r) => draft('HEADER_REPEATED', { row: r.row, column: null, taskNo: null, unit: null, facts: {} }));
}
