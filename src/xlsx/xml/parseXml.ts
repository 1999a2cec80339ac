// A streaming pass over one XML part with saxes: UTF-8 bytes in (chunk by chunk, as they are inflated), element
// events out, each with its namespace resolved (the main namespace may carry a prefix, `x:` as the OpenXML SDK
// writes it) and its place in the text, so that an editor can cut and insert exactly there (see byteOffsets.ts).
import { DecodeUTF8 } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { HostError } from '../../core';

export interface XmlElement {
  /** The qualified name as written (`x:c`). */
  readonly name: string;
  readonly local: string;
  /** The namespace URI the prefix (or the default namespace) stands for; '' for none. */
  readonly uri: string;
  /** Attributes by qualified name, in document order, entities resolved. */
  readonly attributes: Readonly<Record<string, string>>;
  /** 0 for the root element. */
  readonly depth: number;
  /** UTF-16 index at or just after the '<' of the start tag (`tagStartByte` finds the '<' itself). */
  readonly start: number;
  /** UTF-16 index just after the start tag's '>'. */
  readonly startTagEnd: number;
  readonly selfClosing: boolean;
  /** The prefixes in scope here. */
  readonly scope: NamespaceScope;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  /** `end`: UTF-16 index just after the end tag (or the empty tag). */
  close?(element: XmlElement, end: number): void;
  /** Character data and CDATA, entities resolved. */
  text?(text: string): void;
}

/** Prefix → namespace URI; '' is the default namespace. */
export type NamespaceScope = ReadonlyMap<string, string>;

const BUILT_IN_SCOPE: NamespaceScope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function scopeOf(parent: NamespaceScope, attributes: Record<string, string>): NamespaceScope {
  let scope: Map<string, string> | null = null;
  for (const key in attributes) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(key === 'xmlns' ? '' : key.slice(6), attributes[key] as string);
  }
  return scope ?? parent;
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}

export function localOf(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** An attribute by namespace and local name (`r:id` whatever its prefix), or undefined. */
export function attributeNS(element: XmlElement, uri: string, local: string): string | undefined {
  for (const key in element.attributes) {
    const colon = key.indexOf(':');
    if (colon < 0 || key.slice(colon + 1) !== local) continue;
    if (element.scope.get(key.slice(0, colon)) === uri) return element.attributes[key];
  }
  return undefined;
}

export interface XmlParse {
  /** Bytes of a UTF-8 byte-order mark before the text (0 or 3), for mapping indices back to bytes. */
  readonly bomLength: number;
}

/**
 * Parses a part fed through `feed`, which calls `push` with each chunk of its bytes in order. A part that is not
 * well-formed XML is WORKBOOK_CORRUPT, naming the part.
 */
export function parseXml(partName: string, feed: (push: (chunk: Uint8Array) => void) => void, handlers: XmlHandlers): XmlParse {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let pendingStart = 0;
  parser.on('opentagstart', (tag) => {
    // The name and the one character that ended it have been read.
    pendingStart = Math.max(0, parser.position - tag.name.length - 2);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = stack[stack.length - 1];
    const attributes = tag.attributes as Record<string, string>;
    const scope = scopeOf(parent?.scope ?? BUILT_IN_SCOPE, attributes);
    const element: XmlElement = {
      name: tag.name,
      local: localOf(tag.name),
      uri: scope.get(prefixOf(tag.name)) ?? '',
      attributes,
      depth: stack.length,
      start: pendingStart,
      startTagEnd: parser.position,
      selfClosing: tag.isSelfClosing,
      scope,
    };
    stack.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) handlers.close?.(element, parser.position);
  });
  if (handlers.text) {
    const onText = (text: string): void => handlers.text?.(text);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }

  let bomLength = 0;
  let first = true;
  const decoder = new DecodeUTF8((text) => {
    if (text.length > 0) parser.write(text);
  });
  try {
    feed((chunk) => {
      let bytes = chunk;
      if (first && bytes.length > 0) {
        first = false;
        if (bytes[0] === 0xfe || bytes[0] === 0xff) throw new HostError('WORKBOOK_CORRUPT', { detail: `${partName}: UTF-16` });
        if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
          bomLength = UTF8_BOM.length;
          bytes = bytes.subarray(bomLength);
        }
      }
      decoder.push(bytes);
    });
    decoder.push(new Uint8Array(0), true);
    parser.close();
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('WORKBOOK_CORRUPT', { detail: partName });
  }
  return { bomLength };
}

/** Parses a part held whole. */
export function parseXmlBytes(partName: string, bytes: Uint8Array, handlers: XmlHandlers): XmlParse {
  return parseXml(partName, (push) => push(bytes), handlers);
}
