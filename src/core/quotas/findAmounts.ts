import {
  BARE_MULTIPLIER_MEASURE, BASE_MEASURES, CLAUSE_BREAKS, MULTIPLIER_POWERS, NOT_A_COUNT_AFTER_GE, ORDINAL_MARKERS,
  OTHER_MEASURES, PERCENT, PER_ITEM_MARKERS, THRESHOLDS, TOTAL_CUES,
} from './quotaWords';
import { scaleDecimal } from './scaleDecimal';
import { namedMatches, namedPattern } from '../deadlines/namedGroups';
import { wordAlternation } from '../deadlines/wordAlternation';

/** An amount with its measure, found in normalized prose (half-width, no spaces). */
export interface Amount {
  /** Where the number starts and where the amount, with a threshold such as 以上, ends. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly measure: string;
  /** 第27次, 每个……至少有5家: numbers that can be neither a part nor a total. */
  readonly excluded: boolean;
  /** Written as a target (以上, 不少于, 合计): it may stand as a total even outside money. */
  readonly cued: boolean;
}

const AMOUNT = namedPattern(
  `(?<whole>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.(?<fraction>\\d+))?` +
    `(?<multiplier>${wordAlternation(Object.keys(MULTIPLIER_POWERS))})?(?<base>${wordAlternation([...BASE_MEASURES, PERCENT])})?`,
  'g',
);
const OTHER_MEASURE_AHEAD = new RegExp(`^(?:${wordAlternation(OTHER_MEASURES)})`);
const NOT_A_COUNT_AHEAD = new RegExp(`^(?:${wordAlternation(NOT_A_COUNT_AFTER_GE)})`);
const THRESHOLD_AHEAD = new RegExp(`^(?:${wordAlternation(THRESHOLDS)})`);
const TOTAL_CUE_BEHIND = new RegExp(`(?:${wordAlternation(TOTAL_CUES)})$`);
const ORDINAL_BEHIND = new RegExp(`(?:${wordAlternation(ORDINAL_MARKERS)})$`);

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Inside a longer number (the 000 of 1,000 or the 5 of 3.5): not an amount of its own. */
function continuesNumber(text: string, at: number): boolean {
  const before = text[at - 1];
  return isDigit(before) || ((before === '.' || before === ',') && isDigit(text[at - 2]));
}

function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_BREAKS.includes(text[from - 1] as string)) from--;
  return text.slice(from, at);
}

/** Every number followed by a measure (9000万元, 12名, 95%), in order. Numbers without a measure (2023年) are none. */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of namedMatches(AMOUNT, text)) {
    const { whole = '', fraction = '', multiplier, base } = match.groups;
    if ((multiplier === undefined && base === undefined) || continuesNumber(text, match.index)) continue;
    let end = match.index + match.text.length;
    const ahead = text.slice(end, end + 8);
    if (base === undefined && OTHER_MEASURE_AHEAD.test(ahead)) continue;
    if (base === '个' && NOT_A_COUNT_AHEAD.test(ahead)) continue;
    const threshold = THRESHOLD_AHEAD.exec(ahead);
    if (threshold) end += threshold[0].length;
    const behind = text.slice(Math.max(0, match.index - 4), match.index);
    const clause = clauseBefore(text, match.index);
    amounts.push({
      start: match.index,
      end,
      value: scaleDecimal(whole.replace(/,/g, ''), fraction, multiplier === undefined ? 0 : (MULTIPLIER_POWERS[multiplier] ?? 0)),
      measure: base ?? BARE_MULTIPLIER_MEASURE,
      excluded: ORDINAL_BEHIND.test(behind) || PER_ITEM_MARKERS.some((marker) => clause.includes(marker)),
      cued: threshold !== null || TOTAL_CUE_BEHIND.test(behind),
    });
  }
  return amounts;
}
