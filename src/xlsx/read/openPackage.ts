// The package as Open Packaging Conventions see it (ECMA-376 Part 2): parts by name, their relationships, and the
// content types. Parts are inflated only when asked for, and never twice.
import { HostError } from '../../core';
import { inflateEntry, inflateWhole } from '../zip/inflateEntry';
import type { NativeCompression } from '../zip/writeZip';
import { readZipArchive, type ZipArchive, type ZipEntry } from '../zip/zipArchive';
import { PACKAGE_RELATIONSHIPS } from '../xml/namespaces';
import { attributeNS, type XmlElement } from '../xml/parseXml';
import { childrenNamed, outlineOf, TWO_LEVELS, type OutlineNode } from '../xml/outline';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry of an Office file encrypted with a password (MS-OFFCRYPTO), in UTF-16LE as OLE stores names. */
const ENCRYPTION_INFO_ENTRY = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Bytes that are no zip say what they are instead. An OLE compound file is either a password-protected workbook
 * (Excel wraps the encrypted package in one) or a legacy .xls, which the user must save as .xlsx first.
 */
function readArchive(bytes: Uint8Array): ZipArchive {
  if (bytes.length === 0) throw new HostError('FILE_EMPTY');
  if (startsWith(bytes, OLE_COMPOUND_FILE)) throw new HostError(contains(bytes, ENCRYPTION_INFO_ENTRY) ? 'WORKBOOK_ENCRYPTED' : 'NOT_A_WORKBOOK');
  if (startsWith(bytes, EMPTY_ZIP)) throw new HostError('NOT_A_WORKBOOK');
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) throw new HostError('NOT_A_WORKBOOK');
  return readZipArchive(bytes);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The part it points at; null for an external target. */
  readonly partName: string | null;
  readonly node: OutlineNode;
}

export interface RelationshipsPart {
  readonly partName: string;
  readonly bytes: Uint8Array;
  readonly outline: OutlineNode;
  readonly relationships: readonly Relationship[];
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; '' (the package) → `_rels/.rels`. */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** A relationship target (relative to its source part, or absolute from the package root) as a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = target.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const path = decoded.split('#')[0]!;
  const segments = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** A workbook file's package: its zip records, and its parts inflated on demand. */
export class PackageReader {
  readonly archive: ZipArchive;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly inflated = new Map<string, Uint8Array>();

  /** `native`: the host's inflater for parts read whole, when it has one faster than fflate's. */
  constructor(
    bytes: Uint8Array,
    private readonly native?: NativeCompression,
  ) {
    this.archive = readArchive(bytes);
    for (const entry of this.archive.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  /** Part names compare without regard to case (OPC). */
  entry(partName: string): ZipEntry | undefined {
    return this.byName.get(partName.toLowerCase());
  }

  has(partName: string): boolean {
    return this.byName.has(partName.toLowerCase());
  }

  /** The whole part, kept for later calls. */
  bytes(partName: string): Uint8Array {
    const cached = this.inflated.get(partName.toLowerCase());
    if (cached) return cached;
    const entry = this.entry(partName);
    if (!entry) throw new HostError('WORKBOOK_CORRUPT', { detail: `${partName} missing` });
    const bytes = inflateWhole(this.archive, entry, this.native);
    this.inflated.set(partName.toLowerCase(), bytes);
    return bytes;
  }

  /** Feeds the part to `push` chunk by chunk, holding no more of it than one chunk. */
  feed(partName: string): (push: (chunk: Uint8Array) => void) => void {
    const entry = this.entry(partName);
    if (!entry) throw new HostError('WORKBOOK_CORRUPT', { detail: `${partName} missing` });
    return (push) => inflateEntry(this.archive, entry, push);
  }

  relationships(sourcePart: string): RelationshipsPart | null {
    const partName = relationshipsPartOf(sourcePart);
    if (!this.has(partName)) return null;
    const bytes = this.bytes(partName);
    const outline = outlineOf(partName, bytes, { keep: TWO_LEVELS });
    const relationships = childrenNamed(outline, PACKAGE_RELATIONSHIPS, 'Relationship').map((node): Relationship => {
      const target = node.attributes.Target ?? '';
      const external = node.attributes.TargetMode === 'External';
      return {
        id: node.attributes.Id ?? '',
        type: node.attributes.Type ?? '',
        target,
        partName: external ? null : resolveTarget(sourcePart, target),
        node,
      };
    });
    return { partName, bytes, outline, relationships };
  }
}

/** The relationship id on an element (`r:id`), whatever prefix the part gives the relationships namespace. */
export function relationshipIdOf(element: XmlElement | OutlineNode, relationshipsNamespace: string): string | undefined {
  return attributeNS(element as XmlElement, relationshipsNamespace, 'id');
}
