// The elements of a part that an edit needs, with their byte spans: what the tool removes is cut out exactly, and
// what it adds goes exactly between two elements. Collected during a parse (alone, or beside a cell reader), then
// resolved from UTF-16 indices to bytes in one pass over the part.
import { byteOffsets, tagStartByte } from './byteOffsets';
import { parseXmlBytes, type NamespaceScope, type XmlElement, type XmlHandlers } from './parseXml';

export interface OutlineNode {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly depth: number;
  readonly scope: NamespaceScope;
  readonly selfClosing: boolean;
  /** Byte of the start tag's '<'. */
  start: number;
  /** Byte just after the start tag. */
  startTagEnd: number;
  /** Byte of the end tag's '<' (the start tag's end for an empty element). */
  innerEnd: number;
  /** Byte just after the element. */
  end: number;
  readonly parent: OutlineNode | null;
  readonly children: OutlineNode[];
  /** The element's own character data, where the collector was asked for it. */
  text: string;
}

export interface OutlineOptions {
  /** Which elements to keep; an element is only kept when its parent is (the root always is). */
  readonly keep: (element: XmlElement, parent: OutlineNode) => boolean;
  /** Whose character data to gather. */
  readonly text?: (node: OutlineNode) => boolean;
}

export class OutlineCollector implements XmlHandlers {
  root: OutlineNode | null = null;
  private readonly open_: (OutlineNode | null)[] = [];
  private readonly nodes: OutlineNode[] = [];
  private textNode: OutlineNode | null = null;

  constructor(private readonly options: OutlineOptions) {}

  open(element: XmlElement): void {
    const parent = this.open_[this.open_.length - 1];
    if (parent === null || (parent !== undefined && !this.options.keep(element, parent))) {
      this.open_.push(null);
      this.textNode = null;
      return;
    }
    const node: OutlineNode = {
      name: element.name,
      local: element.local,
      uri: element.uri,
      attributes: element.attributes,
      depth: element.depth,
      scope: element.scope,
      selfClosing: element.selfClosing,
      start: element.start,
      startTagEnd: element.startTagEnd,
      innerEnd: element.startTagEnd,
      end: element.startTagEnd,
      parent: parent ?? null,
      children: [],
      text: '',
    };
    parent?.children.push(node);
    if (!parent) this.root = node;
    this.nodes.push(node);
    this.open_.push(node);
    this.textNode = this.options.text?.(node) ? node : null;
  }

  close(_element: XmlElement, end: number): void {
    const node = this.open_.pop();
    if (node) node.end = end;
    const parent = this.open_[this.open_.length - 1];
    this.textNode = parent && this.options.text?.(parent) ? parent : null;
  }

  text(text: string): void {
    if (this.textNode) this.textNode.text += text;
  }

  /** Turns the collected UTF-16 indices into byte offsets of `bytes`. */
  resolve(bytes: Uint8Array, bomLength: number): OutlineNode {
    if (!this.root) throw new Error('outline of an empty part');
    const indices: number[] = [];
    for (const node of this.nodes) indices.push(node.start, node.startTagEnd, node.end);
    const bytesAt = byteOffsets(bytes, bomLength, indices);
    this.nodes.forEach((node, i) => {
      node.start = tagStartByte(bytes, bytesAt[3 * i]!);
      node.startTagEnd = bytesAt[3 * i + 1]!;
      node.end = bytesAt[3 * i + 2]!;
      node.innerEnd = node.selfClosing ? node.startTagEnd : tagStartByte(bytes, node.end - 1);
    });
    return this.root;
  }
}

/** The outline of a part held whole. */
export function outlineOf(partName: string, bytes: Uint8Array, options: OutlineOptions): OutlineNode {
  const collector = new OutlineCollector(options);
  const { bomLength } = parseXmlBytes(partName, bytes, collector);
  return collector.resolve(bytes, bomLength);
}

/** Keeps the root's children and their children: enough for workbook, relationship, content-type and style parts. */
export const TWO_LEVELS: OutlineOptions['keep'] = (element) => element.depth <= 2;

export function childrenNamed(node: OutlineNode, uri: string, local: string): OutlineNode[] {
  return node.children.filter((child) => child.local === local && child.uri === uri);
}

export function childNamed(node: OutlineNode, uri: string, local: string): OutlineNode | undefined {
  return node.children.find((child) => child.local === local && child.uri === uri);
}
