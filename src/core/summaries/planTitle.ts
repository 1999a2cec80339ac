// The plan's name, for the titles of the sheets the tool writes: the line above the header that names the plan
// (2023年闽宁协作福州市重点工作分方案). Notes (说明：…, 排在第一位的为牵头单位) and labels (附件1) are no name.
import { isNoteText, statesFirstListedRule } from '../table/tableConventions';

/** A title is one line; a longer text above the header is a paragraph (a notice's body), not a name. */
const MAX_TITLE_LENGTH = 60;
/** Shorter texts are labels: 附件, 附件1, 表一. */
const MIN_TITLE_LENGTH = 6;

/** The longest of the texts above the header that reads as a title, null when none does. */
export function planTitle(textsAbove: readonly string[]): string | null {
  let best: string | null = null;
  for (const raw of textsAbove) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length < MIN_TITLE_LENGTH || text.length > MAX_TITLE_LENGTH || isNoteText(text) || statesFirstListedRule(text)) continue;
    if (best === null || text.length > best.length) best = text;
  }
  return best;
}
