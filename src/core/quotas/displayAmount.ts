// Amounts in the measure officials write them in (9000万元, not 90000000元: 元 in 万元 or 亿元 when round enough), and
// read back from what a unit writes in that measure (a return's 完成值 in 万元).
import { MULTIPLIER_POWERS } from './quotaWords';

export interface DisplayAmount {
  readonly value: number;
  /** 万元, 亿元, 人 …: what the return's 计量单位 column says. */
  readonly measure: string;
}

/** Drops float noise such as 0.30000000000000004 without rounding real decimals away. */
const clean = (n: number): number => Number(n.toPrecision(12));

/** Money in 万元 or 亿元 when round enough to read; other measures as they are. */
export function displayAmount(amount: number, measure: string): DisplayAmount {
  if (measure === '元' && Math.abs(amount) >= 1e8) return { value: clean(amount / 1e8), measure: '亿元' };
  if (measure === '元' && Math.abs(amount) >= 1e4) return { value: clean(amount / 1e4), measure: '万元' };
  return { value: clean(amount), measure };
}

/** A value written in a display measure (8500 in 万元) in its base measure (85000000 元). */
export function baseAmount(value: number, displayMeasure: string): number {
  const multiplier = Object.keys(MULTIPLIER_POWERS).find((m) => displayMeasure.startsWith(m) && displayMeasure.length > m.length);
  return multiplier === undefined ? value : clean(value * 10 ** (MULTIPLIER_POWERS[multiplier] ?? 0));
}
