// The day a task starts, where its deadline writes a span (5-10月, 2023年4月至12月, 3月起): the first day of the first
// month. Otherwise a task of the plan starts with the plan year.
import { toHalfWidth } from '../deadlines/toHalfWidth';
import { monthAndDayToDigits } from '../deadlines/chineseNumerals';
import { wordAlternation } from '../deadlines/wordAlternation';
import { RANGE_SEPARATORS, START_WORDS } from './progressWords';

const RANGE = new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月?(?:份)?(?:${wordAlternation(RANGE_SEPARATORS)})(?:\\d{4}年)?\\d{1,2}月`);
const STARTS = new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月(?:份)?(?:${wordAlternation(START_WORDS)})`);

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-01` of the month a span starts in, or the plan year's first day. */
export function taskStart(deadlineText: string, planYear: number): string {
  const text = monthAndDayToDigits(toHalfWidth(deadlineText).replace(/\s+/g, ''));
  const match = RANGE.exec(text) ?? STARTS.exec(text);
  if (match) {
    const year = match[1] === undefined ? planYear : Number(match[1]);
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return `${year}-${pad(month)}-01`;
  }
  return `${planYear}-01-01`;
}
