// Edits of a part as byte ranges: each replaces [from, to) of the original with new text (an insertion when the
// range is empty). Every byte outside the ranges is copied as it was; that is how the user's parts stay theirs.
import { strToU8 } from 'fflate';

export interface ByteEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export const insertAt = (at: number, text: string): ByteEdit => ({ from: at, to: at, text });
export const remove = (from: number, to: number): ByteEdit => ({ from, to, text: '' });

/** The part with the edits made; edits at the same place keep their order. Overlapping ranges are a bug. */
export function applyEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  if (edits.length === 0) return bytes;
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.from - b.edit.from || a.edit.to - b.edit.to || a.i - b.i);
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const { edit } of sorted) {
    if (edit.from < at) throw new Error(`overlapping edits at ${edit.from}`);
    pieces.push(bytes.subarray(at, edit.from));
    if (edit.text !== '') pieces.push(strToU8(edit.text));
    at = edit.to;
  }
  pieces.push(bytes.subarray(at));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
