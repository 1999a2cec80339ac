// The findings sheet: one row per finding, its cell a link back to the task sheet.
import type { Messages } from '../messages/catalog';
import type { CheckResult, Finding, PlanCell, SheetPlan } from '../model';
import { columnWidths } from './columnWidth';

export type SheetBody = Pick<SheetPlan, 'columns' | 'rows' | 'boldRows'>;

const MAX_WIDTHS = [8, 28, 10, 8, 24, 60, 40];

function cellOf(f: Finding, result: CheckResult, fallbackColumn: string): PlanCell {
  if (f.row === null) return null;
  const cell = `${f.column ?? fallbackColumn}${f.row}`;
  return { text: cell, link: { sheet: result.sheet, cell } };
}

export function findingsSheet(result: CheckResult, messages: Messages): SheetBody {
  // Findings about a whole row (a repeated header) point at the table's first column.
  const fallbackColumn = result.columns.no ?? result.columns.task ?? 'A';
  const h = messages.findingsHeaders;
  const headers = [h.severity, h.code, h.cell, h.taskNo, h.unit, h.message, h.suggestion];
  const rows: PlanCell[][] = result.findings.map((f) => [
    messages.severity[f.severity],
    f.code,
    cellOf(f, result, fallbackColumn),
    f.taskNo,
    f.unit,
    f.message,
    f.suggestion,
  ]);
  const widths = columnWidths(headers, rows, MAX_WIDTHS);
  return { columns: headers.map((header, i) => ({ header, width: widths[i] ?? 10 })), rows, boldRows: [] };
}
