// What the tool added to a workbook's styles part, kept in the workbook as a hidden defined name so that clear can
// take exactly that away again. The record names the styles part's CRC-32 and size as the tool wrote it: once
// another program has saved the workbook (and may have renumbered its styles) the record no longer matches, and the
// styles are left alone, since taking entries away could then break the user's own formats.
import { strFromU8 } from 'fflate';
import { childNamed, outlineOf } from '../xml/outline';
import { attributeValueSpan } from './attributeSpan';
import { remove, type ByteEdit } from './byteEdits';

export const STYLE_LISTS = ['numFmts', 'fonts', 'cellXfs', 'dxfs', 'borders'] as const;
/** Lists a record may leave out: an earlier version of the tool added nothing to them. */
const LATER_LISTS: readonly StyleList[] = ['borders'];
export type StyleList = (typeof STYLE_LISTS)[number];

/** existed: the list was there; created: the tool wrote the list; opened: an empty `<dxfs/>` was given content. */
export type ContainerState = 'existed' | 'created' | 'opened';

export type StylesRecord = { readonly [L in StyleList]: { readonly added: number; readonly container: ContainerState } };

/** The hidden workbook name holding the record. */
export const STYLES_RECORD_NAME = 'TaskCheck.Styles';

const CONTAINER_CODE: Readonly<Record<ContainerState, string>> = { existed: 'e', created: 'c', opened: 'o' };
const VERSION = 'v1';

/** The name's value: a string constant, e.g. `"v1 1a2b3c4d 5120 numFmts:0:e fonts:2:e cellXfs:7:e dxfs:2:o"`. */
export function formatStylesRecord(record: StylesRecord, crc: number, size: number): string {
  const lists = STYLE_LISTS.map((list) => `${list}:${record[list].added}:${CONTAINER_CODE[record[list].container]}`);
  return `"${[VERSION, (crc >>> 0).toString(16).padStart(8, '0'), String(size), ...lists].join(' ')}"`;
}

/** The record, when the value is one and the styles part is still the one it describes; else null. */
export function parseStylesRecord(value: string, crc: number, size: number): StylesRecord | null {
  const words = value.replace(/^"|"$/g, '').split(' ');
  if (words[0] !== VERSION || words[1] !== (crc >>> 0).toString(16).padStart(8, '0') || words[2] !== String(size)) return null;
  const record: Partial<Record<StyleList, StylesRecord[StyleList]>> = {};
  for (const word of words.slice(3)) {
    const [list, added, code] = word.split(':');
    const container = (Object.keys(CONTAINER_CODE) as ContainerState[]).find((c) => CONTAINER_CODE[c] === code);
    if (!STYLE_LISTS.includes(list as StyleList) || !container || !/^\d+$/.test(added ?? '')) return null;
    record[list as StyleList] = { added: Number(added), container };
  }
  for (const list of LATER_LISTS) record[list] ??= { added: 0, container: 'existed' };
  return STYLE_LISTS.every((list) => record[list]) ? (record as StylesRecord) : null;
}

/** Edits that take the recorded entries out of the styles part; none when the part does not hold them. */
export function removeRecordedStyles(partName: string, bytes: Uint8Array, mainUri: string, record: StylesRecord): ByteEdit[] {
  const root = outlineOf(partName, bytes, { keep: (element) => element.depth <= 2 });
  const edits: ByteEdit[] = [];
  for (const list of STYLE_LISTS) {
    const { added, container } = record[list];
    if (added === 0) continue;
    const node = childNamed(root, mainUri, list);
    if (!node || node.children.length < added) return [];
    if (container === 'created') {
      edits.push(remove(node.start, node.end));
      continue;
    }
    const count = attributeValueSpan(bytes, node, 'count');
    if (count) edits.push({ ...count, text: String(Number(strFromU8(bytes.subarray(count.from, count.to))) - added) });
    if (container === 'opened') edits.push({ from: node.startTagEnd - 1, to: node.end, text: '/>' });
    else edits.push(remove(node.children[node.children.length - added]!.start, node.children[node.children.length - 1]!.end));
  }
  return edits;
}
