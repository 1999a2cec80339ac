import { toHalfWidth } from '../deadlines/toHalfWidth';

/**
 * Half-width, without spaces or line breaks: "马尾区 1.33 亿元" and "马尾区１．３３亿元" read alike, as do "１１月 底前" and
 * "11月底前". Task text, deadline cells and title rows are all read in this form.
 */
export function normalizeProse(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}
