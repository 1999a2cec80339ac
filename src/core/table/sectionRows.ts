// Section headings inside a table: "一、产业协作", "（一）劳务协作", "第二部分", "——产业协作". They group tasks and
// are not tasks. A section may name the leader of its tasks: "（一）刘忻市长牵头重点工作".
import vocabulary from '../data/header-words.json';
import { wordAlternation } from '../deadlines/wordAlternation';

const MARKER = '(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百]+(?:部分|章|节|篇)|[—－-]{2})';
const SECTION_PATTERN = new RegExp(`^${MARKER}`);
const MARKED_TITLE = new RegExp(`^(${MARKER})([\\s\\S]*)$`);
const LEADER_IN_SECTION = new RegExp(`^${MARKER}\\s*([\\u4e00-\\u9fff]{2,4}?)(?:同志)?(?:${wordAlternation(vocabulary.leaderTitles)})`);

export function looksLikeSectionHeading(text: string): boolean {
  return SECTION_PATTERN.test(text);
}

/** A heading split into its marker and its words: （一）产业协作 → （一） + 产业协作; null for text with no marker or no words. */
export function splitHeading(text: string): { readonly marker: string; readonly title: string } | null {
  const match = MARKED_TITLE.exec(text);
  const title = match?.[2]?.trim() ?? '';
  return match && title !== '' ? { marker: match[1] as string, title } : null;
}

/** The leader a section heading names ((二)戴建平常务副市长牵头重点工作 → 戴建平), or ''. */
export function leaderOfSection(text: string): string {
  return LEADER_IN_SECTION.exec(text)?.[1] ?? '';
}

/** A task number is digits, possibly dotted ("3", "3.1", "12-2"). */
export function looksLikeTaskNo(text: string): boolean {
  return /^\d+(?:[.．\-—]\d+)*[.．、]?$/.test(text);
}
