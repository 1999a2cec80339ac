// A target written in a column of its own (年度目标 | 单位: 0.07 | 万亩), as the task's stated total in base measures:
// 0.07万亩 is 700 亩, 0.0038亿斤 380,000 斤, ≥2% 2 %; a plain number where the table names no measure (年度目标: 5) is
// a total in no measure (''), so that a return still asks for its actual. Words (全市统筹, 良好以上) and compound
// measures (万元/人) are none.
import type { QuotaTotal } from '../model';
import { normalizeProse } from './normalizeProse';
import { MULTIPLIER_POWERS, PERCENT } from './quotaWords';
import { scaleDecimal } from './scaleDecimal';

const FIGURE = /^[≥≤><约]?(\d+)(?:\.(\d+))?(%)?(?:以上|以下|以内|左右)?$/;
const COMPOUND = /[/／]/;
/** A measure in the header's brackets: 城镇新增就业（人）, 城镇登记失业率低于（%）. */
const MEASURE_IN_HEADER = /[(（]([^()（）]+)[)）]\s*$/;

export function measureInHeader(header: string): string {
  return MEASURE_IN_HEADER.exec(header)?.[1] ?? '';
}

export function columnTarget(value: string, measureText: string): QuotaTotal | null {
  const figure = FIGURE.exec(normalizeProse(value));
  if (figure === null) return null;
  const [, whole = '', fraction = '', percent] = figure;
  const written = normalizeProse(measureText);
  if (percent !== undefined || written === PERCENT) return { amount: scaleDecimal(whole, fraction, 0), measure: PERCENT };
  if (written === '') return { amount: scaleDecimal(whole, fraction, 0), measure: '' };
  if (COMPOUND.test(written) || !/[\u4e00-\u9fff]/.test(written)) return null;
  const multiplier = Object.keys(MULTIPLIER_POWERS).find((m) => written.startsWith(m) && written.length > m.length);
  const measure = multiplier === undefined ? written : written.slice(multiplier.length);
  return { amount: scaleDecimal(whole, fraction, multiplier === undefined ? 0 : (MULTIPLIER_POWERS[multiplier] ?? 0)), measure };
}
