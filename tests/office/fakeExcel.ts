// A fake of Excel's batched proxy object model, for the parts of it the Office adapter uses (src/office/excelTypes.ts),
// because Excel itself cannot run in a test. It refuses what Excel refuses, so that the adapter cannot lean on a fake
// kinder than Excel. Each behaviour names the documentation it follows (learn.microsoft.com, "Office Add-ins" and the
// Excel JavaScript API reference):
// - Calls and property writes on proxies are only queued; they are applied, in order, at `context.sync()`; a loaded
//   property can be read only after the sync that loaded it, else it throws PropertyNotLoaded ("Application-specific
//   API model": proxy objects, load, sync).
// - A failing call fails the sync, and the calls queued before it stay applied: Excel has no rollback.
// - A proxy is found again by its path at every call it carries ("Excel JavaScript object model: proxy objects"):
//   `getActiveWorksheet()` is whichever sheet is active when the call runs, `getItem(name)` looks the name up again
//   (case-insensitively, as Excel compares sheet and defined names), and an item of a loaded collection is addressed by
//   its position unless its `id` was loaded, so deleting items one after another by position deletes the wrong ones.
//   Only objects a call created (`add`) keep their identity.
// - Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded,
//   ResponsePayloadSizeLimitExceeded: `payloadLimitBytes`; "Resource limits and performance optimization"); a refused
//   sync returns nothing. Every platform refuses to read more than 5,000,000 cells of one range (RangeExceedsLimit).
// - A load returns only what it names: a range load its cell arrays ('values', 'numberFormat', which alone count as
//   response) and the indexes and counts it names, a collection load of sheets the properties its options name; any
//   other property read throws PropertyNotLoaded. A request counts as the UTF-8 JSON of its data and FAKE_CALL_BYTES
//   a call.
// - A 2-D array written to a range must have the range's rows and columns (InvalidArgument, Range.values).
// - Writing a string that starts with = + - @ into a cell not formatted as Text ('@') enters a formula.
// - Sheet names: at most 31 characters, none of \ / ? * [ ] :, no apostrophe at either end, not blank, not "History"
//   (InvalidArgument); unique without regard to case (ItemAlreadyExists). Defined names unique without regard to case.
// - A defined name's `value` is its reference as Excel writes it: the sheet name quoted only where a formula needs
//   quotes (`校验结果!$A$1`, `'Sheet 1'!$A$1`), `#REF!` once the sheet is gone.
// - Requirement sets ("Excel JavaScript API requirement sets"): `apiVersion` is the host's ExcelApi version;
//   `worksheet.getRanges` (RangeAreas, ExcelApi 1.9) fails with ApiNotFound below it, as on volume-licensed Office 2019
//   (ExcelApi 1.7).
// - Merged cells (`mergeCells`, and Range.merge as the adapter asks): Excel keeps only the upper-left value of a merged
//   range. Range.getMergedAreasOrNullObject (ExcelApi 1.13; ApiNotFound below) returns the merged areas whose
//   upper-left cell is in the range, and only those (OfficeDev/office-js#3611), as a RangeAreas whose `address` lists
//   each with its sheet ("Sheet1!A1:B4, Sheet1!D1:D4"), a null object when there is none; with more than 512 areas it
//   "will fail to return the result" (the reference names no error code: GeneralException here). Asked of a null
//   object (an empty sheet's used range) it fails the sync: the reference does not say that a null object answers
//   methods, so the fake does not.
// - What ExcelApi 1.7 lacks fails with ApiNotFound below its set: `worksheet.autoFilter` and `worksheet.pageLayout`
//   (ExcelApi 1.9), `Range.group` / `hideGroupDetails` (ExcelApi 1.10). An AutoFilter is applied to a sheet that has
//   none (a sheet holds one: AutoFilter.apply on another range of a filtered sheet is refused here, so a rewrite must
//   take the old one away); details are hidden only where rows are grouped; outlines go eight levels deep at most.
// - Deleting whole rows (Range.delete 'Up') takes their cells, heights, merges, outline levels and an AutoFilter on them
//   away and moves the rows below up; a defined name on a deleted cell becomes #REF!.
// - The workbook's date system (`date1904`): DATE(1904,1,1) evaluates to 0 in the 1904 system and 1462 in the 1900
//   one (Functions.date: "a number from 1900 or 1904, depending on the workbook's date system").
// - Throttling and session errors (ActivityLimitReached, MemoryLimitReached, InvalidOrTimedOutSession,
//   WriteNotSupportedWhenModalDialogOpen: "Error handling with the application-specific JavaScript APIs") arrive at a
//   sync: `failNextSync` (the whole sync refused) or `failAtCall` (the sync fails at that call, those before it stay
//   applied, as a failing call does).
// - Sheet visibility (Worksheet.visibility, ExcelApi 1.1): 'Visible', 'Hidden' or 'VeryHidden', and a workbook keeps
//   at least one visible sheet (InvalidOperation).
// - Conditional formats and the marks sheet's cells are evaluated by fakeFormulas.ts for the formulas the adapter
//   writes (`formattingRules`); `insertRows` moves cells, rules and references as Excel's Insert > Sheet Rows does.
// The office.js globals a page sees (Office.onReady, actions, settings, dialogs, Excel.run) are faked in
// tests/commands/fakeOffice.ts.
// It records every sync: the calls it carried and the size of the data they sent and returned.
import { columnLetter, columnNumber } from '../../src/core';
import { evaluateFormula, shiftReferences, type FormulaValue } from './fakeFormulas';
import type {
  XlCellValue,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomConditionalFormat,
  XlFunctionResult,
  XlMergedAreas,
  XlNamedItem,
  XlNamedItemCollection,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlBorderIndex,
  XlRangeBorder,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetsLoad,
  XlAutoFilter,
  XlHeaderFooter,
  XlPageLayout,
} from '../../src/office/excelTypes';

export interface FakeCell {
  value: XlCellValue;
  format: string;
  /** True when Excel would have entered the value as a formula. */
  formula: boolean;
  bold?: boolean;
  color?: string;
  /** Range.format.fill.color. */
  fill?: string;
  underline?: string;
  size?: number;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

/** One Range.format.borders write: a border of an area, kept as the call was made (a long sheet has a million cells). */
export interface FakeBorderRun {
  readonly area: Area;
  readonly index: XlBorderIndex;
  readonly property: 'style' | 'weight';
  readonly value: string;
}

export type CellSide = 'top' | 'bottom' | 'left' | 'right';

/** Which sides of a cell at (row, column) of an area a border index draws. */
function sidesOf(index: XlBorderIndex, area: Area, row: number, column: number): CellSide[] {
  const { top, bottom, left, right } = area;
  switch (index) {
    case 'EdgeTop':
      return row === top ? ['top'] : [];
    case 'EdgeBottom':
      return row === bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return column === left ? ['left'] : [];
    case 'EdgeRight':
      return column === right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > top ? (['top'] as const) : []), ...(row < bottom ? (['bottom'] as const) : [])];
    case 'InsideVertical':
      return [...(column > left ? (['left'] as const) : []), ...(column < right ? (['right'] as const) : [])];
  }
}

/** A sheet's print setup as pageLayout sets it (ExcelApi 1.9). */
export interface FakePageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

export interface FakeRule {
  readonly id: string;
  readonly type: string;
  formula: string;
  addresses: string;
  fill: string;
  font: string;
  priority: number;
}

export interface FakeSheet {
  name: string;
  protected: boolean;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly cells: Map<string, FakeCell>;
  rules: FakeRule[];
  readonly columnWidths: Map<string, number>;
  frozenRows: number;
  /** Row number → points, for rows given a height. */
  rowHeights: Map<number, number>;
  /** Merged areas, as A1 ranges ('A1:K1'). */
  merges: string[];
  /** The AutoFilter's range, null when the sheet has none. */
  autoFilter: string | null;
  readonly pageLayout: FakePageLayout;
  /** Row number → outline level (1..8), for grouped rows. */
  outlineLevels: Map<number, number>;
  hiddenRows: Set<number>;
  borderRuns: FakeBorderRun[];
  /** Row ranges Range.format.autofitRows fitted to their text (the fake cannot measure text: it records them). */
  fittedRows: { readonly top: number; readonly bottom: number }[];
}

/** The lines on each side of a cell, as the sheet's border writes left them, later writes over earlier ones. */
export function cellBorders(sheet: FakeSheet, row: number, column: number): Partial<Record<CellSide, { style?: string; weight?: string }>> | undefined {
  let sides: Partial<Record<CellSide, { style?: string; weight?: string }>> | undefined;
  for (const run of sheet.borderRuns) {
    const { top, bottom, left, right } = run.area;
    if (row < top || row > bottom || column < left || column > right) continue;
    for (const side of sidesOf(run.index, run.area, row, column)) {
      sides ??= {};
      sides[side] = { ...sides[side], [run.property]: run.value };
    }
  }
  return sides;
}

export interface SyncRecord {
  readonly calls: readonly string[];
  /** The request's size: the UTF-8 JSON of the data the sync's calls carried (values, formats, addresses, formulas), and FAKE_CALL_BYTES a call. */
  readonly dataBytes: number;
  /** UTF-8 JSON size of the cell data the sync's loads returned. */
  responseBytes: number;
  /** The largest number of cells one range load of the sync read. */
  largestReadCells: number;
}

export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Op {
  readonly call: string;
  readonly bytes: number;
  readonly run: () => void;
}

const cellKey = (row: number, column: number): string => `${row},${column}`;
/** A value's size on the wire: its JSON in UTF-8 (Chinese text is three bytes a character). */
const dataBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
/**
 * What each call adds to a request beside its data: office.js sends every action as a JSON object with its id, type,
 * object path and method or property name, about a hundred bytes when written out.
 */
export const FAKE_CALL_BYTES = 100;

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "If the merged areas count in this range is more than 512, then this method will fail to return the result." */
export const MAX_MERGED_AREAS = 512;

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** "A range is limited to 5,000,000 cells for read operations." */
export const MAX_READ_CELLS = 5_000_000;

const cellsOf = (area: Area): number => (area.bottom - area.top + 1) * (area.right - area.left + 1);
const overlaps = (a: Area, b: Area): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (area: Area, row: number, column: number): boolean => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;

/** 'B3', 'A1:C5', 'D:D' → rows and columns, 1-based. */
export function parseArea(address: string): Area {
  const [from, to = from] = address.replace(/\$/g, '').split(':') as [string, string?];
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text);
    if (!match) throw new ExcelApiError('InvalidArgument', `bad address ${address}`);
    return { column: match[1] ? columnNumber(match[1]) : null, row: match[2] ? Number(match[2]) : null };
  };
  const a = part(from);
  const b = part(to as string);
  return { top: a.row ?? 1, left: a.column ?? 1, bottom: b.row ?? MAX_ROW, right: b.column ?? MAX_COLUMN };
}

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} was read before a sync loaded it`);
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Excel's rules for a sheet name (the Rename sheet dialog and Worksheet.name). */
function assertValidSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name) || sameName(name, 'History')) {
    throw new ExcelApiError('InvalidArgument', `invalid sheet name ${name}`);
  }
}

/** How Excel writes a sheet name inside a reference: bare when it is letters, digits and _ . only and not a cell name. */
export function referenceSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "1.9" ≥ "1.7", "1.20" > "1.9". */
function versionAtLeast(version: string, wanted: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = wanted.split('.').map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-level defined names → the sheet they point at (null once it is deleted: #REF!), like Excel's. */
  readonly names = new Map<string, FakeSheet | null>();
  structureProtected = false;
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  payloadLimitBytes = 5 * 1024 * 1024;
  /** The host's ExcelApi requirement set: 1.20 is current Microsoft 365, 1.7 volume-licensed Office 2019. */
  apiVersion = '1.20';
  /** The workbook uses the 1904 date system. */
  date1904 = false;
  readonly syncs: SyncRecord[] = [];
  /** Runs before each queued call of a sync is applied: a test's way of acting as the user between two calls. */
  beforeCall: ((call: string) => void) | null = null;
  private queue: Op[] = [];
  private nextRuleId = 1;
  private failure: ExcelApiError | null = null;
  private callFailure: { call: string; code: string; left: number } | null = null;
  /** Cell → the value its formula shows, until the workbook next changes (a sync, an insert, a cell set). */
  private readonly evaluated = new Map<string, FormulaValue>();
  private current: SyncRecord | null = null;
  private deliveries: (() => void)[] = [];
  readonly context: XlContext;

  constructor() {
    const workbook: XlWorkbook = {
      worksheets: new WorksheetCollectionProxy(this),
      names: new NamedItemCollectionProxy(this),
      protection: new ProtectionProxy(this, () => this.structureProtected),
      functions: { date: (year, month, day) => new FunctionResultProxy(this, () => this.dateSerial(year, month, day)) },
    };
    this.context = { workbook, sync: () => this.sync() };
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  addSheet(name: string, rows: readonly (readonly (XlCellValue | null)[])[] = [], formats?: readonly (readonly string[])[]): FakeSheet {
    assertValidSheetName(name);
    if (this.sheets.some((s) => sameName(s.name, name))) throw new ExcelApiError('ItemAlreadyExists', name);
    const sheet: FakeSheet = {
      name,
      protected: false,
      visibility: 'Visible',
      cells: new Map(),
      rules: [],
      columnWidths: new Map(),
      frozenRows: 0,
      rowHeights: new Map(),
      merges: [],
      autoFilter: null,
      pageLayout: {},
      outlineLevels: new Map(),
      hiddenRows: new Set(),
      borderRuns: [],
      fittedRows: [],
    };
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        sheet.cells.set(cellKey(r + 1, c + 1), { value, format: formats?.[r]?.[c] ?? 'General', formula: false });
      }),
    );
    this.sheets.push(sheet);
    if (this.activeSheet === '') this.activeSheet = name;
    return sheet;
  }

  /** Merges cells as Home > Merge does (A1 addresses): only the upper-left value stays. Merged ranges never overlap. */
  mergeCells(sheetName: string, ...addresses: string[]): void {
    const sheet = this.sheet(sheetName);
    for (const address of addresses) {
      const area = parseArea(address);
      if (cellsOf(area) < 2 || sheet.merges.some((m) => overlaps(parseArea(m), area))) throw new Error(`cannot merge ${address}`);
      sheet.merges.push(addressOf(area));
      keepUpperLeft(sheet, area);
    }
  }

  /** A value put straight into a cell, as a user types it (1-based row and column). */
  setCell(sheetName: string, row: number, column: number, value: XlCellValue): void {
    this.evaluated.clear();
    this.sheet(sheetName).cells.set(cellKey(row, column), { value, format: 'General', formula: false });
  }

  /**
   * A formula the user filled down a column (=IF(A3="","",…)) that shows "" on rows `from`..`to`: Excel counts such
   * cells as used, values or not (Worksheet.getUsedRange(valuesOnly) leaves out formats only), and reads them as "".
   */
  fillDownBlankFormula(sheetName: string, column: number, from: number, to: number): void {
    const sheet = this.sheet(sheetName);
    for (let r = from; r <= to; r += 1) sheet.cells.set(cellKey(r, column), { value: '', format: 'General', formula: true });
  }

  addUserRule(sheetName: string, addresses: string, formula: string): FakeRule {
    const rule: FakeRule = { id: this.newRuleId(), type: 'Custom', formula, addresses, fill: '#00FF00', font: '#000000', priority: 0 };
    this.sheet(sheetName).rules.push(rule);
    return rule;
  }

  /** Sheets are looked up without regard to case, as Excel does. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => sameName(s.name, name));
    if (!found) throw new ExcelApiError('ItemNotFound', `no sheet ${name}`);
    return found;
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const { top, left } = parseArea(address);
    return this.sheet(sheetName).cells.get(cellKey(top, left));
  }

  /** The sheet's values as rows (1-based rows become 0-based indices), '' where empty, up to the last used cell. */
  valuesOf(sheetName: string): XlCellValue[][] {
    const sheet = this.sheet(sheetName);
    const area = usedArea(sheet, null);
    if (!area) return [];
    const rows: XlCellValue[][] = [];
    for (let r = 1; r <= area.bottom; r += 1) {
      const row: XlCellValue[] = [];
      for (let c = 1; c <= area.right; c += 1) row.push(sheet.cells.get(cellKey(r, c))?.value ?? '');
      rows.push(row);
    }
    return rows;
  }

  /** Makes the next sync fail with this Excel error code, before it applies anything. */
  failNextSync(code: string, message = code): void {
    this.failure = new ExcelApiError(code, message);
  }

  /** Makes a later sync fail at the `occurrence`-th call named `call` (counted from now): the calls before it stay applied. */
  failAtCall(call: string, code: string, occurrence = 1): void {
    this.callFailure = { call, code, left: occurrence };
  }

  /** The value a cell shows: its formula evaluated (fakeFormulas.ts), '' where empty. */
  shownValue(sheetName: string, row: number, column: number): FormulaValue {
    const sheet = this.sheets.find((s) => sameName(s.name, sheetName));
    if (!sheet) return { error: '#REF!' };
    const cell = sheet.cells.get(cellKey(row, column));
    if (!cell) return '';
    if (!cell.formula || typeof cell.value !== 'string' || !cell.value.startsWith('=')) return cell.value;
    // Evaluated once between two changes of the workbook: a rule's COUNTIF reads thousands of marks for every cell.
    const key = `${sheet.name}|${row},${column}`;
    let shown = this.evaluated.get(key);
    if (shown === undefined) {
      shown = evaluateFormula(cell.value, { sheet: sheet.name, rowOffset: 0, columnOffset: 0, cell: (s, r, c) => this.shownValue(s, r, c) });
      this.evaluated.set(key, shown);
    }
    return shown;
  }

  /** The rules that colour a cell: those whose ranges hold it and whose formula is true there, by priority. */
  formattingRules(sheetName: string, row: number, column: number): FakeRule[] {
    const sheet = this.sheet(sheetName);
    return rulesInOrder(sheet).filter((rule) => {
      const areas = rule.addresses.split(',').map(parseArea);
      if (!areas.some((area) => contains(area, row, column))) return false;
      const anchor = areas[0] as Area;
      const shown = evaluateFormula(rule.formula, {
        sheet: sheet.name,
        rowOffset: row - anchor.top,
        columnOffset: column - anchor.left,
        cell: (s, r, c) => this.shownValue(s, r, c),
      });
      return shown === true || (typeof shown === 'number' && shown !== 0);
    });
  }

  /**
   * Inserts `count` sheet rows above row `at`, as Home > Insert > Insert Sheet Rows: cells at and below move down, a
   * rule's range grows where the rows go inside it and moves where they go above it, and every reference to the moved
   * cells, in cells of any sheet and in the sheet's rule formulas, moves with them.
   */
  insertRows(sheetName: string, at: number, count: number): void {
    this.evaluated.clear();
    const sheet = this.sheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(',').map(Number) as [number, number];
      moved.set(row >= at ? cellKey(row + count, column) : key, cell);
    }
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    for (const rule of sheet.rules) {
      rule.addresses = rule.addresses
        .split(',')
        .map((address) => {
          const area = parseArea(address);
          if (area.top >= at) return addressOf({ ...area, top: area.top + count, bottom: area.bottom + count });
          return area.bottom >= at ? addressOf({ ...area, bottom: area.bottom + count }) : address;
        })
        .join(',');
      rule.formula = shiftReferences(rule.formula, sheet.name, sheet.name, at, count);
    }
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) {
        if (cell.formula && typeof cell.value === 'string') cell.value = shiftReferences(cell.value, other.name, sheet.name, at, count);
      }
    }
  }

  enqueue(call: string, bytes: number, run: () => void): void {
    this.queue.push({ call, bytes, run });
  }

  newRuleId(): string {
    return `{CF-${this.nextRuleId++}}`;
  }

  private dateSerial(year: number, month: number, day: number): number {
    const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return this.date1904 ? days - 1462 : days;
  }

  private async sync(): Promise<void> {
    this.evaluated.clear();
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes + FAKE_CALL_BYTES, 0);
    const record: SyncRecord = { calls: ops.map((op) => op.call), dataBytes: bytes, responseBytes: 0, largestReadCells: 0 };
    this.syncs.push(record);
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
    if (bytes > this.payloadLimitBytes) {
      throw new ExcelApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.current = record;
    this.deliveries = [];
    try {
      for (const op of ops) {
        this.beforeCall?.(op.call);
        const failing = this.callFailure;
        if (failing && failing.call === op.call && --failing.left === 0) {
          this.callFailure = null;
          throw new ExcelApiError(failing.code, `${failing.code} at ${op.call}`);
        }
        op.run();
      }
    } finally {
      this.current = null;
    }
    if (record.responseBytes > this.payloadLimitBytes) {
      throw new ExcelApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const deliver of this.deliveries) deliver();
  }

  /** Counts data a load returns towards the running sync's response. */
  respond(bytes: number, cells: number): void {
    if (!this.current) return;
    this.current.responseBytes += bytes;
    this.current.largestReadCells = Math.max(this.current.largestReadCells, cells);
  }

  /** Fills a proxy only once the sync's response is accepted: a refused response returns no values. */
  onResponse(deliver: () => void): void {
    this.deliveries.push(deliver);
  }
}

/** The used cells of a sheet, within `within` when given (Range.getUsedRange): cells holding a value or a formula. */
function usedArea(sheet: FakeSheet, within: Area | null): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '' && !cell.formula) continue;
    // Parsed by hand: a sheet with a formula filled to row 1,048,576 has a million keys to go through.
    const comma = key.indexOf(',');
    const row = Number(key.slice(0, comma));
    const column = Number(key.slice(comma + 1));
    if (within && (row < within.top || row > within.bottom || column < within.left || column > within.right)) continue;
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, column), bottom: Math.max(area.bottom, row), right: Math.max(area.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return area;
}

function addressOf(area: Area): string {
  return `${columnLetter(area.left)}${area.top}:${columnLetter(area.right)}${area.bottom}`;
}

/** What merging leaves of a range's cells: the upper-left one's value. */
function keepUpperLeft(sheet: FakeSheet, area: Area): void {
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) if (r !== area.top || c !== area.left) sheet.cells.delete(cellKey(r, c));
  }
}

function requireApi(excel: FakeExcel, version: string, what: string): void {
  if (!excel.supports(version)) throw new ExcelApiError('ApiNotFound', `${what} needs ExcelApi ${version}, which this host does not support`);
}

/** A map keyed by row number with the rows top..bottom taken out and the rows below moved up. */
function withoutRows<T>(byRow: Map<number, T>, top: number, bottom: number): Map<number, T> {
  const count = bottom - top + 1;
  const kept = new Map<number, T>();
  for (const [row, value] of byRow) {
    if (row < top) kept.set(row, value);
    else if (row > bottom) kept.set(row - count, value);
  }
  return kept;
}

/** Range.delete('Up') of whole rows: everything on them goes, the rows below move up. */
function deleteRows(excel: FakeExcel, sheet: FakeSheet, top: number, bottom: number): void {
  const count = bottom - top + 1;
  const cells = new Map<string, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    if (row < top) cells.set(key, cell);
    else if (row > bottom) cells.set(cellKey(row - count, column), cell);
  }
  sheet.cells.clear();
  for (const [key, cell] of cells) sheet.cells.set(key, cell);
  sheet.rowHeights = withoutRows(sheet.rowHeights, top, bottom);
  sheet.outlineLevels = withoutRows(sheet.outlineLevels, top, bottom);
  sheet.hiddenRows = new Set(withoutRows(new Map([...sheet.hiddenRows].map((r) => [r, true] as const)), top, bottom).keys());
  const deleted: Area = { top, left: 1, bottom, right: MAX_COLUMN };
  sheet.merges = sheet.merges.filter((m) => !overlaps(parseArea(m), deleted)).map((m) => {
    const area = parseArea(m);
    return area.top > bottom ? addressOf({ ...area, top: area.top - count, bottom: area.bottom - count }) : m;
  });
  if (sheet.autoFilter !== null && overlaps(parseArea(sheet.autoFilter), deleted)) sheet.autoFilter = null;
  // The fake drops a border write that reaches into the deleted rows whole (the adapter only deletes its own sheet's rows).
  sheet.borderRuns = sheet.borderRuns
    .filter((run) => !overlaps(run.area, deleted))
    .map((run) => (run.area.top > bottom ? { ...run, area: { ...run.area, top: run.area.top - count, bottom: run.area.bottom - count } } : run));
  sheet.fittedRows = sheet.fittedRows
    .filter((rows) => rows.bottom < top || rows.top > bottom)
    .map((rows) => (rows.top > bottom ? { top: rows.top - count, bottom: rows.bottom - count } : rows));
  // The adapter names A1 of its sheets only: the name breaks when row 1 goes.
  if (top === 1) for (const [name, target] of excel.names) if (target === sheet) excel.names.set(name, null);
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new ExcelApiError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

/** Finds a proxy's object each time a call runs, as Excel resolves object paths at sync. */
type Ref<T> = () => T;

class ProtectionProxy implements XlProtection {
  private loaded: boolean | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly read: () => boolean,
  ) {}
  get protected(): boolean {
    return this.loaded ?? notLoaded('protection.protected');
  }
  load(): unknown {
    this.excel.enqueue('Protection.load', 0, () => {
      this.loaded = this.read();
    });
    return this;
  }
  /** For collection loads, which fill items' properties in the same step. */
  fill(): void {
    this.loaded = this.read();
  }
}

class FunctionResultProxy implements XlFunctionResult {
  private loaded: number | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly evaluate: () => number,
  ) {}
  get value(): number {
    return this.loaded ?? notLoaded('functionResult.value');
  }
  load(): unknown {
    this.excel.enqueue('Functions.date.load', 0, () => {
      const value = this.evaluate();
      this.excel.onResponse(() => {
        this.loaded = value;
      });
    });
    return this;
  }
}

class WorksheetCollectionProxy implements XlWorksheetCollection {
  private loadedItems: WorksheetProxy[] | null = null;
  constructor(private readonly excel: FakeExcel) {}
  get items(): WorksheetProxy[] {
    return this.loadedItems ?? notLoaded('worksheets.items');
  }
  load(options: XlWorksheetsLoad): unknown {
    this.excel.enqueue('Worksheets.load', 0, () => {
      const sheets = [...this.excel.sheets];
      this.excel.onResponse(() => {
        // Items are addressed by position (their id is not loaded).
        this.loadedItems = sheets.map((_, index) => {
          const proxy = new WorksheetProxy(this.excel, () => this.excel.sheets[index] ?? notLoaded(`worksheet ${index}`));
          proxy.fill(options);
          return proxy;
        });
      });
    });
    return this;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.excel, () => this.excel.sheet(this.excel.activeSheet));
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, () => this.excel.sheet(key));
  }
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.excel.enqueue('Worksheets.add', dataBytes(name), () => {
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      created = this.excel.addSheet(name ?? `Sheet${this.excel.sheets.length + 1}`);
    });
    return new WorksheetProxy(this.excel, () => created ?? notLoaded('added sheet'));
  }
}

class WorksheetProxy implements XlWorksheet {
  private loadedName: string | null = null;
  private loadedPosition: number | null = null;
  readonly protection: ProtectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly autoFilter: XlAutoFilter;
  readonly pageLayout: XlPageLayout;

  constructor(
    private readonly excel: FakeExcel,
    readonly target: Ref<FakeSheet>,
  ) {
    this.protection = new ProtectionProxy(excel, () => target().protected);
    this.autoFilter = {
      apply: (range) =>
        excel.enqueue('AutoFilter.apply', dataBytes(range), () => {
          requireApi(excel, '1.9', 'AutoFilter');
          const sheet = target();
          assertWritable(sheet);
          const address = addressOf(parseArea(range));
          if (sheet.autoFilter !== null && sheet.autoFilter !== address) throw new ExcelApiError('InvalidOperation', `the sheet already has an AutoFilter on ${sheet.autoFilter}`);
          sheet.autoFilter = address;
        }),
    };
    this.pageLayout = pageLayoutProxy(excel, target);
    this.freezePanes = {
      freezeRows: (count = 1) =>
        excel.enqueue('Worksheet.freezeRows', 0, () => {
          target().frozenRows = count;
        }),
    };
  }

  /** What a collection load named, filled in its response. */
  fill(options: Partial<XlWorksheetsLoad>): void {
    const sheet = this.target();
    if (options.name) this.loadedName = sheet.name;
    if (options.position) this.loadedPosition = this.excel.sheets.indexOf(sheet);
    if (options.protection?.protected) this.protection.fill();
  }

  get name(): string {
    return this.loadedName ?? notLoaded('worksheet.name');
  }
  set name(value: string) {
    this.excel.enqueue('Worksheet.name', dataBytes(value), () => {
      const sheet = this.target();
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      assertValidSheetName(value);
      if (this.excel.sheets.some((s) => s !== sheet && sameName(s.name, value))) throw new ExcelApiError('ItemAlreadyExists', value);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.loadedPosition ?? notLoaded('worksheet.position');
  }
  get visibility(): string {
    return notLoaded('worksheet.visibility');
  }
  set visibility(value: string) {
    this.excel.enqueue('Worksheet.visibility', dataBytes(value), () => {
      const sheet = this.target();
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw new ExcelApiError('InvalidArgument', `visibility ${value}`);
      if (value !== 'Visible' && this.excel.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new ExcelApiError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      sheet.visibility = value;
    });
  }
  load(propertyNames: string): unknown {
    const names = new Set(propertyNames.split(',').map((name) => name.trim()));
    this.excel.enqueue('Worksheet.load', 0, () => {
      const sheet = this.target();
      this.excel.onResponse(() => {
        if (names.has('name')) this.loadedName = sheet.name;
        if (names.has('position')) this.loadedPosition = this.excel.sheets.indexOf(sheet);
      });
    });
    return this;
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.excel, this.target, address === undefined ? null : () => parseArea(address), address ?? null);
  }
  getRanges(address?: string): XlRangeAreas {
    const addresses = address ?? '';
    return { conditionalFormats: new ConditionalFormatCollectionProxy(this.excel, this.target, addresses, '1.9') };
  }
  getUsedRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.excel, this.target, () => usedArea(this.target(), null), null, true);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const area = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new RangeProxy(this.excel, this.target, () => area, `${columnLetter(area.left)}${area.top}:${columnLetter(area.right)}${area.bottom}`);
  }
  activate(): void {
    this.excel.enqueue('Worksheet.activate', 0, () => {
      this.excel.activeSheet = this.target().name;
    });
  }
  delete(): void {
    this.excel.enqueue('Worksheet.delete', 0, () => {
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      const sheet = this.target();
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      for (const [name, target] of this.excel.names) if (target === sheet) this.excel.names.set(name, null);
      if (this.excel.activeSheet === sheet.name) this.excel.activeSheet = this.excel.sheets[0]?.name ?? '';
    });
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): write-only properties, each a queued call. */
function pageLayoutProxy(excel: FakeExcel, target: Ref<FakeSheet>): XlPageLayout {
  const set = <K extends keyof FakePageLayout>(key: K, call: string) => (value: FakePageLayout[K]) =>
    excel.enqueue(call, dataBytes(value), () => {
      requireApi(excel, '1.9', 'PageLayout');
      target().pageLayout[key] = value;
    });
  const writeOnly = <T>(call: string, write: (value: T) => void) => ({ get: (): T => notLoaded(call), set: write, enumerable: true });
  const footer = Object.defineProperties({} as XlHeaderFooter, {
    leftFooter: writeOnly('HeaderFooter.leftFooter', set('leftFooter', 'HeaderFooter.leftFooter')),
    centerFooter: writeOnly('HeaderFooter.centerFooter', set('centerFooter', 'HeaderFooter.centerFooter')),
    rightFooter: writeOnly('HeaderFooter.rightFooter', set('rightFooter', 'HeaderFooter.rightFooter')),
  });
  const layout = {
    headersFooters: { defaultForAllPages: footer },
    setPrintTitleRows: (rows: string) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new ExcelApiError('InvalidArgument', `print titles must be whole rows: ${rows}`);
      set('printTitleRows', 'PageLayout.setPrintTitleRows')(rows);
    },
  };
  return Object.defineProperties(layout, {
    paperSize: writeOnly('PageLayout.paperSize', set('paperSize', 'PageLayout.paperSize')),
    orientation: writeOnly('PageLayout.orientation', set('orientation', 'PageLayout.orientation')),
    zoom: writeOnly('PageLayout.zoom', set('zoom', 'PageLayout.zoom')),
  }) as XlPageLayout;
}

interface LoadedRange {
  values: XlCellValue[][] | null;
  numberFormat: string[][] | null;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  isNull: boolean;
  /** The property names the load asked for: only these can be read. */
  names: ReadonlySet<string>;
}

class RangeProxy implements XlRange {
  private loaded: LoadedRange | null = null;
  readonly format: XlRangeFormat;

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Ref<FakeSheet>,
    /** null: the whole sheet; an area that resolves to null: a null object (an empty used range). */
    private readonly area: Ref<Area | null> | null,
    /** The A1 address new conditional formats on this range apply to. */
    private readonly address: string | null,
    private readonly nullable = false,
  ) {
    const cellWrite = (
      property: 'bold' | 'color' | 'fill' | 'underline' | 'size' | 'wrapText' | 'verticalAlignment' | 'horizontalAlignment',
      call: string,
      value: boolean | string | number,
    ) =>
      excel.enqueue(call, dataBytes(value), () => {
        const target = this.sheet();
        assertWritable(target);
        this.forEachCell((row, column) => {
          const cell = this.cellAt(target, row, column);
          (cell as unknown as Record<string, unknown>)[property] = value;
        });
      });
    const fontWrite = (property: 'bold' | 'color' | 'underline' | 'size', value: boolean | string | number) => cellWrite(property, `Range.format.font.${property}`, value);
    const font = {
      set bold(value: boolean) {
        fontWrite('bold', value);
      },
      set color(value: string) {
        fontWrite('color', value);
      },
      set underline(value: string) {
        fontWrite('underline', value);
      },
      set size(value: number) {
        fontWrite('size', value);
      },
    } as XlRangeFormat['font'];
    const borderWrite = (index: XlBorderIndex, property: 'style' | 'weight', value: string) =>
      excel.enqueue(`Range.format.borders.${property}`, dataBytes(value), () => {
        const target = this.sheet();
        assertWritable(target);
        target.borderRuns.push({ area: this.resolvedArea(), index, property, value });
      });
    const borders = {
      getItem: (index: XlBorderIndex): XlRangeBorder => ({
        get style(): string {
          return notLoaded('format.borders.style');
        },
        set style(value: string) {
          borderWrite(index, 'style', value);
        },
        get weight(): string {
          return notLoaded('format.borders.weight');
        },
        set weight(value: string) {
          borderWrite(index, 'weight', value);
        },
      }),
    };
    const fill = {
      get color(): string {
        return notLoaded('format.fill.color');
      },
      set color(value: string) {
        cellWrite('fill', 'Range.format.fill.color', value);
      },
    };
    this.format = {
      font,
      fill,
      borders,
      autofitRows: () =>
        excel.enqueue('Range.format.autofitRows', 0, () => {
          const target = this.sheet();
          const { top, bottom } = this.resolvedArea();
          // A fitted row loses the height it was given.
          for (const row of [...target.rowHeights.keys()]) if (row >= top && row <= bottom) target.rowHeights.delete(row);
          target.fittedRows.push({ top, bottom });
        }),
      get wrapText(): boolean {
        return notLoaded('format.wrapText');
      },
      set wrapText(value: boolean) {
        cellWrite('wrapText', 'Range.format.wrapText', value);
      },
      get verticalAlignment(): string {
        return notLoaded('format.verticalAlignment');
      },
      set verticalAlignment(value: string) {
        cellWrite('verticalAlignment', 'Range.format.verticalAlignment', value);
      },
      get horizontalAlignment(): string {
        return notLoaded('format.horizontalAlignment');
      },
      set horizontalAlignment(value: string) {
        cellWrite('horizontalAlignment', 'Range.format.horizontalAlignment', value);
      },
      get rowHeight(): number {
        return notLoaded('format.rowHeight');
      },
      set rowHeight(value: number) {
        excel.enqueue('Range.format.rowHeight', dataBytes(value), () => {
          if (value < 0 || value > 409) throw new ExcelApiError('InvalidArgument', `row height ${value}`);
          const target = sheet();
          const { top, bottom } = area?.() ?? { top: 1, bottom: MAX_ROW };
          for (let r = top; r <= bottom; r += 1) target.rowHeights.set(r, value);
        });
      },
      get columnWidth(): number {
        return notLoaded('format.columnWidth');
      },
      set columnWidth(value: number) {
        excel.enqueue('Range.format.columnWidth', dataBytes(value), () => {
          const target = sheet();
          const { left, right } = area?.() ?? { left: 1, right: MAX_COLUMN };
          for (let c = left; c <= right; c += 1) target.columnWidths.set(columnLetter(c), value);
        });
      },
    };
  }

  /** The sheet a defined name on this range points at (the adapter only ever names A1 of a sheet). */
  sheetTarget(): FakeSheet {
    return this.sheet();
  }

  private resolvedArea(): Area {
    const area = this.area === null ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN } : this.area();
    if (area === null) throw new ExcelApiError('InvalidOperation', 'null object');
    return area;
  }

  private forEachCell(visit: (row: number, column: number) => void): void {
    const { top, left, bottom, right } = this.resolvedArea();
    for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) visit(r, c);
  }

  private cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
    const key = cellKey(row, column);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: '', format: 'General', formula: false };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** A 2-D array must have exactly the range's rows and columns (Range.values: InvalidArgument otherwise). */
  private assertShape(rows: readonly (readonly unknown[])[], what: string): Area {
    const area = this.resolvedArea();
    const width = area.right - area.left + 1;
    if (rows.length !== area.bottom - area.top + 1 || rows.some((row) => row.length !== width)) {
      throw new ExcelApiError('InvalidArgument', `${what}: the array's size does not match the range`);
    }
    return area;
  }

  private read(): LoadedRange {
    return this.loaded ?? notLoaded('range values');
  }

  /** A loaded index or count; a null object has none ("the object is null" is all a load tells of it). */
  private readNumber(name: 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'): number {
    const loaded = this.read();
    if (!loaded.names.has(name) || loaded.isNull) return notLoaded(`range.${name}`);
    return loaded[name];
  }

  get isNullObject(): boolean {
    return this.read().isNull;
  }
  get rowIndex(): number {
    return this.readNumber('rowIndex');
  }
  get columnIndex(): number {
    return this.readNumber('columnIndex');
  }
  get rowCount(): number {
    return this.readNumber('rowCount');
  }
  get columnCount(): number {
    return this.readNumber('columnCount');
  }
  get values(): XlCellValue[][] {
    return this.read().values ?? notLoaded('range.values');
  }
  set values(rows: XlCellValue[][]) {
    this.excel.enqueue('Range.values', dataBytes(rows), () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const { top, left } = this.assertShape(rows, 'values');
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = this.cellAt(sheet, top + r, left + c);
          cell.value = value;
          cell.formula = typeof value === 'string' && /^[=+\-@]/.test(value) && cell.format !== '@';
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.read().numberFormat ?? notLoaded('range.numberFormat');
  }
  set numberFormat(rows: string[][]) {
    this.excel.enqueue('Range.numberFormat', dataBytes(rows), () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const { top, left } = this.assertShape(rows, 'numberFormat');
      rows.forEach((row, r) =>
        row.forEach((format, c) => {
          this.cellAt(sheet, top + r, left + c).format = format;
        }),
      );
    });
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return new ConditionalFormatCollectionProxy(this.excel, this.sheet, this.address, '1.6');
  }
  getUsedRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.excel, this.sheet, () => usedArea(this.sheet(), this.resolvedArea()), null, true);
  }
  /** The method's own checks run with the load the adapter always queues with it (a read: its call ends in .load). */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.excel, this.sheet, () => this.resolvedArea());
  }
  load(propertyNames: string): unknown {
    const names = new Set(propertyNames.split(',').map((name) => name.trim()));
    this.excel.enqueue('Range.load', 0, () => {
      const sheet = this.sheet();
      const area = this.area === null ? usedArea(sheet, null) : this.area();
      if (area === null) {
        if (!this.nullable) throw new ExcelApiError('InvalidOperation', 'empty range');
        this.excel.onResponse(() => {
          this.loaded = { values: null, numberFormat: null, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, isNull: true, names };
        });
        return;
      }
      const readsCells = names.has('values') || names.has('numberFormat');
      if (readsCells && cellsOf(area) > MAX_READ_CELLS) {
        throw new ExcelApiError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
      }
      const values: XlCellValue[][] = [];
      const numberFormat: string[][] = [];
      if (readsCells) {
        for (let r = area.top; r <= area.bottom; r += 1) {
          const valueRow: XlCellValue[] = [];
          const formatRow: string[] = [];
          for (let c = area.left; c <= area.right; c += 1) {
            const cell = sheet.cells.get(cellKey(r, c));
            valueRow.push(cell?.value ?? '');
            formatRow.push(cell?.format ?? 'General');
          }
          values.push(valueRow);
          numberFormat.push(formatRow);
        }
      }
      const loaded: LoadedRange = {
        values: names.has('values') ? values : null,
        numberFormat: names.has('numberFormat') ? numberFormat : null,
        rowIndex: area.top - 1,
        columnIndex: area.left - 1,
        rowCount: area.bottom - area.top + 1,
        columnCount: area.right - area.left + 1,
        isNull: false,
        names,
      };
      this.excel.respond((loaded.values ? dataBytes(values) : 0) + (loaded.numberFormat ? dataBytes(numberFormat) : 0), readsCells ? cellsOf(area) : 0);
      this.excel.onResponse(() => {
        this.loaded = loaded;
      });
    });
    return this;
  }
  clear(): void {
    this.excel.enqueue('Range.clear', 0, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const { top, left, bottom, right } = this.resolvedArea();
      for (const key of [...sheet.cells.keys()]) {
        const [row, column] = key.split(',').map(Number) as [number, number];
        if (row >= top && row <= bottom && column >= left && column <= right) sheet.cells.delete(key);
      }
    });
  }
  delete(shift: 'Up'): void {
    this.excel.enqueue('Range.delete', 0, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const area = this.resolvedArea();
      if (shift !== 'Up' || area.left !== 1 || area.right !== MAX_COLUMN) throw new ExcelApiError('InvalidArgument', 'the fake deletes whole rows only');
      deleteRows(this.excel, sheet, area.top, area.bottom);
    });
  }
  merge(): void {
    this.excel.enqueue('Range.merge', 0, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const area = this.resolvedArea();
      sheet.merges = [...sheet.merges.filter((m) => !overlaps(parseArea(m), area)), addressOf(area)];
      keepUpperLeft(sheet, area);
    });
  }
  unmerge(): void {
    this.excel.enqueue('Range.unmerge', 0, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const area = this.resolvedArea();
      sheet.merges = sheet.merges.filter((m) => !overlaps(parseArea(m), area));
    });
  }
  group(groupOption: 'ByRows'): void {
    this.excel.enqueue('Range.group', 0, () => {
      requireApi(this.excel, '1.10', 'Range.group');
      const sheet = this.sheet();
      assertWritable(sheet);
      if (groupOption !== 'ByRows') throw new ExcelApiError('InvalidArgument', groupOption);
      const { top, bottom } = this.resolvedArea();
      for (let r = top; r <= bottom; r += 1) {
        const level = (sheet.outlineLevels.get(r) ?? 0) + 1;
        if (level > 8) throw new ExcelApiError('InvalidOperation', 'an outline has at most eight levels');
        sheet.outlineLevels.set(r, level);
      }
    });
  }
  hideGroupDetails(groupOption: 'ByRows'): void {
    this.excel.enqueue('Range.hideGroupDetails', 0, () => {
      requireApi(this.excel, '1.10', 'Range.hideGroupDetails');
      const sheet = this.sheet();
      if (groupOption !== 'ByRows') throw new ExcelApiError('InvalidArgument', groupOption);
      const { top, bottom } = this.resolvedArea();
      for (let r = top; r <= bottom; r += 1) {
        if (!sheet.outlineLevels.has(r)) throw new ExcelApiError('InvalidOperation', `row ${r} is in no group`);
        sheet.hiddenRows.add(r);
      }
    });
  }
  select(): void {
    this.excel.enqueue('Range.select', 0, () => {
      const sheet = this.sheet();
      const area = this.resolvedArea();
      const address = `${columnLetter(area.left)}${area.top}`;
      this.excel.selection = { sheet: sheet.name, address };
    });
  }
}

class MergedAreasProxy implements XlMergedAreas {
  private loaded: { address: string; isNull: boolean } | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Ref<FakeSheet>,
    private readonly area: Ref<Area>,
  ) {}
  get isNullObject(): boolean {
    return (this.loaded ?? notLoaded('rangeAreas.isNullObject')).isNull;
  }
  get address(): string {
    return (this.loaded ?? notLoaded('rangeAreas.address')).address;
  }
  load(): unknown {
    this.excel.enqueue('RangeAreas.load', 0, () => {
      if (!this.excel.supports('1.13')) throw new ExcelApiError('ApiNotFound', 'ExcelApi 1.13 is not supported by this host');
      const sheet = this.sheet();
      const within = this.area();
      const areas = sheet.merges.map(parseArea).filter((m) => contains(within, m.top, m.left));
      if (areas.length > MAX_MERGED_AREAS) throw new ExcelApiError('GeneralException', 'There are too many merged areas in the range.');
      const address = areas.map((m) => `${referenceSheetName(sheet.name)}!${addressOf(m)}`).join(', ');
      this.excel.respond(dataBytes(address), 0);
      this.excel.onResponse(() => {
        this.loaded = { address, isNull: areas.length === 0 };
      });
    });
    return this;
  }
}

/** The sheet's rules in the order a collection lists them: by priority. */
const rulesInOrder = (sheet: FakeSheet): FakeRule[] => [...sheet.rules].sort((a, b) => a.priority - b.priority);

class ConditionalFormatCollectionProxy implements XlConditionalFormatCollection {
  private loadedItems: ConditionalFormatProxy[] | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Ref<FakeSheet>,
    /** The addresses new rules apply to; null for a whole-sheet range (reading and addressing only). */
    private readonly addresses: string | null,
    /** The requirement set this way of reaching the collection needs (RangeAreas: 1.9). */
    private readonly requires: string,
  ) {}
  get items(): ConditionalFormatProxy[] {
    return this.loadedItems ?? notLoaded('conditionalFormats.items');
  }
  load(options: { readonly id?: true }): unknown {
    this.excel.enqueue('ConditionalFormats.load', 0, () => {
      const sheet = this.sheet();
      const rules = rulesInOrder(sheet);
      this.excel.onResponse(() => {
        this.loadedItems = rules.map((rule, index) => {
          // With its id loaded, an item is addressed by id; otherwise by its position at the time a call runs.
          const ref: Ref<FakeRule> = options.id
            ? () => this.sheet().rules.find((r) => r.id === rule.id) ?? notFound(rule.id)
            : () => rulesInOrder(this.sheet())[index] ?? notFound(`#${index}`);
          return new ConditionalFormatProxy(this.excel, this.sheet, ref, { id: options.id ? rule.id : null, type: rule.type, formula: rule.type === 'Custom' ? rule.formula : null });
        });
      });
    });
    return this;
  }
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.excel, this.sheet, () => this.sheet().rules.find((r) => r.id === id) ?? notFound(id), null);
  }
  add(type: 'Custom'): ConditionalFormatProxy {
    let created: FakeRule | null = null;
    const addresses = this.addresses ?? '';
    this.excel.enqueue('ConditionalFormats.add', dataBytes(addresses), () => {
      if (!this.excel.supports(this.requires)) throw new ExcelApiError('ApiNotFound', `ExcelApi ${this.requires} is not supported by this host`);
      if (addresses === '') throw new ExcelApiError('InvalidArgument', 'a rule needs a range');
      for (const part of addresses.split(',')) parseArea(part);
      const sheet = this.sheet();
      assertWritable(sheet);
      created = { id: this.excel.newRuleId(), type, formula: '', addresses, fill: '', font: '', priority: 0 };
      for (const rule of sheet.rules) rule.priority += 1;
      sheet.rules.push(created);
    });
    return new ConditionalFormatProxy(this.excel, this.sheet, () => created ?? notLoaded('added rule'), null);
  }
}

function notFound(what: string): never {
  throw new ExcelApiError('ItemNotFound', `no conditional format ${what}`);
}

class ConditionalFormatProxy implements XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Ref<FakeSheet>,
    private readonly rule: Ref<FakeRule>,
    /** What a collection load returned; null for a proxy nothing was loaded into. */
    private readonly snapshot: { id: string | null; type: string; formula: string | null } | null,
  ) {
    // A write-only property of the rule: queued, applied to `field` at sync; reading it was never loaded.
    const slot = <K extends string>(key: K, call: string, field: 'formula' | 'fill' | 'font') =>
      Object.defineProperty({}, key, {
        get: () => notLoaded(call),
        set: (value: string) =>
          excel.enqueue(call, dataBytes(value), () => {
            assertWritable(sheet());
            rule()[field] = value;
          }),
      }) as Record<K, string>;
    this.custom = {
      isNullObject: false,
      rule: slot('formula', 'ConditionalFormat.custom.rule.formula', 'formula'),
      format: {
        fill: slot('color', 'ConditionalFormat.custom.format.fill.color', 'fill'),
        font: slot('color', 'ConditionalFormat.custom.format.font.color', 'font'),
      },
    };
  }

  private loaded(): NonNullable<ConditionalFormatProxy['snapshot']> {
    return this.snapshot ?? notLoaded('conditional format');
  }
  get id(): string {
    return this.loaded().id ?? notLoaded('conditionalFormat.id');
  }
  get type(): string {
    return this.loaded().type;
  }
  get priority(): number {
    return notLoaded('priority');
  }
  set priority(value: number) {
    this.excel.enqueue('ConditionalFormat.priority', dataBytes(value), () => {
      const sheet = this.sheet();
      const target = this.rule();
      const others = rulesInOrder(sheet).filter((r) => r !== target);
      others.splice(Math.min(Math.max(value, 0), others.length), 0, target);
      others.forEach((r, i) => {
        r.priority = i;
      });
    });
  }
  get customOrNullObject(): XlCustomConditionalFormat {
    const snapshot = this.loaded();
    if (snapshot.formula === null) return { ...this.custom, isNullObject: true };
    const formula = snapshot.formula;
    return { ...this.custom, isNullObject: false, rule: { formula } };
  }
  delete(): void {
    this.excel.enqueue('ConditionalFormat.delete', 0, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      const target = this.rule();
      sheet.rules = sheet.rules.filter((r) => r !== target);
      rulesInOrder(sheet).forEach((r, i) => {
        r.priority = i;
      });
    });
  }
}

class NamedItemCollectionProxy implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | null = null;
  constructor(private readonly excel: FakeExcel) {}
  get items(): XlNamedItem[] {
    return this.loadedItems ?? notLoaded('names.items');
  }
  load(): unknown {
    this.excel.enqueue('Names.load', 0, () => {
      const entries = [...this.excel.names];
      this.excel.onResponse(() => {
        // Items are addressed by position: deleting one moves those after it.
        this.loadedItems = entries.map(([name, sheet], index) => ({
          name,
          value: sheet ? `${referenceSheetName(sheet.name)}!$A$1` : '#REF!',
          delete: () => this.deleteWhere(() => [...this.excel.names.keys()][index] ?? null),
        }));
      });
    });
    return this;
  }
  private deleteWhere(find: () => string | null): void {
    this.excel.enqueue('NamedItem.delete', 0, () => {
      const name = find();
      if (name === null || !this.excel.names.delete(name)) throw new ExcelApiError('ItemNotFound', String(name));
    });
  }
  getItem(name: string): XlNamedItem {
    const find = (): string | null => [...this.excel.names.keys()].find((key) => sameName(key, name)) ?? null;
    return {
      name,
      get value(): unknown {
        return notLoaded('namedItem.value');
      },
      delete: () => this.deleteWhere(find),
    };
  }
  add(name: string, reference: XlRange | string): XlNamedItem {
    this.excel.enqueue('Names.add', dataBytes(name), () => {
      if ([...this.excel.names.keys()].some((key) => sameName(key, name))) throw new ExcelApiError('ItemAlreadyExists', name);
      if (!(reference instanceof RangeProxy)) throw new ExcelApiError('InvalidArgument', 'the fake names ranges only');
      this.excel.names.set(name, reference.sheetTarget());
    });
    return this.getItem(name);
  }
}
