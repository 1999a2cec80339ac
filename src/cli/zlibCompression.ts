// Node's zlib deflates and checksums the parts the tool writes several times faster than fflate's JavaScript: the
// unit task list of a 10,000-row table is 20 MB of XML. Each chunk is one zlib call; all but the last end with a sync
// flush, so that their outputs join into one DEFLATE stream. Level 1: the XML is so repetitive that it packs almost
// as tightly as at 6, at a third of the time. It inflates the parts the adapter reads whole, likewise faster (the task
// sheet of a 100,000-row table, which the highlight edit reads whole: about 60 ms against fflate's 150 to 370).
import { constants, crc32, deflateRawSync, inflateRawSync } from 'zlib';
import type { NativeCompression } from '../xlsx';

const LEVEL = 1;

/** Undefined before Node 20.15, which has no zlib.crc32: the adapter then compresses with fflate. */
export const ZLIB_COMPRESSION: NativeCompression | undefined =
  typeof crc32 === 'function'
    ? {
        deflate: (chunk, final) => deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
        // Node 20's zlib.crc32 answers 0 for some empty arrays (TextEncoder's, as the last flush of a part hands in)
        // instead of the running value: the part's CRC-32 in the zip would be 0 and every reader would refuse it.
        crc32: (chunk, crc) => (chunk.length === 0 ? crc : crc32(chunk, crc)),
        // A plain Uint8Array over the Buffer: a Buffer's `slice` shares memory where the reader's code means a copy.
        inflate: (data, size) => {
          const content = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
          return new Uint8Array(content.buffer, content.byteOffset, content.length);
        },
      }
    : undefined;
