// Writes the output archive: each kept record copied from the input as it is (local header, data, data descriptor;
// only its offset in the central directory changes), and the parts the tool writes deflated by fflate, which also
// gives their CRC-32 and sizes.
import { strToU8, ZipDeflate } from 'fflate';
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

/** A part deflated for the archive: its compressed bytes and what the zip headers say of it. */
export interface DeflatedPart {
  readonly chunks: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly flag: number;
}

export type OutputEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'new'; readonly name: string; readonly part: DeflatedPart };

/** Deflates a part written as a sequence of texts (encoded as UTF-8) and byte arrays, one piece at a time. */
export class PartDeflater {
  private readonly deflater: ZipDeflate;
  private readonly chunks: Uint8Array[] = [];
  private compressedSize = 0;
  private pending: (Uint8Array | string)[] = [];
  private pendingLength = 0;

  constructor(name: string) {
    this.deflater = new ZipDeflate(name, { level: LEVEL });
    this.deflater.ondata = (error, chunk) => {
      if (error) throw error;
      this.chunks.push(chunk);
      this.compressedSize += chunk.length;
    };
  }

  /** Small pieces are gathered, so that the deflater sees blocks of about 256 KB. */
  write(piece: Uint8Array | string): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength >= 1 << 18) this.flush(false);
  }

  end(): DeflatedPart {
    this.flush(true);
    return { chunks: this.chunks, crc: this.deflater.crc, size: this.deflater.size, compressedSize: this.compressedSize, flag: this.deflater.flag };
  }

  private flush(final: boolean): void {
    const pieces = this.pending;
    this.pending = [];
    this.pendingLength = 0;
    if (pieces.every((p) => typeof p === 'string')) {
      this.deflater.push(strToU8((pieces as string[]).join('')), final);
      return;
    }
    pieces.forEach((piece, i) => this.deflater.push(typeof piece === 'string' ? strToU8(piece) : piece, final && i === pieces.length - 1));
  }
}

export function deflatePart(name: string, content: Uint8Array): DeflatedPart {
  const deflater = new PartDeflater(name);
  deflater.write(content);
  return deflater.end();
}

function localHeader(name: Uint8Array, part: DeflatedPart): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, FLAG_UTF8 | (part.flag << 1), true);
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
  view.setUint16(8, FLAG_UTF8 | (part.flag << 1), true);
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
