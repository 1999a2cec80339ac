// The checked copy, or the cleared one, as the input package plus the tool's parts: every record of the input is
// copied as it is, except the few parts the tool must touch (the task sheet gains its highlight rules; the workbook,
// its relationships and the content types gain entries for the tool's sheets and names; the styles part grows), the
// tool's own sheets, which it writes anew, and on clear the tool's parts, which go.
import { HostError, MARKS_DEFINED_NAMES, OWNED_SHEET_NAMES, quoteSheetName, type HighlightRule, type OwnedSheetKey, type SheetPlan } from '../../core';
import type { DefinedName, SheetEntry } from '../read/openWorkbook';
import { WORKSHEET_STRUCTURE, type WorksheetRead } from '../read/readWorksheet';
import type { WorkbookReader } from '../read/workbookReader';
import { escapeAttribute } from '../xml/escapeXml';
import { relationshipType } from '../xml/namespaces';
import { childNamed, childrenNamed, outlineOf, type OutlineNode } from '../xml/outline';
import { deflatePart, PartDeflater, writeZip, type NativeCompression, type DeflatedPart, type OutputEntry } from '../zip/writeZip';
import { attributeInsertionPoint, attributeValueSpan } from './attributeSpan';
import { applyEdits, insertAt, remove, type ByteEdit } from './byteEdits';
import { removeHighlightEdits, replaceHighlightEdits } from './highlightEdits';
import { CONTENT_TYPES_PART, contentTypeEdits, definedNameMarkup, relationshipEdits, relativeTarget, type NewRelationship } from './packageParts';
import { insertionPoint, prefixFor, qualifier } from './partMarkup';
import { writeSheetPart, type SharedStringOf } from './sheetPart';
import { StyleBook, type CellStyles } from './styleBook';
import { formatStylesRecord, parseStylesRecord, removeRecordedStyles, STYLES_RECORD_NAME } from './stylesRecord';

export interface PackageChanges {
  /** The sheet whose highlight rules are replaced by these, and its structure when the read noted it. */
  readonly highlights: { readonly sheet: SheetEntry; readonly rules: readonly HighlightRule[]; readonly structure?: WorksheetRead['structure'] } | null;
  readonly sheets: readonly SheetPlan[];
  /** Take every sheet, rule and name of the tool out (task-check clear, 清除标记). */
  readonly clear: boolean;
  /** The host's compression, when it has a faster one than fflate's. */
  readonly compression?: NativeCompression;
  /** The shared strings of the cells the sheets copy, where the reader knows them. */
  readonly sharedStringOf?: SharedStringOf;
}

/** What CT_Workbook puts before definedNames. */
const BEFORE_DEFINED_NAMES = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences'];
const OWNED_NAMES: ReadonlySet<string> = new Set([...Object.values(OWNED_SHEET_NAMES), STYLES_RECORD_NAME]);
const MARKS_NAMES: ReadonlySet<string> = new Set(MARKS_DEFINED_NAMES);
const PRINT_TITLES = '_xlnm.Print_Titles';
const UNSTYLED: CellStyles = { xf: () => 0 };
const MARKER = [...'TaskCheck:'].map((ch) => ch.charCodeAt(0));

interface DesiredName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  readonly value: string;
}

function holdsMarker(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(MARKER[0]!); i >= 0; i = bytes.indexOf(MARKER[0]!, i + 1)) {
    if (MARKER.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function sameName(node: DefinedName, desired: DesiredName): boolean {
  const hidden = node.node.attributes.hidden === '1' || node.node.attributes.hidden === 'true';
  return node.name === desired.name && node.localSheetId === desired.localSheetId && node.value === desired.value && hidden === desired.hidden;
}

function firstFree(taken: (candidate: string) => boolean, make: (n: number) => string): string {
  for (let n = 1; ; n += 1) if (!taken(make(n))) return make(n);
}

export function writePackage(reader: WorkbookReader, changes: PackageChanges): Uint8Array {
  const file = reader.file;
  const { pkg, family } = file;
  const main = family.main;
  const root = file.workbookOutline;
  const q = qualifier(root);
  const owned = reader.ownedSheets();

  const replacedParts = new Map<string, DeflatedPart>();
  const removedParts = new Set<string>();
  const addedParts: { name: string; part: DeflatedPart }[] = [];
  const workbookEdits: ByteEdit[] = [];
  const addedRelationships: NewRelationship[] = [];
  const removedRelationships = new Set<string>();
  const partEdits = new Map<string, ByteEdit[]>();
  const editPart = (partName: string, edits: readonly ByteEdit[]): void => {
    if (edits.length > 0) partEdits.set(partName, [...(partEdits.get(partName) ?? []), ...edits]);
  };

  // Parts that a removed part's relationships point at go too, unless another part still points at them.
  let targetsElsewhere: Map<string, number> | null = null;
  const removeWithDependents = (partName: string, keepPart = false): void => {
    if (!keepPart) removedParts.add(partName.toLowerCase());
    const rels = pkg.relationships(partName);
    if (!rels) return;
    removedParts.add(rels.partName.toLowerCase());
    targetsElsewhere ??= countInternalTargets(reader);
    for (const relationship of rels.relationships) {
      const target = relationship.partName?.toLowerCase();
      if (target && (targetsElsewhere.get(target) ?? 0) <= 1 && pkg.has(target)) removedParts.add(target);
    }
  };

  // Styles, and what an earlier run recorded of its own entries in them.
  const stylesPart = reader.partOfType('styles');
  const stylesEntry = stylesPart ? pkg.entry(stylesPart) : undefined;
  const recordName = file.definedNames.find((n) => n.name === STYLES_RECORD_NAME && n.localSheetId === null);
  const previousRecord = recordName && stylesEntry ? parseStylesRecord(recordName.value, stylesEntry.crc, stylesEntry.size) : null;
  const writes = changes.sheets.length > 0 || (changes.highlights !== null && changes.highlights.rules.some((r) => r.ranges.length > 0));
  const styles = !changes.clear && writes && stylesPart ? new StyleBook(stylesPart, pkg.bytes(stylesPart), main, previousRecord) : null;

  // The tool's sheets: an earlier copy is rewritten in its part and tab place, a new one goes after the others.
  const desiredNames: DesiredName[] = [];
  const reconsidered = new Set<DefinedName>();
  const takenParts = (name: string): boolean => pkg.has(name) || addedParts.some((p) => p.name.toLowerCase() === name.toLowerCase());
  const takenIds = new Set(file.relationships.relationships.map((r) => r.id));
  let nextSheetId = Math.max(0, ...file.sheets.map((s) => s.sheetId)) + 1;
  const folder = file.workbookPart.slice(0, file.workbookPart.lastIndexOf('/') + 1);
  const newSheetElements: string[] = [];
  const relPrefix = prefixFor(root, family.relationships);
  const localNamesOf = (index: number): DefinedName[] => file.definedNames.filter((n) => n.localSheetId === index);

  changes.sheets.forEach((plan) => {
    const previous = owned[plan.key];
    const clash = file.sheets.find((s) => s.name.toLowerCase() === plan.name.toLowerCase() && s !== previous);
    if (clash) throw new HostError('UNEXPECTED', { sheet: plan.name, detail: 'sheet name taken' });
    let partName: string;
    let index: number;
    if (previous?.partName) {
      partName = previous.partName;
      index = previous.index;
      removeWithDependents(partName, true);
      if (previous.name !== plan.name) {
        const span = attributeValueSpan(file.workbookBytes, previous.node, 'name');
        if (span) workbookEdits.push({ ...span, text: escapeAttribute(plan.name) });
      }
      for (const name of localNamesOf(index)) reconsidered.add(name);
    } else {
      partName = firstFree(takenParts, (n) => `${folder}worksheets/sheet${n}.xml`);
      const id = firstFree((candidate) => takenIds.has(candidate), (n) => `rId${n}`);
      takenIds.add(id);
      index = file.sheets.length + newSheetElements.length;
      addedRelationships.push({ id, type: relationshipType(family, 'worksheet'), target: relativeTarget(file.workbookPart, partName) });
      const rid = relPrefix ? `${relPrefix}:id="${id}"` : `xmlns:r="${family.relationships}" r:id="${id}"`;
      newSheetElements.push(`<${q('sheet')} name="${escapeAttribute(plan.name)}" sheetId="${nextSheetId}" ${rid}/>`);
      nextSheetId += 1;
    }
    const deflater = new PartDeflater(partName, changes.compression);
    const written = writeSheetPart(plan, styles ?? UNSTYLED, family, deflater, changes.sharedStringOf);
    const part = deflater.end();
    if (previous?.partName) replacedParts.set(partName.toLowerCase(), part);
    else addedParts.push({ name: partName, part });
    desiredNames.push({ name: OWNED_SHEET_NAMES[plan.key], localSheetId: null, hidden: false, value: `${quoteSheetName(plan.name)}!$A$1` });
    if (written.printTitles) desiredNames.push({ name: PRINT_TITLES, localSheetId: index, hidden: false, value: written.printTitles });
  });
  const sheetsNode = childNamed(root, main, 'sheets')!;
  if (newSheetElements.length > 0) workbookEdits.push(insertAt(sheetsNode.innerEnd, newSheetElements.join('')));

  // Clear: the tool's sheets go, with their relationships, content types and the names that point into them; the
  // marks sheets of Excel's highlights go whenever the highlights are rewritten, since the rules that used them do.
  const removedIndices: number[] = [];
  const marks = changes.clear || changes.highlights ? reader.marksSheets() : [];
  const removedSheets = [...(changes.clear ? Object.values(owned) : []), ...marks];
  if (removedSheets.length > 0) {
    for (const sheet of removedSheets) {
      workbookEdits.push(remove(sheet.node.start, sheet.node.end));
      removedRelationships.add(sheet.relationshipId);
      if (sheet.partName) removeWithDependents(sheet.partName);
      removedIndices.push(sheet.index);
      for (const name of localNamesOf(sheet.index)) reconsidered.add(name);
    }
  }
  for (const name of file.definedNames) {
    if (name.localSheetId !== null || !OWNED_NAMES.has(name.name)) continue;
    const key = (Object.keys(OWNED_SHEET_NAMES) as OwnedSheetKey[]).find((k) => OWNED_SHEET_NAMES[k] === name.name);
    if (changes.clear || name.name === STYLES_RECORD_NAME || (key && changes.sheets.some((plan) => plan.key === key))) reconsidered.add(name);
  }
  if (marks.length > 0) for (const name of file.definedNames) if (name.localSheetId === null && MARKS_NAMES.has(name.name)) reconsidered.add(name);

  // Highlights: replaced on the task sheet; on clear, taken off every sheet that carries them.
  if (changes.highlights) {
    const { sheet, rules, structure } = changes.highlights;
    if (sheet.partName) {
      const bytes = pkg.bytes(sheet.partName);
      const outline = structure ? structure.collector.resolve(bytes, structure.bomLength) : outlineOf(sheet.partName, bytes, WORKSHEET_STRUCTURE);
      editPart(sheet.partName, replaceHighlightEdits(outline, main, rules, styles));
    }
  }
  if (changes.clear) {
    for (const sheet of file.sheets) {
      if (!sheet.partName || removedParts.has(sheet.partName.toLowerCase())) continue;
      const bytes = pkg.bytes(sheet.partName);
      if (holdsMarker(bytes)) editPart(sheet.partName, removeHighlightEdits(outlineOf(sheet.partName, bytes, WORKSHEET_STRUCTURE), main));
    }
  }

  // Styles: grown by what the writing needed, or (clear) given back without what the tool added.
  let stylesPartOut: DeflatedPart | null = null;
  if (stylesPart && stylesEntry) {
    let edits: ByteEdit[] = [];
    if (styles) {
      const finished = styles.finish();
      edits = finished.edits;
      const addedAny = Object.values(finished.record).some((list) => list.added > 0);
      if (edits.length > 0) stylesPartOut = deflatePart(stylesPart, applyEdits(pkg.bytes(stylesPart), edits), changes.compression);
      const crc = stylesPartOut?.crc ?? stylesEntry.crc;
      const size = stylesPartOut?.size ?? stylesEntry.size;
      if (addedAny) desiredNames.push({ name: STYLES_RECORD_NAME, localSheetId: null, hidden: true, value: formatStylesRecord(finished.record, crc, size) });
    } else if (changes.clear && previousRecord) {
      edits = removeRecordedStyles(stylesPart, pkg.bytes(stylesPart), main, previousRecord);
      if (edits.length > 0) stylesPartOut = deflatePart(stylesPart, applyEdits(pkg.bytes(stylesPart), edits), changes.compression);
    } else if (recordName && !changes.clear) {
      // Nothing written this time: an earlier record stays as it was.
      desiredNames.push({ name: STYLES_RECORD_NAME, localSheetId: null, hidden: true, value: recordName.value });
    }
    if (stylesPartOut) replacedParts.set(stylesPart.toLowerCase(), stylesPartOut);
  }

  workbookEdits.push(...definedNameEdits(file.workbookBytes, root, main, q, file.definedNames, reconsidered, desiredNames, removedIndices));
  if (removedIndices.length > 0) workbookEdits.push(...tabEdits(file.workbookBytes, root, main, removedIndices));

  const changed = workbookEdits.length > 0 || replacedParts.size > 0 || removedParts.size > 0 || addedParts.length > 0 || partEdits.size > 0;
  if (!changed) return pkg.archive.bytes;

  editPart(file.workbookPart, workbookEdits);
  editPart(file.relationships.partName, relationshipEdits(file.relationships.outline, addedRelationships, removedRelationships));
  editPart(CONTENT_TYPES_PART, contentTypeEdits(pkg, addedParts.map((p) => p.name), removedParts));
  for (const [partName, edits] of partEdits) replacedParts.set(partName.toLowerCase(), deflatePart(partName, applyEdits(pkg.bytes(partName), edits), changes.compression));

  const entries: OutputEntry[] = [];
  for (const entry of pkg.archive.entries) {
    const key = entry.name.toLowerCase();
    if (removedParts.has(key)) continue;
    const replacement = replacedParts.get(key);
    entries.push(replacement ? { kind: 'new', name: entry.name, part: replacement } : { kind: 'copy', entry });
  }
  for (const { name, part } of addedParts) entries.push({ kind: 'new', name, part });
  return writeZip(pkg.archive, entries);
}

/** How many relationship parts point at each part, for telling which parts a removed sheet alone used. */
function countInternalTargets(reader: WorkbookReader): Map<string, number> {
  const counts = new Map<string, number>();
  const { pkg } = reader.file;
  for (const entry of pkg.archive.entries) {
    const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(entry.name);
    if (!match) continue;
    const rels = pkg.relationships(`${match[1]}${match[2]}`);
    for (const relationship of rels?.relationships ?? []) {
      const target = relationship.partName?.toLowerCase();
      if (target) counts.set(target, (counts.get(target) ?? 0) + 1);
    }
  }
  return counts;
}

function definedNameEdits(
  bytes: Uint8Array,
  root: OutlineNode,
  main: string,
  q: (local: string) => string,
  names: readonly DefinedName[],
  reconsidered: ReadonlySet<DefinedName>,
  desired: readonly DesiredName[],
  removedIndices: readonly number[],
): ByteEdit[] {
  const edits: ByteEdit[] = [];
  const missing = [...desired];
  let kept = 0;
  for (const name of names) {
    if (reconsidered.has(name)) {
      const match = missing.findIndex((d) => sameName(name, d));
      if (match >= 0) {
        missing.splice(match, 1);
        kept += 1;
      } else edits.push(remove(name.node.start, name.node.end));
      continue;
    }
    kept += 1;
    // A sheet taken out before this name's sheet moves that sheet's index down.
    if (name.localSheetId !== null && removedIndices.length > 0) {
      const shift = removedIndices.filter((i) => i < name.localSheetId!).length;
      const span = shift > 0 ? attributeValueSpan(bytes, name.node, 'localSheetId') : null;
      if (span) edits.push({ ...span, text: String(name.localSheetId - shift) });
    }
  }
  const container = childNamed(root, main, 'definedNames');
  const markup = missing.map((d) => definedNameMarkup(q, d)).join('');
  if (container && kept === 0 && markup === '') return [remove(container.start, container.end)];
  if (markup === '') return edits;
  if (!container) return [...edits, insertAt(insertionPoint(root, main, BEFORE_DEFINED_NAMES), `<${q('definedNames')}>${markup}</${q('definedNames')}>`)];
  if (container.selfClosing) return [...edits, { from: attributeInsertionPoint(bytes, container), to: container.startTagEnd, text: `>${markup}</${container.name}>` }];
  return [...edits, insertAt(container.innerEnd, markup)];
}

/** The workbook view's active and first tab follow the sheets they showed when sheets before them go. */
function tabEdits(bytes: Uint8Array, root: OutlineNode, main: string, removedIndices: readonly number[]): ByteEdit[] {
  const edits: ByteEdit[] = [];
  const bookViews = childNamed(root, main, 'bookViews');
  for (const view of bookViews ? childrenNamed(bookViews, main, 'workbookView') : []) {
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = Number(view.attributes[attribute]);
      if (!Number.isInteger(value) || value <= 0) continue;
      const shift = removedIndices.filter((i) => i <= value).length;
      const span = shift > 0 ? attributeValueSpan(bytes, view, attribute) : null;
      if (span) edits.push({ ...span, text: String(Math.max(0, value - shift)) });
    }
  }
  return edits;
}
