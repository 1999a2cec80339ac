// Worksheet XML → SheetGrid, in one streaming pass: the values a person sees in each cell, and nothing twice. Shared
// and inline strings, cached formula results, booleans, error values and dates (by the cell's number format, in the
// workbook's date system) come through as the engine's CellValue; merged cells keep their value in the first cell
// only, and the merged ranges (`<mergeCells>`) come with the grid, so that the engine gives each row of a range its
// value. The same pass can note where the sheet's elements are, for an edit of that sheet (see editWorksheet.ts).
import { excelSerialToDate, HostError, type CellValue, type MergedRange, type SheetGrid } from '../../core';
import { unescapeOoxml } from '../xml/escapeXml';
import type { MarkupFamily } from '../xml/namespaces';
import { OutlineCollector, type OutlineOptions } from '../xml/outline';
import { parseXml, type XmlElement } from '../xml/parseXml';
import type { PackageReader } from './openPackage';

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface CellContext {
  readonly family: MarkupFamily;
  readonly sharedStrings: () => readonly string[];
  readonly isDate: () => readonly boolean[];
  readonly date1904: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** In the shared-string indexes beside the grid: a cell that is not (or no longer) a shared string. */
const NOT_SHARED = -1;
/** Days from 1900-system day 0 to 1904-system day 0. */
const DAYS_1904 = 1462;

/** Keeps the sheet's top-level elements, its conditional formats and its extensions (small), never its rows. */
export const WORKSHEET_STRUCTURE: OutlineOptions = {
  keep: (_element, parent) => {
    if (parent.depth === 0) return true;
    let top = parent;
    while (top.depth > 1 && top.parent) top = top.parent;
    return top.local === 'conditionalFormatting' || top.local === 'extLst' || top.local === 'AlternateContent';
  },
  text: (node) => node.local === 'formula' || node.local === 'f',
};

/** `B5` → the index of the shared string the cell shows, or null. */
export type SharedStringLookup = (ref: string) => number | null;

export interface WorksheetRead {
  readonly grid: SheetGrid;
  /**
   * Where the sheet's elements are, when asked for; the editor resolves them against the part's bytes, inflated
   * again (keeping the streamed chunks instead raised the peak memory of a 100,000-row check by a fifth).
   */
  readonly structure: { readonly collector: OutlineCollector; readonly bomLength: number } | null;
  /**
   * The shared string a cell shows (`B5` → its index in the shared-string table), where the cell is one and its text
   * is the string as the check reads it (no edge spaces to trim); else null. The tool's copy of such a cell can point
   * at the same entry instead of writing the text out again.
   */
  readonly sharedStringOf: SharedStringLookup;
}

/** `AB12` → [12, 28]; null for anything else. */
function parseReference(ref: string): [number, number] | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0) return null;
  // Digits, as every writer puts them, read in place; anything else as Number reads it.
  let row = 0;
  let at = i;
  for (; at < ref.length; at += 1) {
    const digit = ref.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    row = row * 10 + digit;
  }
  if (at < ref.length || at === i) row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return [row, column];
}

function dateOrNumber(serial: number, date1904: boolean): CellValue {
  const date = excelSerialToDate(date1904 ? serial + DAYS_1904 : serial);
  // A date format over a number Excel cannot show as a date (it shows ####) leaves the number.
  return Number.isNaN(date.getTime()) ? serial : date;
}

function isoDate(text: string): CellValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : text;
}

function trimTrailingNulls(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return end === row.length ? row : row.slice(0, end);
}

/** Made outside the read's scope, so that the lookup holds the indexes alone and not the grid beside them. */
function sharedStringLookup(stringIndexes: readonly (readonly number[])[]): SharedStringLookup {
  return (ref) => {
    const place = parseReference(ref);
    const index = place === null ? undefined : stringIndexes[place[0] - 1]?.[place[1] - 1];
    return index === undefined || index === NOT_SHARED ? null : index;
  };
}

export function readWorksheet(pkg: PackageReader, partName: string, sheetName: string, context: CellContext, withStructure: boolean): WorksheetRead {
  const main = context.family.main;
  const rows: CellValue[][] = [];
  // Beside the grid, row by row, the index of each cell that is a shared string: a few small integers a row.
  const stringIndexes: number[][] = [];
  const merges: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let text = '';
  let inValue = false;
  let phonetic = 0;
  let hasValue = false;

  const cellValue = (): CellValue => {
    if (!hasValue) return null;
    switch (type) {
      case 's': {
        const index = Number(text);
        return context.sharedStrings()[index] ?? null;
      }
      case 'inlineStr':
      case 'str':
        return unescapeOoxml(text);
      case 'b':
        return text.trim() === '1' || text.trim() === 'true';
      case 'e':
        return { error: text.trim() };
      case 'd':
        return isoDate(text.trim());
      default: {
        if (text.trim() === '') return null;
        const number = Number(text);
        if (!Number.isFinite(number)) return null;
        return context.isDate()[style] ? dateOrNumber(number, context.date1904) : number;
      }
    }
  };

  const outOfRange = (ref: string): HostError => new HostError('WORKBOOK_CORRUPT', { detail: `${sheetName}!${ref}` });

  const cells = {
    open(element: XmlElement) {
      if (element.uri !== main) return;
      switch (element.local) {
        case 'row': {
          const r = element.attributes.r;
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROWS) throw outOfRange(`${r}`);
          column = 0;
          break;
        }
        case 'c': {
          const ref = element.attributes.r;
          const place = ref === undefined ? null : parseReference(ref);
          if (place) [rowNumber, column] = place;
          else column += 1;
          if (rowNumber < 1 || rowNumber > MAX_ROWS || column > MAX_COLUMNS) throw outOfRange(ref ?? `${column}`);
          type = element.attributes.t ?? 'n';
          style = Number(element.attributes.s ?? 0);
          text = '';
          hasValue = false;
          break;
        }
        case 'v':
          inValue = true;
          hasValue = true;
          break;
        case 'is':
          hasValue = true;
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 't':
          if (type === 'inlineStr' && phonetic === 0) inValue = true;
          break;
        case 'mergeCell':
          if (element.attributes.ref) merges.push(element.attributes.ref);
          break;
      }
    },
    close(element: XmlElement) {
      if (element.uri !== main) return;
      switch (element.local) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 'c': {
          const value = cellValue();
          if (value === null) break;
          while (rows.length < rowNumber) rows.push([]);
          const row = rows[rowNumber - 1]!;
          while (row.length < column - 1) row.push(null);
          row[column - 1] = value;
          // A later cell of the same reference replaces an earlier one's index as it replaces its value.
          const shared = type === 's' && typeof value === 'string' && value === value.trim() ? Number(text) : NOT_SHARED;
          if (shared !== NOT_SHARED) {
            while (stringIndexes.length < rowNumber) stringIndexes.push([]);
            stringIndexes[rowNumber - 1]![column - 1] = shared;
          } else if (stringIndexes[rowNumber - 1]?.[column - 1] !== undefined) stringIndexes[rowNumber - 1]![column - 1] = NOT_SHARED;
          break;
        }
      }
    },
    text(chunk: string) {
      if (inValue) text += chunk;
    },
  };

  const collector = withStructure ? new OutlineCollector(WORKSHEET_STRUCTURE) : null;
  const handlers = collector
    ? {
        open: (e: XmlElement) => (cells.open(e), collector.open(e)),
        close: (e: XmlElement, end: number) => (cells.close(e), collector.close(e, end)),
        text: (t: string) => (cells.text(t), collector.text(t)),
      }
    : cells;
  const { bomLength } = parseXml(partName, pkg.feed(partName), handlers);

  // Excel shows a merged range's value once, in its first cell; writers may leave values in the others.
  const ranges: MergedRange[] = [];
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const start = from ? parseReference(from) : null;
    const end = to ? parseReference(to) : start;
    if (!start || !end) continue;
    ranges.push({ firstRow: Math.min(start[0], end[0]), firstColumn: Math.min(start[1], end[1]), lastRow: Math.max(start[0], end[0]), lastColumn: Math.max(start[1], end[1]) });
    for (let r = start[0]; r <= Math.min(end[0], rows.length); r += 1) {
      const row = rows[r - 1]!;
      const indexes = stringIndexes[r - 1];
      for (let c = start[1]; c <= Math.min(end[1], row.length); c += 1) {
        if (r === start[0] && c === start[1]) continue;
        row[c - 1] = null;
        if (indexes && indexes[c - 1] !== undefined) indexes[c - 1] = NOT_SHARED;
      }
    }
  }
  const grid = rows.map(trimTrailingNulls);
  while (grid.length > 0 && grid[grid.length - 1]!.length === 0) grid.pop();
  return {
    grid: { name: sheetName, grid, firstRow: 1, firstColumn: 1, merges: ranges },
    structure: collector ? { collector, bomLength } : null,
    sharedStringOf: sharedStringLookup(stringIndexes),
  };
}

