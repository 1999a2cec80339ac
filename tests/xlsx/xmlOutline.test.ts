// Element places in bytes, as the package edits need them: exact under multi-byte UTF-8, characters outside the BMP
// (two UTF-16 units), a byte-order mark, a CR LF inside a tag, and chunks that split a character.
import { strFromU8, strToU8 } from 'fflate';
import { escapeAttribute, escapeText, unescapeOoxml } from '../../src/xlsx/xml/escapeXml';
import { outlineOf, TWO_LEVELS } from '../../src/xlsx/xml/outline';
import { parseXml } from '../../src/xlsx/xml/parseXml';

describe('outlineOf', () => {
  it('gives each element’s byte span, whatever the text before it', () => {
    const xml = '\ufeff<?xml version="1.0"?>\r\n<x:a xmlns:x="urn:main"><x:b k="马尾区"/>😀区<x:c\r\n k="2">县</x:c ><!-- 注 --><x:d/></x:a>';
    const bytes = strToU8(xml);
    const root = outlineOf('t.xml', bytes, { keep: TWO_LEVELS });
    const text = (from: number, to: number): string => strFromU8(bytes.subarray(from, to));
    expect(root.children.map((c) => text(c.start, c.end))).toEqual(['<x:b k="马尾区"/>', '<x:c\r\n k="2">县</x:c >', '<x:d/>']);
    const c = root.children[1]!;
    expect(text(c.startTagEnd, c.innerEnd)).toBe('县');
    expect(root.children.map((child) => child.uri)).toEqual(['urn:main', 'urn:main', 'urn:main']);
    expect(text(root.innerEnd, root.end)).toBe('</x:a>');
  });

  it('reads a part fed in chunks that split a character', () => {
    const bytes = strToU8('<a><b>福州市</b></a>');
    const texts: string[] = [];
    parseXml('t.xml', (push) => {
      for (let at = 0; at < bytes.length; at += 2) push(bytes.subarray(at, at + 2));
    }, { text: (t) => texts.push(t) });
    expect(texts.join('')).toBe('福州市');
  });
});

describe('SpreadsheetML text', () => {
  it('escapes what XML cannot hold as Excel does, and reads it back', () => {
    const text = 'a&b<c>"d"\r\n\u0001_x0041_\ud800😀';
    const escaped = escapeText(text);
    expect(escaped).toBe('a&amp;b&lt;c&gt;"d"_x000D_\n_x0001__x005F_x0041__xD800_😀');
    expect(unescapeOoxml(escaped.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))).toBe(text);
    expect(escapeAttribute('"\t\n')).toBe('&quot;&#9;&#10;');
    expect(escapeText('市商务局')).toBe('市商务局');
  });
});
