// One plain-text table: left-aligned first column, right-aligned figures, widths from the widest cell (CJK counted
// as two columns, as terminals show them, the same count Excel's column widths use).
import { displayWidth } from '../src/core/plan/columnWidth';

function pad(text: string, width: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return left ? text + fill : fill + text;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: readonly string[]): string => row.map((cell, c) => pad(cell, widths[c]!, c === 0)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
