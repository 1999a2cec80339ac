// Findings about the table as a whole.
import type { HostError } from '../host';
import type { SheetGrid } from '../model';
import { diagnoseHeader, HEADER_SEARCH_ROWS } from '../table/headerBlock';
import { ledByUnitsColumn } from '../table/placeMentions';
import type { TableLayout, TaskRow } from '../table/tableLayout';
import { draft, type FindingDraft } from './findingFacts';

export function tableNotFound(sheet: SheetGrid): FindingDraft[] {
  const { seen, missing } = diagnoseHeader(sheet.grid);
  return [draft('TABLE_NOT_FOUND', { row: null, column: null, taskNo: null, unit: null, facts: { sheet: sheet.name, searchedRows: HEADER_SEARCH_ROWS, seen, missing } })];
}

/** Where a host says NO_TASK_TABLE: the sheet, the header cells seen and the roles missing, in one line. */
export function tableNotFoundWhere(sheet: SheetGrid): HostError['where'] {
  return { sheet: sheet.name, header: diagnoseHeader(sheet.grid) };
}

/** Repeated headers are skipped; saying so lets the user see that those rows were not read as tasks. */
export function repeatedHeaders(layout: TableLayout): FindingDraft[] {
  return layout.rows
    .filter((r) => r.kind === 'header')
    .map((r) => draft('HEADER_REPEATED', { row: r.row, column: null, taskNo: null, unit: null, facts: {} }));
}

/** Rows led by their 责任单位 because their 牵头单位 is empty (无牵头单位的，责任单位即为牵头单位): said once, as info. */
export function leadFromUnits(layout: TableLayout, rows: readonly TaskRow[]): FindingDraft[] {
  const led = rows.filter((row) => ledByUnitsColumn(row, layout.columns, layout)).map((row) => row.row);
  if (led.length === 0) return [];
  return [draft('LEAD_FROM_UNITS', { row: null, column: null, taskNo: null, unit: null, facts: { count: led.length, rows: led } })];
}
