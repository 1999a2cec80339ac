// Where an attribute's value sits inside a start tag, in bytes: an edit that changes one count or one name changes
// those bytes only, and the tag keeps its quotes, spacing and the order of its other attributes.
import { strFromU8 } from 'fflate';
import type { OutlineNode } from '../xml/outline';

export interface ByteSpan {
  readonly from: number;
  readonly to: number;
}

/** The value's bytes (between the quotes), or null when the tag has no such attribute. */
export function attributeValueSpan(bytes: Uint8Array, node: OutlineNode, name: string): ByteSpan | null {
  // Latin-1 keeps one character per byte, so indices in the string are byte offsets; names are ASCII.
  const tag = strFromU8(bytes.subarray(node.start, node.startTagEnd), true);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\s${escaped}\\s*=\\s*(["'])`).exec(tag);
  if (!match) return null;
  const from = match.index + match[0].length;
  const to = tag.indexOf(match[1]!, from);
  return to < 0 ? null : { from: node.start + from, to: node.start + to };
}

/** Where a new attribute goes: just before the start tag's closing '>' or '/>'. */
export function attributeInsertionPoint(bytes: Uint8Array, node: OutlineNode): number {
  let at = node.startTagEnd - 1;
  if (bytes[at - 1] === 0x2f) at -= 1;
  return at;
}
