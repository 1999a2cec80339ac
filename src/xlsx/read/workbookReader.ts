// What the check reads of a workbook file: the sheets that may hold the task table, the 单位名录 registry sheet and
// the sheets the tool wrote before (found by their defined names, which follow a sheet through a rename). The shared
// strings and the date formats are read once, when the first sheet needs them.
import { MARKS_DEFINED_NAMES, OWNED_SHEET_NAMES, REGISTRY_SHEET_NAME, sheetNameOfReference, type OwnedSheetKey, type SheetGrid } from '../../core';
import { relationshipType } from '../xml/namespaces';
import { dateStyles } from './dateStyles';
import { openWorkbook, type SheetEntry, type WorkbookFile } from './openWorkbook';
import type { NativeCompression } from '../zip/writeZip';
import { readSharedStrings } from './sharedStrings';
import { readWorksheet, type CellContext, type WorksheetRead } from './readWorksheet';

const OWNED_KEYS = Object.keys(OWNED_SHEET_NAMES) as OwnedSheetKey[];

export class WorkbookReader {
  readonly file: WorkbookFile;
  private strings: readonly string[] | null = null;
  private dates: readonly boolean[] | null = null;
  private readonly context: CellContext;

  /** `native`: the host's inflater for parts read whole, when it has one faster than fflate's. */
  constructor(bytes: Uint8Array, native?: NativeCompression) {
    this.file = openWorkbook(bytes, native);
    this.context = {
      family: this.file.family,
      sharedStrings: () => (this.strings ??= this.readStrings()),
      isDate: () => (this.dates ??= this.readDates()),
      date1904: this.file.date1904,
    };
  }

  /** Every sheet name, in tab order. */
  get sheetNames(): string[] {
    return this.file.sheets.map((sheet) => sheet.name);
  }

  sheetNamed(name: string): SheetEntry | undefined {
    return this.file.sheets.find((sheet) => sheet.name === name);
  }

  /** The tool's sheets by key: the workbook-level defined names of OWNED_SHEET_NAMES, where their sheet exists. */
  ownedSheets(): Partial<Record<OwnedSheetKey, SheetEntry>> {
    const found: Partial<Record<OwnedSheetKey, SheetEntry>> = {};
    for (const name of this.file.definedNames) {
      const key = OWNED_KEYS.find((k) => OWNED_SHEET_NAMES[k] === name.name);
      const sheetName = key && name.localSheetId === null ? sheetNameOfReference(name.value) : null;
      const sheet = sheetName === null ? undefined : this.sheetNamed(sheetName);
      if (key && sheet) found[key] = sheet;
    }
    return found;
  }

  /**
   * The hidden marks sheets Excel at ExcelApi 1.7 left (MARKS_DEFINED_NAMES): this host's highlights need none, so
   * they go whenever the highlights are rewritten or cleared.
   */
  marksSheets(): SheetEntry[] {
    const marks: ReadonlySet<string> = new Set(MARKS_DEFINED_NAMES);
    const found: SheetEntry[] = [];
    for (const name of this.file.definedNames) {
      const sheetName = marks.has(name.name) && name.localSheetId === null ? sheetNameOfReference(name.value) : null;
      const sheet = sheetName === null ? undefined : this.sheetNamed(sheetName);
      if (sheet && !found.includes(sheet)) found.push(sheet);
    }
    return found;
  }

  /** The worksheets that could hold the task table, in tab order: not the tool's own, not the registry. */
  candidateSheets(): SheetEntry[] {
    const owned = new Set([...Object.values(this.ownedSheets()), ...this.marksSheets()]);
    return this.file.sheets.filter((sheet) => sheet.partName !== null && !owned.has(sheet) && sheet.name !== REGISTRY_SHEET_NAME);
  }

  readSheet(sheet: SheetEntry, withStructure = false): WorksheetRead {
    if (sheet.partName === null) return { grid: { name: sheet.name, grid: [], firstRow: 1, firstColumn: 1 }, structure: null, sharedStringOf: () => null };
    return readWorksheet(this.file.pkg, sheet.partName, sheet.name, this.context, withStructure);
  }

  registrySheet(): SheetGrid | undefined {
    const registry = this.sheetNamed(REGISTRY_SHEET_NAME);
    return registry?.partName ? this.readSheet(registry).grid : undefined;
  }

  /** The workbook's part of a given relationship type (styles, sharedStrings), if it has one. */
  partOfType(kind: string): string | null {
    const type = relationshipType(this.file.family, kind);
    const relationship = this.file.relationships.relationships.find((r) => r.type === type && r.partName !== null);
    return relationship?.partName && this.file.pkg.has(relationship.partName) ? relationship.partName : null;
  }

  /** Lets the shared strings and date formats go; a later read reads them again. */
  forgetCells(): void {
    this.strings = null;
    this.dates = null;
  }

  private readStrings(): readonly string[] {
    const part = this.partOfType('sharedStrings');
    return part ? readSharedStrings(part, this.file.pkg.feed(part), this.file.family) : [];
  }

  private readDates(): readonly boolean[] {
    const part = this.partOfType('styles');
    return part ? dateStyles(part, this.file.pkg.bytes(part), this.file.family) : [];
  }
}
