// Entries the tool adds to the package's lists (the workbook's sheets and names, its relationships, the content
// types), and the tool's entries taken out again. Every entry the user's file had stays as written, in its place.
import { CONTENT_TYPES, PACKAGE_RELATIONSHIPS, WORKSHEET_CONTENT_TYPE } from '../xml/namespaces';
import { escapeAttribute, escapeText } from '../xml/escapeXml';
import { childrenNamed, outlineOf, type OutlineNode } from '../xml/outline';
import type { PackageReader } from '../read/openPackage';
import { insertAt, remove, type ByteEdit } from './byteEdits';
import { qualifier } from './partMarkup';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** A part name relative to the folder of `fromPart`, as a relationship target. */
export function relativeTarget(fromPart: string, partName: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = partName.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipEdits(outline: OutlineNode, added: readonly NewRelationship[], removedIds: ReadonlySet<string>): ByteEdit[] {
  const q = qualifier(outline);
  const edits: ByteEdit[] = [];
  for (const node of childrenNamed(outline, PACKAGE_RELATIONSHIPS, 'Relationship')) {
    if (removedIds.has(node.attributes.Id ?? '')) edits.push(remove(node.start, node.end));
  }
  if (added.length > 0) {
    const markup = added.map((r) => `<${q('Relationship')} Id="${escapeAttribute(r.id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(r.target)}"/>`).join('');
    edits.push(insertAt(outline.innerEnd, markup));
  }
  return edits;
}

export function contentTypeEdits(pkg: PackageReader, addedParts: readonly string[], removedParts: ReadonlySet<string>): ByteEdit[] {
  const outline = outlineOf(CONTENT_TYPES_PART, pkg.bytes(CONTENT_TYPES_PART), { keep: (element) => element.depth <= 1 });
  const q = qualifier(outline);
  const edits: ByteEdit[] = [];
  for (const node of childrenNamed(outline, CONTENT_TYPES, 'Override')) {
    if (removedParts.has((node.attributes.PartName ?? '').replace(/^\//, '').toLowerCase())) edits.push(remove(node.start, node.end));
  }
  if (addedParts.length > 0) {
    const markup = addedParts.map((part) => `<${q('Override')} PartName="/${escapeAttribute(part)}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`).join('');
    edits.push(insertAt(outline.innerEnd, markup));
  }
  return edits;
}

/** A defined name as the workbook part holds it. */
export function definedNameMarkup(q: (local: string) => string, name: { name: string; localSheetId: number | null; hidden: boolean; value: string }): string {
  const local = name.localSheetId === null ? '' : ` localSheetId="${name.localSheetId}"`;
  const hidden = name.hidden ? ' hidden="1"' : '';
  return `<${q('definedName')} name="${escapeAttribute(name.name)}"${local}${hidden}>${escapeText(name.value)}</${q('definedName')}>`;
}
