// saxes counts places in UTF-16 code units of the decoded text; edits are made on the part's bytes, so that every
// byte the tool does not mean to change stays exactly as it was. These map one to the other.

/** Byte offsets of the given UTF-16 indices (any order) in UTF-8 `bytes` whose text starts after `bomLength` bytes. */
export function byteOffsets(bytes: Uint8Array, bomLength: number, indices: readonly number[]): number[] {
  const order = indices.map((_, i) => i).sort((a, b) => indices[a]! - indices[b]!);
  const result = new Array<number>(indices.length);
  let byte = bomLength;
  let unit = 0;
  for (const i of order) {
    const target = indices[i]!;
    while (unit < target && byte < bytes.length) {
      const lead = bytes[byte]!;
      // A four-byte sequence is two UTF-16 units; continuation bytes count nothing.
      if (lead >= 0xf0) unit += 2;
      else if ((lead & 0xc0) !== 0x80) unit += 1;
      byte += 1;
      while (byte < bytes.length && (bytes[byte]! & 0xc0) === 0x80) byte += 1;
    }
    result[i] = byte;
  }
  return result;
}

const LESS_THAN = 0x3c;

/** The '<' that opens the tag around `near` (saxes reports a start a character late after a CR LF). */
export function tagStartByte(bytes: Uint8Array, near: number): number {
  let at = Math.min(near, bytes.length - 1);
  while (at > 0 && bytes[at] !== LESS_THAN) at -= 1;
  return at;
}
