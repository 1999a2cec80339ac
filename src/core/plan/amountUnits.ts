// Amounts as the people who read the sheet count them: money in 万元, or in 亿元 when every share is at least one
// (never in raw 元), other measures as they are; kept as numbers, with a number format that separates thousands and
// shows as many decimals as the column needs.
import type { Measure } from '../model';

/** A column's figures: what to divide the base amounts by, and how to show the quotients. */
export interface AmountUnit {
  /** 1, 1e4 (万) or 1e8 (亿). */
  readonly scale: number;
  readonly numberFormat: string;
}

const MONEY: Measure = '元';
const WAN = 1e4;
const YI = 1e8;
/** Decimals shown at most: a share of 1.3333亿元 is read to the 万. */
const MAX_DECIMALS = 4;

/** The amount in the column's unit, without float noise (0.30000000000000004). */
export function scaledAmount(amount: number, scale: number): number {
  return Number((amount / scale).toPrecision(12));
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return MAX_DECIMALS;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(MAX_DECIMALS, text.length - point - 1);
}

/** The unit for a column holding these base amounts of one measure (the totals row included, if it is one of them). */
export function amountUnit(amounts: readonly number[], measure: Measure): AmountUnit {
  const nonzero = amounts.filter((a) => a !== 0).map(Math.abs);
  const scale = measure !== MONEY ? 1 : nonzero.length > 0 && Math.min(...nonzero) >= YI ? YI : WAN;
  const decimals = Math.max(0, ...amounts.map((a) => decimalsOf(scaledAmount(a, scale))));
  return { scale, numberFormat: decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}` };
}
