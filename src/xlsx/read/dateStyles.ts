// Which cell formats show a number as a date: a cell's `s` attribute names an entry of cellXfs, whose numFmtId is
// either one of the workbook's own formats (numFmts) or one of Excel's built-in ones, which have no code in the file.
import { isDateFormat } from '../../core';
import builtin from '../data/builtinNumberFormats.json';
import { childNamed, childrenNamed, outlineOf } from '../xml/outline';
import type { MarkupFamily } from '../xml/namespaces';

const BUILT_IN: Readonly<Record<string, string>> = builtin.formats;

/** `isDate[i]`: a number in a cell with format `i` is a date. */
export function dateStyles(partName: string, bytes: Uint8Array, family: MarkupFamily): boolean[] {
  const outline = outlineOf(partName, bytes, { keep: (element) => element.depth <= 2 });
  const own = new Map<string, string>();
  const numFmts = childNamed(outline, family.main, 'numFmts');
  for (const node of numFmts ? childrenNamed(numFmts, family.main, 'numFmt') : []) {
    own.set(node.attributes.numFmtId ?? '', node.attributes.formatCode ?? '');
  }
  const cellXfs = childNamed(outline, family.main, 'cellXfs');
  return (cellXfs ? childrenNamed(cellXfs, family.main, 'xf') : []).map((xf) => {
    const id = xf.attributes.numFmtId ?? '0';
    return isDateFormat(own.get(id) ?? BUILT_IN[id]);
  });
}
