// One zip entry's content, inflated in slices and never past a cap: a zip bomb (a few KB that inflate to gigabytes)
// stops with a clear answer once it passes what the entry declares or what a workbook part may reasonably hold.
// A host's native inflater (the CLI's zlib, several times faster than fflate) inflates a part of moderate size whole.
import { Inflate } from 'fflate';
import { HostError } from '../../core';
import type { NativeCompression } from './writeZip';
import type { ZipArchive, ZipEntry } from './zipArchive';

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: at most ~1,000 times this comes out of one push. */
const SLICE = 16 * 1024;
/**
 * The largest part the adapter inflates. A task sheet of Excel's full 1,048,576 rows stays well below it; beyond it
 * the file is damaged or hostile, and a browser tab would run out of memory anyway.
 */
const MAX_PART_BYTES = 512 * 1024 * 1024;
/**
 * The largest part a native inflater inflates whole (the task sheet of a 100,000-row table is about 25 MB); a larger
 * one is streamed through fflate, so that reading it never holds more than a slice of its text at a time.
 */
const MAX_NATIVE_WHOLE_BYTES = 64 * 1024 * 1024;
/** Bytes of a part inflated whole handed on at a time. */
const CHUNK = 256 * 1024;

function assertInflatable(entry: ZipEntry): void {
  if (entry.size > MAX_PART_BYTES) throw new HostError('WORKBOOK_TOO_LARGE', { detail: `${entry.name} > ${MAX_PART_BYTES / 1024 / 1024} MB` });
}

function inChunks(content: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  for (let at = 0; at < content.length; at += CHUNK) onChunk(content.subarray(at, Math.min(content.length, at + CHUNK)));
}

/** The entry's content by the host's inflater, in one piece of exactly the declared size. */
function inflateNatively(entry: ZipEntry, data: Uint8Array, inflate: NonNullable<NativeCompression['inflate']>): Uint8Array {
  let content: Uint8Array;
  try {
    content = inflate(data, entry.size);
  } catch {
    throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
  }
  if (content.length !== entry.size) throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
  return content;
}

function nativeInflater(entry: ZipEntry, native: NativeCompression | undefined): NativeCompression['inflate'] {
  return entry.method === DEFLATED && entry.size > 0 && entry.size <= MAX_NATIVE_WHOLE_BYTES ? native?.inflate : undefined;
}

/** Calls `onChunk` with the entry's content, slice by slice, in order. */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, native?: NativeCompression): void {
  assertInflatable(entry);
  const data = archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.size !== data.length) throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
    inChunks(data, onChunk);
    return;
  }
  if (entry.method !== DEFLATED) throw new HostError('WORKBOOK_CORRUPT', { detail: `${entry.name}: compression ${entry.method}` });
  const inflate = nativeInflater(entry, native);
  if (inflate) {
    inChunks(inflateNatively(entry, data, inflate), onChunk);
    return;
  }
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    // More than declared is a lie in the directory: stop before it costs memory.
    if (total > entry.size) throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(data.length, at + SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
  }
  if (total !== entry.size) throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
}

/** The entry's whole content in one array. */
export function inflateWhole(archive: ZipArchive, entry: ZipEntry, native?: NativeCompression): Uint8Array {
  assertInflatable(entry);
  const inflate = nativeInflater(entry, native);
  if (inflate) return inflateNatively(entry, archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), inflate);
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(archive, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}
