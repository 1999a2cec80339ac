// The findings sheet: one row per group of repeated findings (see groupRepeatedFindings.ts), worst first, its first
// cell a link back to the task sheet and every other cell listed, so a long table gives a short sheet.
import type { Messages } from '../messages/catalog';
import type { CheckResult, PlanCell } from '../model';
import { ELLIPSIS, EXCEL_CELL_TEXT_LIMIT } from './cellTextLimit';
import { sheetColumns } from './columnWidth';
import { type FindingPlace, groupRepeatedFindings, worstFirst } from './groupRepeatedFindings';
import type { SheetBody } from './sheetBody';

const MAX_WIDTHS = [8, 28, 10, 10, 40, 16, 24, 60, 40];

/**
 * The items joined, ending in an ellipsis after the last whole item that fits in one Excel cell: a list cut inside an
 * address ("D1…") would name a cell that has no finding.
 */
function joinWithinCell(items: readonly string[], separator: string): string {
  let text = '';
  for (const [i, item] of items.entries()) {
    const next = i === 0 ? item : `${text}${separator}${item}`;
    const room = i === items.length - 1 ? EXCEL_CELL_TEXT_LIMIT : EXCEL_CELL_TEXT_LIMIT - ELLIPSIS.length;
    if (next.length > room) return `${text}${ELLIPSIS}`;
    text = next;
  }
  return text;
}

function listCell(items: readonly string[], separator: string): PlanCell {
  return items.length === 0 ? null : joinWithinCell(items, separator);
}

export function findingsSheet(result: CheckResult, messages: Messages): SheetBody {
  // Findings about a whole row (a repeated header) link to the table's first column of that row.
  const fallbackColumn = result.columns.no ?? result.columns.task ?? 'A';
  const label = (place: FindingPlace): string => (place.kind === 'cell' ? place.cell : messages.findingRow(place.row));
  const address = (place: FindingPlace): string => (place.kind === 'cell' ? place.cell : `${fallbackColumn}${place.row}`);
  const h = messages.findingsHeaders;
  const headers = [h.severity, h.code, h.cell, h.count, h.cells, h.taskNo, h.unit, h.message, h.suggestion];
  const rows: PlanCell[][] = worstFirst(groupRepeatedFindings(result.findings)).map((group) => {
    const [first] = group.places;
    return [
      messages.severity[group.severity],
      group.code,
      first ? { text: label(first), link: { sheet: result.sheet, cell: address(first) } } : null,
      group.count,
      listCell(group.places.map(label), messages.listSeparator),
      listCell(group.taskNos, messages.listSeparator),
      listCell(group.units, messages.listSeparator),
      group.message,
      group.suggestion,
    ];
  });
  return { columns: sheetColumns(headers, rows, MAX_WIDTHS), rows, boldRows: [] };
}
