import { normalizeProse } from '../quotas/normalizeProse';

// How clearly a four-digit number names the plan year, strongest first: "2023年闽宁协作…" or "2023—2025年" is the
// plan's own year; a bare 2023 in a sheet name comes next; a date ("2023年7月24日", when the plan was issued) may
// belong to the year before; a document number (〔2023〕8号, 闽扶协〔2023〕3号) is the weakest.
const Clarity = { YearWord: 0, Bare: 1, Date: 2, DocumentNumber: 3 } as const;
type Clarity = (typeof Clarity)[keyof typeof Clarity];

/** Runs of digits; a year is a run of exactly four starting 20 (no lookbehind: EdgeHTML 18 cannot parse it). */
const DIGIT_RUN = /\d+/g;
const isYear = (digits: string): boolean => digits.length === 4 && digits.startsWith('20');
const DOCUMENT_NUMBER_OPEN = new Set(['〔', '[', '(', '【', '［']);
const AFTER_DATE = /^(?:年\d{1,2}月|[-/.]\d{1,2}[-/.]\d{1,2})/;
const AFTER_RANGE_START = /^[-—–~至到]20\d\d年/;

function clarityOf(text: string, start: number, end: number): Clarity {
  const after = text.slice(end, end + 12);
  if (DOCUMENT_NUMBER_OPEN.has(text[start - 1] ?? '')) return Clarity.DocumentNumber;
  if (AFTER_DATE.test(after)) return Clarity.Date;
  if (after.startsWith('年') || AFTER_RANGE_START.test(after)) return Clarity.YearWord;
  return Clarity.Bare;
}

/**
 * The plan year named by title rows or a sheet name (years 2000–2099), or null. The clearest mention wins; among
 * equally clear ones, the first in `texts` order.
 */
export function findPlanYear(texts: readonly string[]): number | null {
  let best: { year: number; clarity: Clarity } | null = null;
  for (const raw of texts) {
    const text = normalizeProse(raw);
    DIGIT_RUN.lastIndex = 0;
    for (let match = DIGIT_RUN.exec(text); match !== null; match = DIGIT_RUN.exec(text)) {
      if (!isYear(match[0])) continue;
      const clarity = clarityOf(text, match.index, match.index + 4);
      if (best === null || clarity < best.clarity) best = { year: Number(match[0]), clarity };
      if (clarity === Clarity.YearWord) return best.year;
    }
  }
  return best?.year ?? null;
}
