// The slice of Excel's JavaScript object model this adapter uses, as narrow structural types. The real
// Excel.RequestContext satisfies them (checked at compile time in officeRuntime.ts), and the tests' fake implements
// exactly these and nothing more, so the adapter cannot call anything the fake does not model.
//
// Excel's model is a batched proxy: property writes and method calls are queued and sent at `context.sync()`; loaded
// properties are readable only after that sync.

/** A cell value as Excel returns it: numbers (dates are serials), strings, booleans; errors arrive as '#N/A' etc. */
export type XlCellValue = string | number | boolean;

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  /** Structure protection: when on, sheets cannot be added or renamed. */
  readonly protection: XlProtection;
  /** Excel's worksheet functions, evaluated in the workbook (ExcelApi 1.2): DATE tells its date system. */
  readonly functions: XlFunctions;
}

export interface XlFunctions {
  date(year: number, month: number, day: number): XlFunctionResult;
}

export interface XlFunctionResult extends XlLoadable {
  readonly value: number;
}

/** What the adapter loads of every sheet, in the typed form office.js checks against its load options. */
export interface XlWorksheetsLoad {
  readonly name: true;
  readonly position: true;
  readonly protection: { readonly protected: true };
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(options: XlWorksheetsLoad): unknown;
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  name: string;
  /** 'Visible', 'Hidden' or 'VeryHidden' (Excel.SheetVisibility, ExcelApi 1.1): the tool's marks sheet is hidden. */
  visibility: string;
  readonly position: number;
  readonly protection: XlProtection;
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.9. */
  readonly autoFilter: XlAutoFilter;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** 0-based, as Range.rowIndex / columnIndex (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlAutoFilter {
  apply(range: string): void;
}

/** The print setup of a sheet (ExcelApi 1.9); enumerations as the strings office.js accepts. */
export interface XlPageLayout {
  /** 'A4', 'A3' … (Excel.PaperType). */
  paperSize: string;
  /** 'Landscape' or 'Portrait'. */
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Rows repeated at the top of every printed page, e.g. '$1:$3'. */
  setPrintTitleRows(rows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
}

/** Each section in Excel's header and footer codes (&P, &N, &A). */
export interface XlHeaderFooter {
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  /** 0-based index of the range's first row and column on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: XlCellValue[][];
  numberFormat: string[][];
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  /** Whole rows only in this adapter: the cells below move up (ExcelApi 1.1). */
  delete(shift: 'Up'): void;
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  unmerge(): void;
  /** Outline groups of whole rows (ExcelApi 1.10). */
  group(groupOption: 'ByRows'): void;
  hideGroupDetails(groupOption: 'ByRows'): void;
  select(): void;
  /** The used part of this range (ExcelApi 1.4): the table's columns without a stray value far below. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** The merged areas whose first cell is in this range (ExcelApi 1.13): used only where isSetSupported says so. */
  getMergedAreasOrNullObject(): XlMergedAreas;
}

/**
 * Merged areas as Range.getMergedAreasOrNullObject returns them: a RangeAreas whose `address` lists each area with its
 * sheet ("Sheet1!A1:B4, Sheet1!D1:D4"), or a null object where the range holds the first cell of none.
 */
export interface XlMergedAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  load(propertyNames: 'address'): unknown;
}

export interface XlRangeFormat {
  columnWidth: number;
  /** Points (ExcelApi 1.2). */
  rowHeight: number;
  wrapText: boolean;
  /** 'Top', 'Center', 'Bottom' … (Excel.VerticalAlignment). */
  verticalAlignment: string;
  /** 'Center', 'Left' … (Excel.HorizontalAlignment). */
  horizontalAlignment: string;
  readonly font: { bold: boolean; color: string; underline: string; size: number };
  /** The cells' background (ExcelApi 1.1): '#RRGGBB'. */
  readonly fill: { color: string };
  /** Fits the rows' heights to their wrapped text (ExcelApi 1.2). */
  autofitRows(): void;
  /** The range's cell borders (ExcelApi 1.1). */
  readonly borders: { getItem(index: XlBorderIndex): XlRangeBorder };
}

/** Excel.BorderIndex: the range's outer edges and the lines between its cells. */
export type XlBorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface XlRangeBorder {
  /** 'Continuous', 'None' … (Excel.BorderLineStyle). */
  style: string;
  /** 'Thin', 'Medium' … (Excel.BorderWeight). */
  weight: string;
}

/** Several ranges at once (ExcelApi 1.9): used only where isSetSupported says so. */
export interface XlRangeAreas {
  readonly conditionalFormats: XlConditionalFormatCollection;
}

/**
 * What the adapter loads of each rule: its id (so that it is deleted by id, never by a position that shifts as earlier
 * deletes run), its type, and the formula when it is a custom (formula) rule.
 */
export interface XlConditionalFormatLoad {
  readonly id: true;
  readonly type: true;
  readonly customOrNullObject: { readonly rule: { readonly formula: true } };
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  load(options: XlConditionalFormatLoad): unknown;
  add(type: 'Custom'): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly id: string;
  readonly type: string;
  priority: number;
  readonly customOrNullObject: XlCustomConditionalFormat;
  readonly custom: XlCustomConditionalFormat;
  delete(): void;
}

export interface XlCustomConditionalFormat {
  readonly isNullObject: boolean;
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(options: { readonly name: true; readonly value: true }): unknown;
  getItem(name: string): XlNamedItem;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly name: string;
  /** For a name that refers to a range: its address, e.g. `'校验结果'!$A$1`; `#REF!` once the sheet is gone. */
  readonly value: unknown;
  delete(): void;
}
