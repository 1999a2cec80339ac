// The namespaces and relationship types of SpreadsheetML packages (ECMA-376 Part 1 and Part 2), in both forms the
// standard has: Transitional, which Excel and LibreOffice write, and Strict, which Excel writes on request.

export interface MarkupFamily {
  readonly main: string;
  readonly relationships: string;
  readonly officeDocument: string;
  readonly worksheet: string;
}

export const TRANSITIONAL: MarkupFamily = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
};

export const STRICT: MarkupFamily = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  officeDocument: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  worksheet: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
};

export const FAMILIES: readonly MarkupFamily[] = [TRANSITIONAL, STRICT];

/** A relationship type of the family: `styles`, `sharedStrings`, `worksheet` … (types extend the namespace). */
export function relationshipType(family: MarkupFamily, kind: string): string {
  return `${family.relationships}/${kind}`;
}

export function familyOfMain(uri: string): MarkupFamily | undefined {
  return FAMILIES.find((family) => family.main === uri);
}

export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** Office 2010's worksheet extensions (x14:conditionalFormatting, x14:cfRule) and their formulas (xm:f). */
export const SPREADSHEET_2009 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Content types of a workbook's main part: plain, macro-enabled, and their templates. */
export const WORKBOOK_CONTENT_TYPES: Readonly<Record<string, { readonly macros: boolean }>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': { macros: false },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': { macros: false },
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': { macros: true },
  'application/vnd.ms-excel.template.macroEnabled.main+xml': { macros: true },
};
