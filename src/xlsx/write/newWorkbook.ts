// A workbook written from scratch (a unit's return): the package's few parts, the sheets streamed by the same sheet
// writer as the tool's sheets in a checked copy, their styles added by the same StyleBook to a plain styles part, and
// the archive by the same zip writer. Excel, WPS and LibreOffice open it as their own.
import { strToU8 } from 'fflate';
import type { SheetPlan } from '../../core';
import { escapeAttribute, escapeText } from '../xml/escapeXml';
import { relationshipType, TRANSITIONAL } from '../xml/namespaces';
import type { ZipArchive } from '../zip/zipArchive';
import { deflatePart, PartDeflater, writeZip, type NativeCompression, type OutputEntry } from '../zip/writeZip';
import { applyEdits } from './byteEdits';
import { CONTENT_TYPES_PART } from './packageParts';
import { writeSheetPart } from './sheetPart';
import { StyleBook } from './styleBook';

export interface NewWorkbookOptions {
  /** Workbook-level names (the return's identity), written as given: a value is a formula or a quoted text. */
  readonly names?: readonly { readonly name: string; readonly value: string; readonly hidden?: boolean }[];
  /** The default font (宋体 for a Chinese office's workbook). */
  readonly font?: { readonly name: string; readonly size: number };
  readonly compression?: NativeCompression;
}

const STYLES_PART = 'xl/styles.xml';
const WORKBOOK_PART = 'xl/workbook.xml';
const NO_ARCHIVE: ZipArchive = { bytes: new Uint8Array(0), entries: [], comment: new Uint8Array(0) };
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CONTENT_TYPE = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

function baseStyles(font: { readonly name: string; readonly size: number }): string {
  return (
    `${XML_HEADER}<styleSheet xmlns="${TRANSITIONAL.main}">` +
    `<fonts count="1"><font><sz val="${font.size}"/><name val="${escapeAttribute(font.name)}"/><family val="3"/><charset val="134"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/></styleSheet>'
  );
}

export function writeNewWorkbook(sheets: readonly Omit<SheetPlan, 'key'>[], options: NewWorkbookOptions = {}): Uint8Array {
  const family = TRANSITIONAL;
  const stylesBytes = strToU8(baseStyles(options.font ?? { name: '宋体', size: 11 }));
  const styles = new StyleBook(STYLES_PART, stylesBytes, family.main, null);
  const entries: OutputEntry[] = [];
  const names: string[] = [];
  const sheetParts = sheets.map((plan, i) => {
    const partName = `xl/worksheets/sheet${i + 1}.xml`;
    const deflater = new PartDeflater(partName, options.compression);
    const written = writeSheetPart(plan, styles, family, deflater);
    if (written.printTitles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(written.printTitles)}</definedName>`);
    return { partName, part: deflater.end() };
  });
  for (const name of options.names ?? []) {
    names.push(`<definedName name="${escapeAttribute(name.name)}"${name.hidden ? ' hidden="1"' : ''}>${escapeText(name.value)}</definedName>`);
  }
  const workbook =
    `${XML_HEADER}<workbook xmlns="${family.main}" xmlns:r="${family.relationships}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((plan, i) => `<sheet name="${escapeAttribute(plan.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`;
  const workbookRels =
    `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${family.worksheet}" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${relationshipType(family, 'styles')}" Target="styles.xml"/></Relationships>`;
  const packageRels =
    `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${family.officeDocument}" Target="${WORKBOOK_PART}"/></Relationships>`;
  const contentTypes =
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/${WORKBOOK_PART}" ContentType="${CONTENT_TYPE.workbook}"/>` +
    sheetParts.map((s) => `<Override PartName="/${s.partName}" ContentType="${CONTENT_TYPE.worksheet}"/>`).join('') +
    `<Override PartName="/${STYLES_PART}" ContentType="${CONTENT_TYPE.styles}"/></Types>`;
  const text = (name: string, xml: string): OutputEntry => ({ kind: 'new', name, part: deflatePart(name, strToU8(xml), options.compression) });
  entries.push(text(CONTENT_TYPES_PART, contentTypes), text('_rels/.rels', packageRels), text(WORKBOOK_PART, workbook), text('xl/_rels/workbook.xml.rels', workbookRels));
  for (const { partName, part } of sheetParts) entries.push({ kind: 'new', name: partName, part });
  entries.push({ kind: 'new', name: STYLES_PART, part: deflatePart(STYLES_PART, applyEdits(stylesBytes, styles.finish().edits), options.compression) });
  return writeZip(NO_ARCHIVE, entries);
}

/** Files gathered into one archive as they are (each deflated once more), for a download of many. */
export function writeFileArchive(files: readonly { readonly name: string; readonly bytes: Uint8Array }[], compression?: NativeCompression): Uint8Array {
  return writeZip(
    NO_ARCHIVE,
    files.map((file) => ({ kind: 'new', name: file.name, part: deflatePart(file.name, file.bytes, compression) })),
  );
}

