// A workbook file opened for reading: its main part found through the package relationships, its sheet list and
// defined names, the date system. Sheets, shared strings and styles are read only when asked for.
import { HostError } from '../../core';
import { CONTENT_TYPES, familyOfMain, WORKBOOK_CONTENT_TYPES, FAMILIES, type MarkupFamily } from '../xml/namespaces';
import { childNamed, childrenNamed, outlineOf, type OutlineNode } from '../xml/outline';
import type { NativeCompression } from '../zip/writeZip';
import { PackageReader, relationshipIdOf, type RelationshipsPart } from './openPackage';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** `hidden`, `veryHidden` or absent. */
  readonly state: string | undefined;
  /** The worksheet part; null for a chartsheet or a dialog sheet, which hold no cells. */
  readonly partName: string | null;
  /** Place in the tab order, as `localSheetId` counts it. */
  readonly index: number;
  readonly node: OutlineNode;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  /** The formula as written, without a leading '='. */
  readonly value: string;
  readonly node: OutlineNode;
}

export interface WorkbookFile {
  readonly pkg: PackageReader;
  readonly family: MarkupFamily;
  readonly workbookPart: string;
  readonly workbookBytes: Uint8Array;
  readonly workbookOutline: OutlineNode;
  readonly relationships: RelationshipsPart;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  readonly date1904: boolean;
  /** A macro-enabled workbook (.xlsm): its copy must keep that extension. */
  readonly macros: boolean;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(pkg: PackageReader, partName: string): string | undefined {
  const outline = outlineOf('[Content_Types].xml', pkg.bytes('[Content_Types].xml'), { keep: (element) => element.depth <= 1 });
  const override = childrenNamed(outline, CONTENT_TYPES, 'Override').find((node) => (node.attributes.PartName ?? '').replace(/^\//, '').toLowerCase() === partName.toLowerCase());
  if (override) return override.attributes.ContentType;
  const extension = partName.slice(partName.lastIndexOf('.') + 1).toLowerCase();
  return childrenNamed(outline, CONTENT_TYPES, 'Default').find((node) => (node.attributes.Extension ?? '').toLowerCase() === extension)?.attributes.ContentType;
}

function mainPart(pkg: PackageReader): { partName: string; family: MarkupFamily } {
  const rels = pkg.has('[Content_Types].xml') ? pkg.relationships('') : null;
  for (const family of FAMILIES) {
    const main = rels?.relationships.find((r) => r.type === family.officeDocument && r.partName !== null);
    if (main?.partName && pkg.has(main.partName)) return { partName: main.partName, family };
  }
  // A zip without a workbook part: a .docx, a zipped folder.
  throw new HostError('NOT_A_WORKBOOK');
}

export function openWorkbook(bytes: Uint8Array, native?: NativeCompression): WorkbookFile {
  const pkg = new PackageReader(bytes, native);
  const { partName: workbookPart, family: relationshipFamily } = mainPart(pkg);
  const contentType = contentTypeOf(pkg, workbookPart);
  const kind = contentType === undefined ? undefined : WORKBOOK_CONTENT_TYPES[contentType];
  if (!kind) throw new HostError('NOT_A_WORKBOOK');
  const workbookBytes = pkg.bytes(workbookPart);
  const outline = outlineOf(workbookPart, workbookBytes, {
    keep: (element) => element.depth <= 2,
    text: (node) => node.local === 'definedName',
  });
  const family = familyOfMain(outline.uri);
  if (!family || outline.local !== 'workbook') throw new HostError('WORKBOOK_CORRUPT', { detail: workbookPart });
  const relationships = pkg.relationships(workbookPart);
  if (!relationships) throw new HostError('WORKBOOK_CORRUPT', { detail: `${workbookPart} relationships` });
  const sheetsNode = childNamed(outline, family.main, 'sheets');
  const sheets = (sheetsNode ? childrenNamed(sheetsNode, family.main, 'sheet') : []).map((node, index): SheetEntry => {
    const relationshipId = relationshipIdOf(node, family.relationships) ?? '';
    const relationship = relationships.relationships.find((r) => r.id === relationshipId);
    return {
      name: node.attributes.name ?? '',
      sheetId: Number(node.attributes.sheetId ?? 0),
      relationshipId,
      state: node.attributes.state,
      partName: relationship?.type === family.worksheet || relationship?.type === relationshipFamily.worksheet ? relationship.partName : null,
      index,
      node,
    };
  });
  if (!sheets.some((sheet) => sheet.partName !== null)) throw new HostError('NOT_A_WORKBOOK');
  const namesNode = childNamed(outline, family.main, 'definedNames');
  const definedNames = (namesNode ? childrenNamed(namesNode, family.main, 'definedName') : []).map((node): DefinedName => {
    const local = node.attributes.localSheetId;
    return { name: node.attributes.name ?? '', localSheetId: local === undefined ? null : Number(local), value: node.text.replace(/^=/, ''), node };
  });
  const workbookPr = childNamed(outline, family.main, 'workbookPr');
  return {
    pkg,
    family,
    workbookPart,
    workbookBytes,
    workbookOutline: outline,
    relationships,
    sheets,
    definedNames,
    date1904: isTrue(workbookPr?.attributes.date1904),
    macros: kind.macros,
  };
}
