// One canonical spelling for the punctuation of Chinese government tables, so that text typed in Word, converted from
// PDF or pasted from a web page matches the same registry entry. The canonical form is the one official documents use:
//   - brackets ( ) and full-width ［ ］ become （ ）; commas , become ，; semicolons ; become ；; colons : become ：;
//     ! and ? become ！ and ？; the half-width ideographic comma ､ becomes 、;
//   - except between two digits, where , and : are number punctuation ("1,000", "12:00") and stay half-width;
//   - full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) become half-width, as numbers are parsed from them;
//   - every run of whitespace (spaces, U+3000, no-break spaces, tabs, line breaks) becomes one space, none is kept next
//     to full-width punctuation, and the ends are trimmed;
//   - zero-width characters (spaces, joiners, the byte-order mark) that web pages and PDFs leave behind are dropped,
//     as they are invisible in the cell but would make a unit name unknown.
// Quotation marks are left alone: a straight quote does not say whether it opens or closes.
// The function is idempotent: normalising a normalised text changes nothing.

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  '(': '（',
  ')': '）',
  '［': '（',
  '］': '）',
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '､': '、',
};

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const HALF_WIDTH_PUNCTUATION = /[(),;:!?［］､]/g;
const NUMBER_PUNCTUATION = new Set([',', ':']);
const DIGIT = /[0-9]/;
const WHITESPACE_RUN = /\s+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACE_BY_FULL_WIDTH = / ?([，、；：（）。！？]) ?/g;

// A text with none of the characters the passes below change is already canonical; most unit cells and registry
// lookups are, and leave here without five regex passes.
const ANYTHING_TO_CHANGE = new RegExp([ZERO_WIDTH, FULL_WIDTH_ALNUM, HALF_WIDTH_PUNCTUATION, WHITESPACE_RUN].map((r) => r.source).join('|'));

export function normalizePunctuation(text: string): string {
  if (!ANYTHING_TO_CHANGE.test(text)) return text;
  const halfWidth = text.replace(ZERO_WIDTH, '').replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
  const punctuated = halfWidth.replace(HALF_WIDTH_PUNCTUATION, (c, offset: number, whole: string) => {
    if (NUMBER_PUNCTUATION.has(c) && DIGIT.test(whole.charAt(offset - 1)) && DIGIT.test(whole.charAt(offset + 1))) return c;
    return HALF_TO_FULL[c] ?? c;
  });
  return punctuated.replace(WHITESPACE_RUN, ' ').replace(SPACE_BY_FULL_WIDTH, '$1').trim();
}
