// Section headings inside a table: "一、产业协作", "（一）劳务协作", "第二部分". They group tasks and are not tasks.
const SECTION_PATTERN = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百]+(?:部分|章|节|篇))/;

export function looksLikeSectionHeading(text: string): boolean {
  return SECTION_PATTERN.test(text);
}

/** A task number is digits, possibly dotted ("3", "3.1", "12-2"). */
export function looksLikeTaskNo(text: string): boolean {
  return /^\d+(?:[.．\-—]\d+)*[.．、]?$/.test(text);
}
