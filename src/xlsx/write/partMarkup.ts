// Writing into a part someone else wrote: new elements take the prefix the part gives the main namespace (`x:` in
// files from the OpenXML SDK), and go where the schema's sequence puts them.
import { strFromU8 } from 'fflate';
import { prefixOf } from '../xml/parseXml';
import type { OutlineNode } from '../xml/outline';

/** `local` with the prefix the part uses for the root's namespace. */
export function qualifier(root: OutlineNode): (local: string) => string {
  const prefix = prefixOf(root.name);
  return prefix === '' ? (local) => local : (local) => `${prefix}:${local}`;
}

/** The prefix bound to `uri` at the root, or null. */
export function prefixFor(root: OutlineNode, uri: string): string | null {
  for (const [prefix, bound] of root.scope) if (bound === uri && prefix !== '') return prefix;
  return null;
}

/**
 * Where an element goes among the root's children: just after the last child the schema puts before it, else just
 * after the root's start tag. Children of other namespaces (extensions, mc:AlternateContent) are passed over.
 */
export function insertionPoint(parent: OutlineNode, uri: string, predecessors: readonly string[]): number {
  let at = parent.startTagEnd;
  for (const child of parent.children) if (child.uri === uri && predecessors.includes(child.local)) at = child.end;
  return at;
}

/** The element's markup as written. */
export function markupOf(bytes: Uint8Array, node: OutlineNode): string {
  return strFromU8(bytes.subarray(node.start, node.end));
}
