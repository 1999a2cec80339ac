import fc from 'fast-check';
import { scaleDecimal } from '../../../src/core/quotas/scaleDecimal';

describe('scaleDecimal', () => {
  it('moves the point exactly where floating point would not', () => {
    expect(1.34 * 1e8).not.toBe(134000000);
    expect(scaleDecimal('1', '34', 8)).toBe(134000000);
    expect(scaleDecimal('1', '33', 8)).toBe(133000000);
    expect(scaleDecimal('1', '15', 8)).toBe(115000000);
    expect(scaleDecimal('2', '01', 4)).toBe(20100);
    expect(scaleDecimal('7', '5', 8)).toBe(750000000);
    expect(scaleDecimal('0', '07', 4)).toBe(700);
  });

  it('keeps what is left of the fraction', () => {
    expect(scaleDecimal('12', '5', 0)).toBe(12.5);
    expect(scaleDecimal('1', '23456', 4)).toBe(12345.6);
    expect(scaleDecimal('9000', '', 4)).toBe(90000000);
  });
});

describe('scaleDecimal against integer arithmetic', () => {
  it('equals the BigInt product whenever the result is a whole number', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99999 }), fc.stringMatching(/^\d{0,4}$/), fc.integer({ min: 4, max: 8 }), (whole, fraction, power) => {
        const exact = (BigInt(`${whole}${fraction}`) * 10n ** BigInt(power)) / 10n ** BigInt(fraction.length);
        expect(scaleDecimal(String(whole), fraction, power)).toBe(Number(exact));
      }),
    );
  });
});
