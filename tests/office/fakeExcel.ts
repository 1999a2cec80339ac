// A fake of Excel's batched proxy object model, for the parts of it the Office adapter uses (src/office/excelTypes.ts),
// because Excel itself cannot run in a test. It behaves as Excel does where the adapter depends on it:
// - calls and property writes on proxies are only queued; they are applied, in order, at `context.sync()`;
// - a loaded property can be read only after the sync that loaded it (else it throws, as office.js does);
// - a failing call fails the sync, and the calls queued before it stay applied (Excel has no rollback);
// - a sync whose request data exceeds `payloadLimitBytes` is refused with RequestPayloadSizeLimitExceeded, and one
//   whose loaded cells exceed it with ResponsePayloadSizeLimitExceeded, as Excel on the web refuses either over 5 MB;
//   the ranges a refused sync loaded stay unread;
// - a range load returns only the cell arrays it names ('values', 'numberFormat'), and only those count as response;
// - writing a string that starts with = + - @ into a cell not formatted as Text ('@') enters a formula.
// It records every sync: the calls it carried and the size of the data they sent.
import { columnLetter, columnNumber } from '../../src/core';
import type {
  XlCellValue,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomConditionalFormat,
  XlNamedItem,
  XlNamedItemCollection,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/office/excelTypes';

export interface FakeCell {
  value: XlCellValue;
  format: string;
  /** True when Excel would have entered the value as a formula. */
  formula: boolean;
  bold?: boolean;
  color?: string;
  underline?: string;
}

export interface FakeRule {
  readonly id: number;
  readonly type: string;
  formula: string;
  readonly addresses: string;
  fill: string;
  font: string;
  priority: number;
}

export interface FakeSheet {
  name: string;
  protected: boolean;
  readonly cells: Map<string, FakeCell>;
  rules: FakeRule[];
  readonly columnWidths: Map<string, number>;
  frozenRows: number;
}

export interface SyncRecord {
  readonly calls: readonly string[];
  /** JSON length of the data the sync's calls carried (values, formats, addresses, formulas). */
  readonly dataBytes: number;
  /** JSON length of the cell data the sync's loads returned. */
  responseBytes: number;
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
const dataBytes = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

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

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-level defined names → the sheet they point at (null once it is deleted: #REF!), like Excel's. */
  readonly names = new Map<string, FakeSheet | null>();
  structureProtected = false;
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  payloadLimitBytes = 5 * 1024 * 1024;
  readonly syncs: SyncRecord[] = [];
  private queue: Op[] = [];
  private nextRuleId = 1;
  private failure: ExcelApiError | null = null;
  private current: SyncRecord | null = null;
  private deliveries: (() => void)[] = [];
  readonly context: XlContext;

  constructor() {
    const workbook: XlWorkbook = {
      worksheets: new WorksheetCollectionProxy(this),
      names: new NamedItemCollectionProxy(this),
      protection: new ProtectionProxy(this, () => this.structureProtected),
    };
    this.context = { workbook, sync: () => this.sync() };
  }

  addSheet(name: string, rows: readonly (readonly (XlCellValue | null)[])[] = [], formats?: readonly (readonly string[])[]): FakeSheet {
    const sheet: FakeSheet = { name, protected: false, cells: new Map(), rules: [], columnWidths: new Map(), frozenRows: 0 };
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

  addUserRule(sheetName: string, addresses: string, formula: string): FakeRule {
    const rule: FakeRule = { id: this.nextRuleId++, type: 'Custom', formula, addresses, fill: '#00FF00', font: '#000000', priority: 0 };
    this.sheet(sheetName).rules.push(rule);
    return rule;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
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
    const area = usedArea(sheet);
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

  enqueue(call: string, bytes: number, run: () => void): void {
    this.queue.push({ call, bytes, run });
  }

  nextId(): number {
    return this.nextRuleId++;
  }

  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    const record: SyncRecord = { calls: ops.map((op) => op.call), dataBytes: bytes, responseBytes: 0 };
    this.syncs.push(record);
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
    if (bytes > this.payloadLimitBytes) {
      throw new ExcelApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.current = record;
    this.deliveries = [];
    for (const op of ops) op.run();
    this.current = null;
    if (record.responseBytes > this.payloadLimitBytes) {
      throw new ExcelApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const deliver of this.deliveries) deliver();
  }

  /** Counts data a load returns towards the running sync's response. */
  respond(bytes: number): void {
    if (this.current) this.current.responseBytes += bytes;
  }

  /** Fills a range proxy only once the sync's response is accepted: a refused response returns no values. */
  onResponse(deliver: () => void): void {
    this.deliveries.push(deliver);
  }
}

function usedArea(sheet: FakeSheet): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '') continue;
    const [row, column] = key.split(',').map(Number) as [number, number];
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, column), bottom: Math.max(area.bottom, row), right: Math.max(area.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return area;
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new ExcelApiError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

/** A proxy whose target is found when its queued calls run, as Excel resolves object paths at sync. */
class Lazy<T> {
  private value: T | null = null;
  constructor(private readonly find: () => T) {}
  get(): T {
    if (this.value === null) this.value = this.find();
    return this.value;
  }
}

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

class WorksheetCollectionProxy implements XlWorksheetCollection {
  private loadedItems: WorksheetProxy[] | null = null;
  constructor(private readonly excel: FakeExcel) {}
  get items(): WorksheetProxy[] {
    return this.loadedItems ?? notLoaded('worksheets.items');
  }
  load(): unknown {
    this.excel.enqueue('Worksheets.load', 0, () => {
      this.loadedItems = this.excel.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.excel, new Lazy(() => sheet));
        proxy.fill();
        return proxy;
      });
    });
    return this;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.excel, new Lazy(() => this.excel.sheet(this.excel.activeSheet)));
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.excel, new Lazy(() => this.excel.sheet(key)));
  }
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.excel.enqueue('Worksheets.add', dataBytes(name), () => {
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      const sheetName = name ?? `Sheet${this.excel.sheets.length + 1}`;
      if (this.excel.sheets.some((s) => s.name === sheetName)) throw new ExcelApiError('ItemAlreadyExists', sheetName);
      created = this.excel.addSheet(sheetName);
    });
    return new WorksheetProxy(this.excel, new Lazy(() => created ?? notLoaded('added sheet')));
  }
}

class WorksheetProxy implements XlWorksheet {
  private loadedName: string | null = null;
  private loadedPosition: number | null = null;
  readonly protection: ProtectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void };

  constructor(
    private readonly excel: FakeExcel,
    readonly target: Lazy<FakeSheet>,
  ) {
    this.protection = new ProtectionProxy(excel, () => target.get().protected);
    this.freezePanes = {
      freezeRows: (count = 1) =>
        excel.enqueue('Worksheet.freezeRows', 0, () => {
          target.get().frozenRows = count;
        }),
    };
  }

  fill(): void {
    const sheet = this.target.get();
    this.loadedName = sheet.name;
    this.loadedPosition = this.excel.sheets.indexOf(sheet);
    this.protection.fill();
  }

  get name(): string {
    return this.loadedName ?? notLoaded('worksheet.name');
  }
  set name(value: string) {
    this.excel.enqueue('Worksheet.name', dataBytes(value), () => {
      const sheet = this.target.get();
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      sheet.name = value;
    });
  }
  get position(): number {
    return this.loadedPosition ?? notLoaded('worksheet.position');
  }
  load(): unknown {
    this.excel.enqueue('Worksheet.load', 0, () => this.fill());
    return this;
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.excel, this.target, address === undefined ? null : new Lazy(() => parseArea(address)));
  }
  getRanges(address?: string): XlRangeAreas {
    const addresses = address ?? '';
    return { conditionalFormats: new ConditionalFormatCollectionProxy(this.excel, this.target, addresses) };
  }
  getUsedRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.excel, this.target, new Lazy(() => usedArea(this.target.get())), true);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const area = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new RangeProxy(this.excel, this.target, new Lazy(() => area));
  }
  activate(): void {
    this.excel.enqueue('Worksheet.activate', 0, () => {
      this.excel.activeSheet = this.target.get().name;
    });
  }
  delete(): void {
    this.excel.enqueue('Worksheet.delete', 0, () => {
      if (this.excel.structureProtected) throw new ExcelApiError('AccessDenied', 'The workbook structure is protected.');
      const sheet = this.target.get();
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      for (const [name, target] of this.excel.names) if (target === sheet) this.excel.names.set(name, null);
      if (this.excel.activeSheet === sheet.name) this.excel.activeSheet = this.excel.sheets[0]?.name ?? '';
    });
  }
}

class RangeProxy implements XlRange {
  private loaded: {
    values: XlCellValue[][] | null;
    numberFormat: string[][] | null;
    rowIndex: number;
    columnIndex: number;
    rowCount: number;
    columnCount: number;
    isNull: boolean;
  } | null = null;
  readonly format: XlRangeFormat;

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Lazy<FakeSheet>,
    /** null: the whole sheet; an area that resolves to null: a null object (an empty used range). */
    private readonly area: Lazy<Area | null> | null,
    private readonly nullable = false,
  ) {
    const fontWrite = (property: 'bold' | 'color' | 'underline', value: boolean | string) =>
      excel.enqueue(`Range.format.font.${property}`, dataBytes(value), () => {
        const target = this.sheet.get();
        assertWritable(target);
        this.forEachCell((row, column) => {
          const cell = this.cellAt(target, row, column);
          (cell as unknown as Record<string, unknown>)[property] = value;
        });
      });
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
    } as XlRangeFormat['font'];
    this.format = {
      font,
      get columnWidth(): number {
        return notLoaded('format.columnWidth');
      },
      set columnWidth(value: number) {
        excel.enqueue('Range.format.columnWidth', dataBytes(value), () => {
          const target = sheet.get();
          const { left, right } = area?.get() ?? { left: 1, right: MAX_COLUMN };
          for (let c = left; c <= right; c += 1) target.columnWidths.set(columnLetter(c), value);
        });
      },
    };
  }

  /** The sheet a defined name on this range points at (the adapter only ever names A1 of a sheet). */
  sheetTarget(): FakeSheet {
    return this.sheet.get();
  }

  private resolvedArea(): Area {
    const area = this.area === null ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN } : this.area.get();
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

  private read(): NonNullable<RangeProxy['loaded']> {
    return this.loaded ?? notLoaded('range values');
  }

  get isNullObject(): boolean {
    return this.read().isNull;
  }
  get rowIndex(): number {
    return this.read().rowIndex;
  }
  get columnIndex(): number {
    return this.read().columnIndex;
  }
  get rowCount(): number {
    return this.read().rowCount;
  }
  get columnCount(): number {
    return this.read().columnCount;
  }
  get values(): XlCellValue[][] {
    return this.read().values ?? notLoaded('range.values');
  }
  set values(rows: XlCellValue[][]) {
    this.excel.enqueue('Range.values', dataBytes(rows), () => {
      const sheet = this.sheet.get();
      assertWritable(sheet);
      const { top, left } = this.resolvedArea();
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
      const sheet = this.sheet.get();
      assertWritable(sheet);
      const { top, left } = this.resolvedArea();
      rows.forEach((row, r) =>
        row.forEach((format, c) => {
          this.cellAt(sheet, top + r, left + c).format = format;
        }),
      );
    });
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return new ConditionalFormatCollectionProxy(this.excel, this.sheet, null);
  }
  load(propertyNames: string): unknown {
    const names = new Set(propertyNames.split(',').map((name) => name.trim()));
    this.excel.enqueue('Range.load', 0, () => {
      const sheet = this.sheet.get();
      const area = this.area === null ? usedArea(sheet) : this.area.get();
      if (area === null) {
        if (!this.nullable) throw new ExcelApiError('InvalidOperation', 'empty range');
        this.excel.onResponse(() => {
          this.loaded = { values: null, numberFormat: null, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, isNull: true };
        });
        return;
      }
      const values: XlCellValue[][] = [];
      const numberFormat: string[][] = [];
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
      const loaded = {
        values: names.has('values') ? values : null,
        numberFormat: names.has('numberFormat') ? numberFormat : null,
        rowIndex: area.top - 1,
        columnIndex: area.left - 1,
        rowCount: area.bottom - area.top + 1,
        columnCount: area.right - area.left + 1,
        isNull: false,
      };
      this.excel.respond((loaded.values ? dataBytes(values) : 0) + (loaded.numberFormat ? dataBytes(numberFormat) : 0));
      this.excel.onResponse(() => {
        this.loaded = loaded;
      });
    });
    return this;
  }
  clear(): void {
    this.excel.enqueue('Range.clear', 0, () => {
      const sheet = this.sheet.get();
      assertWritable(sheet);
      const { top, left, bottom, right } = this.resolvedArea();
      for (const key of [...sheet.cells.keys()]) {
        const [row, column] = key.split(',').map(Number) as [number, number];
        if (row >= top && row <= bottom && column >= left && column <= right) sheet.cells.delete(key);
      }
    });
  }
  select(): void {
    this.excel.enqueue('Range.select', 0, () => {
      const sheet = this.sheet.get();
      const area = this.resolvedArea();
      const address = `${columnLetter(area.left)}${area.top}`;
      this.excel.selection = { sheet: sheet.name, address };
    });
  }
}

class ConditionalFormatCollectionProxy implements XlConditionalFormatCollection {
  private loadedItems: ConditionalFormatProxy[] | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Lazy<FakeSheet>,
    /** The RangeAreas' addresses new rules apply to; null for a whole-sheet range (reading only). */
    private readonly addresses: string | null,
  ) {}
  get items(): ConditionalFormatProxy[] {
    return this.loadedItems ?? notLoaded('conditionalFormats.items');
  }
  load(): unknown {
    this.excel.enqueue('ConditionalFormats.load', 0, () => {
      const sheet = this.sheet.get();
      this.loadedItems = [...sheet.rules]
        .sort((a, b) => a.priority - b.priority)
        .map((rule) => new ConditionalFormatProxy(this.excel, this.sheet, new Lazy(() => rule), true));
    });
    return this;
  }
  add(type: 'Custom'): ConditionalFormatProxy {
    let created: FakeRule | null = null;
    const addresses = this.addresses ?? '';
    this.excel.enqueue('ConditionalFormats.add', dataBytes(addresses), () => {
      const sheet = this.sheet.get();
      assertWritable(sheet);
      created = { id: this.excel.nextId(), type, formula: '', addresses, fill: '', font: '', priority: 0 };
      for (const rule of sheet.rules) rule.priority += 1;
      sheet.rules.push(created);
    });
    return new ConditionalFormatProxy(this.excel, this.sheet, new Lazy(() => created ?? notLoaded('added rule')), false);
  }
}

class ConditionalFormatProxy implements XlConditionalFormat {
  private readonly snapshot: { type: string; formula: string | null } | null;
  readonly custom: XlCustomConditionalFormat;

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: Lazy<FakeSheet>,
    private readonly rule: Lazy<FakeRule>,
    loaded: boolean,
  ) {
    this.snapshot = loaded ? { type: rule.get().type, formula: rule.get().type === 'Custom' ? rule.get().formula : null } : null;
    // A write-only property of the rule: queued, applied to `field` at sync; reading it was never loaded.
    const slot = <K extends string>(key: K, call: string, field: 'formula' | 'fill' | 'font') =>
      Object.defineProperty({}, key, {
        get: () => notLoaded(call),
        set: (value: string) =>
          excel.enqueue(call, dataBytes(value), () => {
            assertWritable(sheet.get());
            rule.get()[field] = value;
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
  get type(): string {
    return this.loaded().type;
  }
  get priority(): number {
    return notLoaded('priority');
  }
  set priority(value: number) {
    this.excel.enqueue('ConditionalFormat.priority', dataBytes(value), () => {
      const sheet = this.sheet.get();
      const target = this.rule.get();
      const others = sheet.rules.filter((r) => r !== target).sort((a, b) => a.priority - b.priority);
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
      const sheet = this.sheet.get();
      assertWritable(sheet);
      const target = this.rule.get();
      sheet.rules = sheet.rules.filter((r) => r !== target);
      [...sheet.rules].sort((a, b) => a.priority - b.priority).forEach((r, i) => {
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
      this.loadedItems = [...this.excel.names].map(([name, sheet]) => ({
        name,
        value: sheet ? `'${sheet.name.replace(/'/g, "''")}'!$A$1` : '#REF!$A$1',
        delete: () => this.deleteName(name),
      }));
    });
    return this;
  }
  private deleteName(name: string): void {
    this.excel.enqueue('NamedItem.delete', 0, () => {
      if (!this.excel.names.delete(name)) throw new ExcelApiError('ItemNotFound', name);
    });
  }
  getItem(name: string): XlNamedItem {
    return {
      name,
      get value(): unknown {
        return notLoaded('namedItem.value');
      },
      delete: () => this.deleteName(name),
    };
  }
  add(name: string, reference: XlRange | string): XlNamedItem {
    this.excel.enqueue('Names.add', dataBytes(name), () => {
      if (this.excel.names.has(name)) throw new ExcelApiError('ItemAlreadyExists', name);
      if (!(reference instanceof RangeProxy)) throw new ExcelApiError('InvalidArgument', 'the fake names ranges only');
      this.excel.names.set(name, reference.sheetTarget());
    });
    return this.getItem(name);
  }
}
