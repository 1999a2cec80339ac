// Amounts as officials write them: 元 in 万元 or 亿元 when round enough, other measures as they are.
import { displayAmount } from '../quotas/displayAmount';

/** Drops float noise such as 0.30000000000000004 without rounding real decimals away. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

export function formatAmountZh(amount: number, measure: string): string {
  const shown = displayAmount(amount, measure);
  return `${shown.value}${shown.measure}`;
}

/** English names of the base measures; a measure not listed is shown as written. */
const MEASURE_NAMES_EN: Readonly<Record<string, string>> = {
  元: 'yuan',
  名: 'people',
  人: 'people',
  人次: 'person-times',
  家: 'enterprises',
  个: 'items',
  所: 'institutions',
  户: 'households',
  '%': '%',
};

export function measureNameEn(measure: string): string {
  return MEASURE_NAMES_EN[measure] ?? measure;
}

export function formatAmountEn(amount: number, measure: string): string {
  const number = clean(amount).toLocaleString('en-US', { maximumFractionDigits: 4 });
  if (measure === '') return number;
  return measure === '%' ? `${number}%` : `${number} ${measureNameEn(measure)}`;
}
