// Cells typed with a Chinese input method carry full-width digits, letters and ASCII punctuation (１１月底前, ２０２３／７／３１).
// Only the full-width ASCII block and the ideographic space are mapped; Chinese punctuation such as 、 and 。 stays.
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_ASCII_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Full-width ASCII (！..～) to ASCII, the ideographic space to a space; everything else as it was. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_TO_ASCII_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}
