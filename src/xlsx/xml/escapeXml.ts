// Text into XML as SpreadsheetML stores it. XML 1.0 cannot hold control characters, lone surrogates or a bare CR
// (a parser turns it into LF); Excel writes those as `_xHHHH_`, and an underscore that would read as such an escape
// as `_x005F_`. Both ways are here, so that what the tool writes reads back as the text it meant.

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function hex4(code: number): string {
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

function escapeChars(text: string, attribute: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1]!;
        i += 1;
      } else out += hex4(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) out += hex4(code);
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += attribute ? '&quot;' : '"';
    else if (code === 0x09 || code === 0x0a) out += attribute ? `&#${code};` : ch;
    else if (code < 0x20 || code === 0xfffe || code === 0xffff) out += hex4(code);
    else if (ch === '_' && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) out += '_x005F_';
    else out += ch;
  }
  return out;
}

/** Element content. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? escapeChars(text, false) : text;
}

/** An attribute value inside double quotes. */
export function escapeAttribute(text: string): string {
  return NEEDS_ESCAPE.test(text) || text.includes('\t') || text.includes('\n') ? escapeChars(text, true) : text;
}

/** Text as SpreadsheetML means it: `_xHHHH_` escapes decoded (`_x005F_` is the underscore itself). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
