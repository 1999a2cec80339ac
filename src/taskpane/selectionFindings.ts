// Excel tells the pane which range the user selected ("C5", "C5:E9", "5:7", "C:C"); the pane shows the findings in it.
import type { Finding } from '../core/model';
import { columnNumber } from '../core/table/columnLetters';

interface Span {
  readonly rows: readonly [number, number];
  readonly columns: readonly [number, number];
}

const PART = /^\$?([A-Z]{0,3})\$?(\d*)$/;
const ALL: readonly [number, number] = [1, Number.MAX_SAFE_INTEGER];

function span(address: string): Span | null {
  const [fromText, toText = fromText] = address.replace(/^.*!/, '').toUpperCase().split(':');
  const from = PART.exec(fromText ?? '');
  const to = PART.exec(toText ?? '');
  if (!from || !to || (from[1] === '' && from[2] === '')) return null;
  const rows: [number, number] = from[2] === '' ? [...ALL] : [Number(from[2]), Number(to[2] || from[2])];
  const columns: [number, number] = from[1] === '' ? [...ALL] : [columnNumber(from[1] ?? 'A'), columnNumber(to[1] || from[1] || 'A')];
  return { rows: [Math.min(...rows), Math.max(...rows)], columns: [Math.min(...columns), Math.max(...columns)] };
}

/** The findings inside the selected range; a finding about a whole row counts where the selection meets that row. */
export function findingsInRange(findings: readonly Finding[], address: string): Finding[] {
  // Excel sends one area per selection; with several (Ctrl+click) the first is the one the pane follows.
  const area = span(address.split(',')[0] ?? '');
  if (!area) return [];
  const [top, bottom] = area.rows;
  const [left, right] = area.columns;
  return findings.filter((f) => {
    if (f.row === null || f.row < top || f.row > bottom) return false;
    if (f.column === null) return true;
    const column = columnNumber(f.column);
    return column >= left && column <= right;
  });
}
