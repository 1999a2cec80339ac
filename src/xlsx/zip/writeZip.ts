// Writes the output archive: each kept record copied from the input as it is (local header, data, data descriptor;
// only its offset in the central directory changes), and the parts the tool writes deflated (by fflate unless the
// host hands in a faster deflater), with their CRC-32 and sizes from fflate.
import { Deflate, strToU8, ZipPassThrough } from 'fflate';
import { HostError } from '../../core';
import type { ZipArchive, ZipEntry } from './zipArchive';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const FLAG_UTF8 = 0x0800;
const DEFLATED = 8;
const VERSION = 20;
/** 1980-01-01 00:00, the first day a zip can say: the same input gives the same bytes, run after run. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;
const MAX_32 = 0xffffffff;
/** fflate's level: 6 packs a sheet of XML about as tightly as 9, at half the time. */
const LEVEL = 6;
/** Characters of XML gathered before a block is encoded and deflated, where pieces are joined (see TEXT_ENCODER). */
const BLOCK_CHARACTERS = 1 << 20;
/** Bytes of UTF-8 gathered before a block is deflated, where text is encoded straight into the block. */
const BLOCK_BYTES = 1 << 21;
/** Room for the last piece of a block: UTF-8 takes at most 3 bytes for each UTF-16 unit. */
const BLOCK_CAPACITY = 2 * BLOCK_BYTES;
/**
 * Where TextEncoder can encode into an array (Node, Chromium; EdgeHTML 18 has no TextEncoder), each piece of text is
 * encoded into one block that is used again and again; elsewhere a block's pieces are joined into one string first.
 * A joined megabyte-long string is a large object to V8, and a long unit task list makes hundreds of them: each
 * adds to the full collections of a heap that holds the whole check.
 */
const TEXT_ENCODER = typeof TextEncoder === 'function' && typeof TextEncoder.prototype.encodeInto === 'function' ? new TextEncoder() : null;

/** A part deflated for the archive: its compressed bytes and what the zip headers say of it. */
export interface DeflatedPart {
  readonly chunks: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

export type OutputEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'new'; readonly name: string; readonly part: DeflatedPart };

/**
 * A host's native compression, faster than fflate's JavaScript (the CLI passes Node's zlib). `deflate` is raw DEFLATE
 * of one chunk of a part: a chunk that is not the last ends with a sync flush, so that the chunks' outputs join into
 * one stream; `crc32` continues a CRC-32 over the next chunk, an empty one included (it then returns `crc`).
 */
export interface NativeCompression {
  readonly deflate: (chunk: Uint8Array, final: boolean) => Uint8Array;
  readonly crc32: (chunk: Uint8Array, crc: number) => number;
  /**
   * Raw DEFLATE data of one part → its content, which its directory entry says is `size` bytes: throws rather than
   * give more. Where it is given, the reader inflates the parts it reads whole with it (see inflateEntry.ts).
   */
  readonly inflate?: (data: Uint8Array, size: number) => Uint8Array;
}

/** fflate's streaming deflater: the default, in the browser and wherever no other is given. */
function fflateDeflater(onData: (chunk: Uint8Array) => void): (chunk: Uint8Array, final: boolean) => void {
  const deflater = new Deflate({ level: LEVEL }, (chunk) => onData(chunk));
  return (chunk, final) => deflater.push(chunk, final);
}

/**
 * Deflates a part written as a sequence of texts (encoded as UTF-8) and byte arrays, one block at a time. `push` and
 * `check` are done with a chunk when they return (fflate's Deflate copies it into its window, zlib's calls are
 * synchronous), so that the block can take the next text.
 */
export class PartDeflater {
  private readonly push: (chunk: Uint8Array, final: boolean) => void;
  private readonly check: (chunk: Uint8Array) => void;
  private readonly crc: () => number;
  private size = 0;
  private readonly chunks: Uint8Array[] = [];
  private compressedSize = 0;
  private pending: string[] = [];
  private pendingLength = 0;
  private block: Uint8Array | null = null;
  private blockUsed = 0;

  constructor(name: string, native?: NativeCompression) {
    const collect = (chunk: Uint8Array): void => {
      this.chunks.push(chunk);
      this.compressedSize += chunk.length;
    };
    if (native) {
      let crc = 0;
      this.push = (chunk, final) => collect(native.deflate(chunk, final));
      this.check = (chunk) => (crc = native.crc32(chunk, crc));
      this.crc = () => crc >>> 0;
    } else {
      // fflate's pass-through entry computes the CRC-32 of what passes, which is all it is asked for here.
      const checksum = new ZipPassThrough(name);
      checksum.ondata = () => undefined;
      this.push = fflateDeflater(collect);
      this.check = (chunk) => checksum.push(chunk);
      this.crc = () => {
        checksum.push(new Uint8Array(0), true);
        return checksum.crc;
      };
    }
  }

  /** Pieces are gathered into blocks of about 1 or 2 MB before they are deflated. */
  write(piece: string): void {
    if (TEXT_ENCODER) {
      if (this.blockUsed + piece.length * 3 > BLOCK_CAPACITY) this.flush(false);
      if (piece.length * 3 > BLOCK_CAPACITY) {
        this.take(TEXT_ENCODER.encode(piece), false);
        return;
      }
      this.block ??= new Uint8Array(BLOCK_CAPACITY);
      this.blockUsed += TEXT_ENCODER.encodeInto(piece, this.block.subarray(this.blockUsed)).written;
      if (this.blockUsed >= BLOCK_BYTES) this.flush(false);
      return;
    }
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength >= BLOCK_CHARACTERS) this.flush(false);
  }

  writeBytes(bytes: Uint8Array): void {
    this.flush(false);
    this.take(bytes, false);
  }

  end(): DeflatedPart {
    this.flush(true);
    return { chunks: this.chunks, crc: this.crc(), size: this.size, compressedSize: this.compressedSize };
  }

  private take(bytes: Uint8Array, final: boolean): void {
    this.size += bytes.length;
    this.check(bytes);
    this.push(bytes, final);
  }

  private flush(final: boolean): void {
    if (TEXT_ENCODER) {
      if (!final && this.blockUsed === 0) return;
      const bytes = this.block ? this.block.subarray(0, this.blockUsed) : new Uint8Array(0);
      this.blockUsed = 0;
      this.take(bytes, final);
      return;
    }
    if (!final && this.pendingLength === 0) return;
    const bytes = strToU8(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.take(bytes, final);
  }
}

export function deflatePart(name: string, content: Uint8Array, native?: NativeCompression): DeflatedPart {
  const deflater = new PartDeflater(name, native);
  deflater.writeBytes(content);
  return deflater.end();
}

function localHeader(name: Uint8Array, part: DeflatedPart): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, FLAG_UTF8, true);
  view.setUint16(8, DEFLATED, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, part.crc, true);
  view.setUint32(18, part.compressedSize, true);
  view.setUint32(22, part.size, true);
  view.setUint16(26, name.length, true);
  header.set(name, 30);
  return header;
}

function centralHeader(name: Uint8Array, part: DeflatedPart, offset: number): Uint8Array {
  const header = new Uint8Array(46 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, CENTRAL_ENTRY, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, FLAG_UTF8, true);
  view.setUint16(10, DEFLATED, true);
  view.setUint16(12, DOS_TIME, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, part.crc, true);
  view.setUint32(20, part.compressedSize, true);
  view.setUint32(24, part.size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, offset, true);
  header.set(name, 46);
  return header;
}

/** The input's central record with the local-header offset set to where the record now starts. */
function movedCentralRecord(entry: ZipEntry, offset: number): Uint8Array {
  const record = new Uint8Array(entry.centralRecord);
  const view = new DataView(record.buffer);
  if (entry.offsetField.width === 4) view.setUint32(entry.offsetField.at, offset, true);
  else {
    view.setUint32(entry.offsetField.at, offset % 2 ** 32, true);
    view.setUint32(entry.offsetField.at + 4, Math.floor(offset / 2 ** 32), true);
  }
  return record;
}

function endRecord(count: number, directorySize: number, directoryOffset: number, comment: Uint8Array): Uint8Array {
  const record = new Uint8Array(22 + comment.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryOffset, true);
  view.setUint16(20, comment.length, true);
  record.set(comment, 22);
  return record;
}

export function writeZip(archive: ZipArchive, entries: readonly OutputEntry[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const output of entries) {
    const start = offset;
    if (output.kind === 'copy') {
      const record = archive.bytes.subarray(output.entry.localOffset, output.entry.recordEnd);
      pieces.push(record);
      offset += record.length;
      central.push(movedCentralRecord(output.entry, start));
    } else {
      const name = strToU8(output.name);
      const header = localHeader(name, output.part);
      pieces.push(header, ...output.part.chunks);
      offset += header.length + output.part.compressedSize;
      central.push(centralHeader(name, output.part, start));
    }
    // The archive is written without zip64 records: a checked copy past 4 GB is no workbook anyone can open.
    if (offset > MAX_32) throw new HostError('WORKBOOK_TOO_LARGE', { detail: '> 4 GB' });
  }
  const directoryOffset = offset;
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  if (entries.length > 0xffff) throw new HostError('WORKBOOK_TOO_LARGE', { detail: `${entries.length} parts` });
  const all = [...pieces, ...central, endRecord(entries.length, directorySize, directoryOffset, archive.comment)];
  const out = new Uint8Array(all.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of all) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
