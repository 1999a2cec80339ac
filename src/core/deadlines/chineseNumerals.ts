// Months and days are sometimes written in Chinese numerals (十二月底前, 六月三十日前); the deadline patterns read digits.
const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一..三十一 (十, 十二, 二十, 二十五, 三十一) as a number, or null for anything else. */
export function smallChineseNumber(text: string): number | null {
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  if (text.indexOf('十', tenAt + 1) >= 0) return null;
  const tensText = text.slice(0, tenAt);
  const onesText = text.slice(tenAt + 1);
  const tens = tensText === '' ? 1 : tensText.length === 1 ? DIGITS[tensText] : undefined;
  const ones = onesText === '' ? 0 : onesText.length === 1 ? DIGITS[onesText] : undefined;
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

const MONTH_IN_CHINESE = /(元|[一二三四五六七八九十]{1,3})(?=月)/g;
/** A day after a digit month; the month is matched too, as EdgeHTML 18 cannot parse a lookbehind. */
const DAY_IN_CHINESE = /(\d月)([一二三四五六七八九十]{1,3})(?=[日号])/g;

/** Rewrites Chinese-numeral months (and the days that follow them) as digits: 十二月三十一日 → 12月31日. */
export function monthAndDayToDigits(text: string): string {
  const toDigits = (numeral: string, max: number) => {
    const value = numeral === '元' ? 1 : smallChineseNumber(numeral);
    return value !== null && value >= 1 && value <= max ? String(value) : numeral;
  };
  return text.replace(MONTH_IN_CHINESE, (m) => toDigits(m, 12)).replace(DAY_IN_CHINESE, (_, month: string, day: string) => month + toDigits(day, 31));
}
