// One zip entry's content, inflated in slices and never past a cap: a zip bomb (a few KB that inflate to gigabytes)
// stops with a clear answer once it passes what the entry declares or what a workbook part may reasonably hold.
// A part wanted whole is inflated by the host's native inflater where it has one (the CLI's zlib, several times
// faster than fflate); a part read as a stream always goes through fflate's streaming inflater, slice by slice.
// Inflated whole and let go, a part of a long table (24 MB at 100,000 rows) raised glibc's threshold for handing big
// blocks back to the system to its size, and the peak memory of the rest of the run by 300 MB.
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

function assertInflatable(entry: ZipEntry): void {
  if (entry.size > MAX_PART_BYTES) throw new HostError('WORKBOOK_TOO_LARGE', { detail: `${entry.name} > ${MAX_PART_BYTES / 1024 / 1024} MB` });
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

/** Calls `onChunk` with the entry's content, slice by slice, in order. */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  assertInflatable(entry);
  const data = archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.size !== data.length) throw new HostError('WORKBOOK_CORRUPT', { detail: entry.name });
    for (let at = 0; at < data.length; at += SLICE * 16) onChunk(data.subarray(at, Math.min(data.length, at + SLICE * 16)));
    return;
  }
  if (entry.method !== DEFLATED) throw new HostError('WORKBOOK_CORRUPT', { detail: `${entry.name}: compression ${entry.method}` });
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
  if (native?.inflate && entry.method === DEFLATED && entry.size > 0) {
    return inflateNatively(entry, archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), native.inflate);
  }
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(archive, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}
