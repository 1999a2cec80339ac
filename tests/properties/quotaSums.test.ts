// Quotas written as prose in 元, 万元 and 亿元 with decimals read back as exact amounts in 元, and the parts add up to
// the stated total to the yuan: no floating point drift however the amounts are written.
import fc from 'fast-check';
import { parseQuotas } from '../../src/core/quotas/parseQuotas';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry } from '../../src/core/units/unitRegistry';
import { PROPERTY_RUNS } from './vocabulary';

const lexicon = createUnitRegistry(BUILTIN_UNIT_RECORDS).lexicon();
const DISTRICTS = ['马尾区', '闽侯县', '福清市', '鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县'];
/** Each measure word with the power of ten that turns it into 元. */
const MEASURES = [
  { word: '元', power: 0 },
  { word: '万元', power: 4 },
  { word: '亿元', power: 8 },
] as const;

/** An amount in 元 (a whole number) written in `power`: 133000000 in 亿元 is "1.33". */
function decimalText(yuan: bigint, power: number): string {
  const scale = 10n ** BigInt(power);
  const whole = (yuan / scale).toString();
  const fraction = (yuan % scale).toString().padStart(power, '0').replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** An amount a plan could give a district: 1 to 999 of the measure, with as many decimals as stay whole 元. */
const share = fc
  .record({ measure: fc.constantFrom(...MEASURES), whole: fc.integer({ min: 1, max: 999 }), decimals: fc.nat({ max: 8 }), digits: fc.nat() })
  .map(({ measure, whole, decimals, digits }) => {
    const places = Math.min(decimals, measure.power);
    const fraction = BigInt(digits % 10 ** places);
    const yuan = (BigInt(whole) * 10n ** BigInt(places) + fraction) * 10n ** BigInt(measure.power - places);
    return { measure: measure.word, text: decimalText(yuan, measure.power), yuan };
  });

const plan = fc.record({
  districts: fc.shuffledSubarray(DISTRICTS, { minLength: 1 }),
  shares: fc.array(share, { minLength: DISTRICTS.length, maxLength: DISTRICTS.length }),
  totalIn: fc.constantFrom(...MEASURES),
  separator: fc.constantFrom('、', '，', '；'),
});

describe('parseQuotas on generated plans', () => {
  it('reads each district’s amount exactly in 元, and a 合计 total equal to the sum of the parts', () => {
    fc.assert(
      fc.property(plan, ({ districts, shares, totalIn, separator }) => {
        const parts = districts.map((unit, i) => ({ unit, ...shares[i]! }));
        const total = parts.reduce((sum, p) => sum + p.yuan, 0n);
        const prose = `2023年帮助宁夏销售农副产品，具体任务是：${parts.map((p) => `${p.unit}${p.text}${p.measure}`).join(separator)}，合计${decimalText(total, totalIn.power)}${totalIn.word}。`;
        const parsed = parseQuotas(prose, lexicon);
        expect(parsed.quotas).toEqual(parts.map((p) => ({ unit: p.unit, amount: Number(p.yuan), measure: '元' })));
        expect(parsed.total).toEqual({ amount: Number(total), measure: '元' });
        expect(parsed.quotas.reduce((sum, q) => sum + q.amount, 0)).toBe(parsed.total?.amount);
      }),
      PROPERTY_RUNS,
    );
  });
});
