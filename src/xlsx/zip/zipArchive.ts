// The records of a zip archive (PKWARE APPNOTE 4.3), found from its central directory, without inflating anything:
// the checked copy copies each record it keeps as it is, headers, data descriptor and all, so only the records'
// places are needed. Everything is bounds-checked: a damaged or hostile archive is WORKBOOK_CORRUPT, never a crash.
import { strFromU8 } from 'fflate';
import { HostError } from '../../core';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const UNSET_32 = 0xffffffff;

export interface ZipEntry {
  /** The name as stored (OPC part names are ASCII; a UTF-8 name is decoded). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Declared uncompressed size: inflating never goes past it. */
  readonly size: number;
  /** Where the local record starts, and where its compressed data starts and ends. */
  readonly localOffset: number;
  readonly dataStart: number;
  /** End of the local record, data descriptor included. */
  readonly recordEnd: number;
  /** The entry's central directory record, copied into the output with its offset set anew. */
  readonly centralRecord: Uint8Array;
  /** Where the local-header offset sits inside `centralRecord` (it moves to a zip64 field for large archives). */
  readonly offsetField: { readonly at: number; readonly width: 4 | 8 };
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** The archive comment, kept in the copy. */
  readonly comment: Uint8Array;
}

function corrupt(detail: string): HostError {
  return new HostError('WORKBOOK_CORRUPT', { detail });
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw corrupt('zip');
}

function uint64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw corrupt('zip64');
  return value;
}

interface Zip64Fields {
  size: number;
  compressedSize: number;
  localOffset: number;
  offsetField: { at: number; width: 4 | 8 };
}

/** Sizes and offset from the zip64 extra field where the 32-bit fields say 0xFFFFFFFF, in the order APPNOTE 4.5.3 gives. */
function zip64Fields(view: DataView, record: number, extraStart: number, extraEnd: number, base: Zip64Fields): Zip64Fields {
  const fields = { ...base };
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > extraEnd) throw corrupt('zip extra field');
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + length) throw corrupt('zip64');
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (base.size === UNSET_32) fields.size = take();
      if (base.compressedSize === UNSET_32) fields.compressedSize = take();
      if (base.localOffset === UNSET_32) {
        fields.offsetField = { at: field - record, width: 8 };
        fields.localOffset = take();
      }
      return fields;
    }
    at += 4 + length;
  }
  if ([base.size, base.compressedSize, base.localOffset].includes(UNSET_32)) throw corrupt('zip64');
  return fields;
}

/** The length of the data descriptor after an entry's data: with or without its optional signature, zip64 or not. */
function dataDescriptorLength(view: DataView, at: number, zip64: boolean): number {
  const signed = at + 4 <= view.byteLength && view.getUint32(at, true) === DATA_DESCRIPTOR;
  return (signed ? 4 : 0) + (zip64 ? 20 : 12);
}

function readEntry(bytes: Uint8Array, view: DataView, at: number): { entry: ZipEntry; next: number } {
  if (at + CENTRAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) throw corrupt('zip directory');
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc = view.getUint32(at + 16, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  if (next > bytes.length) throw corrupt('zip directory');
  const nameStart = at + CENTRAL_HEADER_SIZE;
  const { size, compressedSize, localOffset, offsetField } = zip64Fields(view, at, nameStart + nameLength, nameStart + nameLength + extraLength, {
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    offsetField: { at: 42, width: 4 },
  });
  if (flags & FLAG_ENCRYPTED) throw new HostError('WORKBOOK_ENCRYPTED');
  if (localOffset + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw corrupt('zip entry');
  const dataStart = localOffset + LOCAL_HEADER_SIZE + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  const dataEnd = dataStart + compressedSize;
  if (dataEnd > bytes.length) throw corrupt('zip entry');
  const zip64 = view.getUint32(at + 20, true) === UNSET_32 || view.getUint32(at + 24, true) === UNSET_32;
  const recordEnd = flags & FLAG_DATA_DESCRIPTOR ? dataEnd + dataDescriptorLength(view, dataEnd, zip64) : dataEnd;
  if (recordEnd > bytes.length) throw corrupt('zip entry');
  const name = strFromU8(bytes.subarray(nameStart, nameStart + nameLength));
  const entry: ZipEntry = {
    name,
    method,
    flags,
    crc,
    compressedSize,
    size,
    localOffset,
    dataStart,
    recordEnd,
    centralRecord: bytes.subarray(at, next),
    offsetField,
  };
  return { entry, next };
}

/**
 * Records that share bytes are how "overlapping" zip bombs multiply a small file into a huge output; a real package
 * never has them, and names are unique in OPC.
 */
function assertDisjoint(entries: readonly ZipEntry[]): void {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i += 1) {
    if (byOffset[i]!.localOffset < byOffset[i - 1]!.recordEnd) throw corrupt('zip entries overlap');
  }
  const names = new Set<string>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (names.has(key)) throw corrupt(`zip entry twice: ${entry.name}`);
    names.add(key);
  }
}

export function readZipArchive(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_END_LOCATOR) {
    const record = uint64(view, end - 12);
    if (record + 56 > bytes.length) throw corrupt('zip64');
    count = uint64(view, record + 32);
    at = uint64(view, record + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const { entry, next } = readEntry(bytes, view, at);
    entries.push(entry);
    at = next;
  }
  assertDisjoint(entries);
  const commentLength = view.getUint16(end + 20, true);
  return { bytes, entries, comment: bytes.subarray(end + END_RECORD_SIZE, Math.min(bytes.length, end + END_RECORD_SIZE + commentLength)) };
}
