import type { Quota, QuotaTotal, UnitLexicon } from '../model';
import { type Amount, findAmounts } from './findAmounts';
import { normalizeProse } from './normalizeProse';
import {
  BARE_MULTIPLIER_MEASURE, CLAUSE_BREAKS, LIST_SEPARATORS, ORGAN_WORDS, PERCENT, REMAINDER_WORDS, RESPECTIVE_MARKERS, SHARED_MARKERS,
  TOTAL_AFTER_PARTS_CUES, UNIT_AMOUNT_CONNECTORS,
} from './quotaWords';
import { findUnitMentions, type ProseMention } from './unitMentions';
import { wordAlternation } from '../deadlines/wordAlternation';

export interface ParsedQuotas {
  readonly quotas: Quota[];
  readonly total: QuotaTotal | null;
}

// Most task texts hold no digit at all; they leave before any normalizing or matching.
const ANY_DIGIT = /[0-9０-９]/;
const SEPARATOR_ONLY = new RegExp(`^(?:${wordAlternation(LIST_SEPARATORS)})?$`);
const CONNECTORS = new RegExp(`^(?:${wordAlternation([...UNIT_AMOUNT_CONNECTORS, ...SHARED_MARKERS, ...RESPECTIVE_MARKERS])})*`);
const UNIT_TAIL = new RegExp(`^(?:\\([^)]*\\)|(?:${wordAlternation(ORGAN_WORDS)})(?:[、,](?:${wordAlternation(ORGAN_WORDS)}))*)*`);
/** 各300万 with no units before it is a per-item amount (each of something), not a total. */
const SHARED_BEHIND = new RegExp(`(?:${wordAlternation(SHARED_MARKERS)})$`);
const SEPARATOR_AHEAD = new RegExp(`^(?:${wordAlternation(LIST_SEPARATORS)})?`);
const TOTAL_CUE_BEHIND = new RegExp(`(?:${wordAlternation(TOTAL_AFTER_PARTS_CUES)})$`);

/** Units written one after another with only list separators between them: 马尾区、闽侯县、福清市. */
function unitRuns(prose: string, mentions: readonly ProseMention[]): { units: string[]; end: number }[] {
  const runs: { units: string[]; end: number }[] = [];
  for (const mention of mentions) {
    const last = runs[runs.length - 1];
    const end = mention.end + (UNIT_TAIL.exec(prose.slice(mention.end))?.[0].length ?? 0);
    if (last && last.end <= mention.start && SEPARATOR_ONLY.test(prose.slice(last.end, mention.start))) {
      last.units.push(mention.unit);
      last.end = end;
    } else {
      runs.push({ units: [mention.unit], end });
    }
  }
  return runs;
}

/** Amounts that follow one another, separated only by list separators: 12名、11名、9名. */
function amountList(prose: string, from: number, byStart: ReadonlyMap<number, Amount>): Amount[] {
  const list: Amount[] = [];
  let at = from;
  for (let amount = byStart.get(at); amount && !amount.excluded; amount = byStart.get(at)) {
    list.push(amount);
    at = amount.end + (SEPARATOR_AHEAD.exec(prose.slice(amount.end))?.[0].length ?? 0);
  }
  return list;
}

function statedTotal(prose: string, parts: readonly { amount: Amount; quota: Quota }[], free: readonly Amount[]): QuotaTotal | null {
  if (parts.length === 0) {
    // A target with no per-unit parts is still the task's total; several separate targets (3000名以上…，1000名以上…)
    // are no total of each other, and none of them is the task's.
    const targets = free.filter((a) => a.measure === BARE_MULTIPLIER_MEASURE || a.cued);
    const only = targets.length === 1 ? targets[0] : undefined;
    return only ? { amount: only.value, measure: only.measure } : null;
  }
  const measure = parts[0]?.quota.measure;
  const firstPart = Math.min(...parts.map((p) => p.amount.start));
  const lastPart = Math.max(...parts.map((p) => p.amount.end));
  const before = free.filter((a) => a.measure === measure && a.end <= firstPart).pop();
  const after = free.find((a) => a.measure === measure && a.start >= lastPart && TOTAL_CUE_BEHIND.test(prose.slice(Math.max(0, a.start - 2), a.start)));
  const total = before ?? after;
  return total ? { amount: total.value, measure: total.measure } : null;
}

/** An amount the text gives to the rest (其余各县各2500人, 其他区县共3000人): the parts then are not all of the total. */
function sharesTheRest(prose: string, amounts: readonly Amount[], claimed: ReadonlySet<Amount>): boolean {
  return amounts.some((a) => {
    if (claimed.has(a)) return false;
    let start = a.start;
    while (start > 0 && !CLAUSE_BREAKS.includes(prose.charAt(start - 1))) start -= 1;
    const clause = prose.slice(start, a.start);
    return REMAINDER_WORDS.some((w) => clause.includes(w));
  });
}

/**
 * The per-unit quotas written in a task's prose and the total they should add up to. Amounts are in base measures
 * (元 from 万元/亿元/万/亿, 名, 人, 人次, 家, 个, 所, 户, %), exact for decimals such as 1.33亿元.
 * A list of units without 各 or 分别 before one amount is ambiguous and yields no quota.
 */
export function parseQuotas(text: string, lexicon: UnitLexicon): ParsedQuotas {
  if (!ANY_DIGIT.test(text)) return { quotas: [], total: null };
  const prose = normalizeProse(text);
  const amounts = findAmounts(prose);
  if (amounts.length === 0) return { quotas: [], total: null };
  const byStart = new Map(amounts.map((a) => [a.start, a]));
  const claimed = new Set<Amount>();
  const parts: { amount: Amount; quota: Quota }[] = [];

  for (const run of unitRuns(prose, findUnitMentions(prose, lexicon))) {
    const connector = CONNECTORS.exec(prose.slice(run.end))?.[0] ?? '';
    const list = amountList(prose, run.end + connector.length, byStart);
    const first = list[0];
    if (!first) continue;
    if (RESPECTIVE_MARKERS.some((m) => connector.includes(m))) {
      if (list.length !== run.units.length) continue;
      list.forEach((amount, i) => {
        claimed.add(amount);
        parts.push({ amount, quota: { unit: run.units[i] as string, amount: amount.value, measure: amount.measure } });
      });
      continue;
    }
    claimed.add(first);
    if (run.units.length > 1 && !SHARED_MARKERS.some((m) => connector.includes(m))) continue;
    for (const unit of run.units) parts.push({ amount: first, quota: { unit, amount: first.value, measure: first.measure } });
  }

  const free = amounts.filter(
    (a) => !claimed.has(a) && !a.excluded && a.measure !== PERCENT && !SHARED_BEHIND.test(prose.slice(Math.max(0, a.start - 2), a.start)),
  );
  const total = parts.length > 0 && sharesTheRest(prose, amounts, claimed) ? null : statedTotal(prose, parts, free);
  return { quotas: parts.map((p) => p.quota), total };
}
