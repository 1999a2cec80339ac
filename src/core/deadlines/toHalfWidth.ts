// Cells typed with a Chinese input method carry full-width digits, letters and ASCII punctuation (１１月底前, ２０２３／７／３１).
// Only the full-width ASCII block and the ideographic space are mapped; Chinese punctuation such as 、 and 。 stays.
const FULL_TO_ASCII_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;

const WIDE = /[\uff01-\uff5e\u3000]/g;

function toNarrow(char: string): string {
  const code = char.charCodeAt(0);
  return code === IDEOGRAPHIC_SPACE ? ' ' : String.fromCharCode(code - FULL_TO_ASCII_OFFSET);
}

/** Full-width ASCII (！..～) to ASCII, the ideographic space to a space; everything else as it was. */
export function toHalfWidth(text: string): string {
  return text.replace(WIDE, toNarrow);
}
