/**
 * The decimal `whole.fraction` times 10^power, exactly: the point is moved in the digit string, so 1.33 × 10^8 is
 * 133000000 and never 132999999.99999999. `whole` and `fraction` are plain digit strings (fraction may be '').
 */
export function scaleDecimal(whole: string, fraction: string, power: number): number {
  const digits = whole + fraction;
  const point = whole.length + power;
  const text = point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(text);
}
