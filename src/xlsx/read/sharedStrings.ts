// The shared-string table as the texts cells show: rich-text runs joined, phonetic runs (rPh, the furigana/pinyin
// guides) left out, `_xHHHH_` escapes decoded. Read as a stream: the table of a long sheet can be large.
import type { MarkupFamily } from '../xml/namespaces';
import { unescapeOoxml } from '../xml/escapeXml';
import { parseXml } from '../xml/parseXml';

export function readSharedStrings(partName: string, feed: Parameters<typeof parseXml>[1], family: MarkupFamily): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(partName, feed, {
    open(element) {
      if (element.uri !== family.main) return;
      if (element.local === 'si') current = '';
      else if (element.local === 'rPh') phonetic += 1;
      else if (element.local === 't' && current !== null && phonetic === 0) inText = true;
    },
    close(element) {
      if (element.uri !== family.main) return;
      if (element.local === 't') inText = false;
      else if (element.local === 'rPh') phonetic -= 1;
      else if (element.local === 'si') {
        strings.push(unescapeOoxml(current ?? ''));
        current = null;
      }
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
