// Counts as people read them: thousands separated (48,633), and in English the noun agreeing with the number.

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 48633 → "48,633". Chinese official writing groups digits by thousands with commas too. */
export function formatCount(n: number): string {
  return GROUPED.format(n);
}

/** "1 finding", "48,633 findings". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
