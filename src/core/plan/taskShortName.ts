// A task's short name for a column header ("任务8 消费帮扶（万元）"): the work its text opens with, without the verbs,
// frames and amounts around it (data/task-name-words.json). Short enough for a header two lines high; a name cut short
// is cut between phrases, never inside a word.
import words from '../data/task-name-words.json';
import { findAmounts, type Amount } from '../quotas/findAmounts';
import { normalizeProse } from '../quotas/normalizeProse';
import { ELLIPSIS } from './cellTextLimit';

/** Characters a short name takes at most; a longer one is cut and ends in an ellipsis. */
export const MAX_SHORT_NAME = 10;
/** A name needs at least two characters to say anything. */
const MIN_SHORT_NAME = 2;

const CLAUSE_BREAK = /[，,。；;：:！!？?\s]+/;
const BRACKETED = /[（(【[][^（）()【】[\]]*[）)】\]]/g;
const OPENING_QUOTES = /[“"‘'《〈「]/g;
const CLOSING_QUOTES = /[”’》〉」]/g;
/** Stands where a quotation closed (“百家闽商塞上行”活动): a phrase ends there. Invisible, and taken out of names. */
const QUOTE_END = '\u2063';
const YEAR_OPENING = /^(?:\d{4}年(?:度)?|全年|年内|今年)/;
/** What opens the category a list ends in (教师、医生等各类专业技术人员). */
const CATEGORY_OPENING = /^(?:各类|各种|多种|一批|各)/;
/** Where a phrase may end: before a particle or preposition, a quote's end, or a verb the text goes on with. */
const BREAKS = [...words.breaks, QUOTE_END, ...words.leading];

const plain = (name: string): string => name.split(QUOTE_END).join('');

/** The text after its opening year and verbs; '' when it is nothing but those. */
function stripLeading(text: string): string {
  let rest = text.replace(YEAR_OPENING, '');
  for (;;) {
    const word = words.leading.find((w) => rest.startsWith(w));
    if (word === undefined) return rest;
    rest = rest.slice(word.length);
  }
}

function stripTrailing(text: string): string {
  const word = words.trailing.find((w) => text.endsWith(w) && text.length > w.length);
  return word === undefined ? text : text.slice(0, -word.length);
}

/** The clause's first amount that can be a target (3000名, 10亿元; not 第27次, 11月25日). */
function firstAmount(clause: string): Amount | undefined {
  // normalizeProse keeps the length of a clause without spaces: positions carry over.
  return findAmounts(normalizeProse(clause)).find((amount) => !amount.excluded);
}

/** The text up to its first break, from `from` on. */
function upToBreak(text: string, from = 1): string {
  for (let at = from; at < text.length; at += 1) if (BREAKS.some((b) => text.startsWith(b, at))) return text.slice(0, at);
  return text;
}

/**
 * The clause as a name: the words after its opening year and verbs, before its first amount (社会帮扶资金2700万元);
 * where words follow the amount, the thing it counts (帮助宁夏3000名以上农村劳动力就业 → 农村劳动力就业).
 */
function named(clause: string): string {
  const opened = stripLeading(clause);
  const amount = firstAmount(opened);
  if (amount === undefined) return stripLeading(stripTrailing(opened));
  const counted = stripLeading(opened.slice(amount.end));
  if (plain(counted).length >= MIN_SHORT_NAME) return counted;
  return stripLeading(stripTrailing(opened.slice(0, amount.start)));
}

/** The category a list ends in (选派教师、医生等各类专业技术人员赴固原 → 专业技术人员), '' without one. */
function listCategory(clause: string): string {
  const at = clause.search(/等/);
  const listed = clause.slice(0, Math.max(0, at));
  if (at < 0 || !(listed.includes('、') || listed.includes(QUOTE_END))) return '';
  return upToBreak(clause.slice(at + 1).replace(CATEGORY_OPENING, ''));
}

/** The longest start of the text that ends before a break and fits with an ellipsis; '' where none does. */
function cutAtBreak(text: string): string {
  for (let end = MAX_SHORT_NAME - 1; end >= MIN_SHORT_NAME; end -= 1) {
    if (BREAKS.some((b) => text.startsWith(b, end))) return text.slice(0, end);
  }
  return '';
}

const fits = (name: string): boolean => plain(name).length >= MIN_SHORT_NAME && plain(name).length <= MAX_SHORT_NAME;

/**
 * The first clause that is not a frame (按照…原则), when it is short once its verbs are off (推动消费帮扶 → 消费帮扶); else
 * the target an amount is stated for (招商引资实际到资额完成10亿元 → 招商引资实际到资额), before the shares are listed;
 * else another clause that is short; else the category the first clause's list ends in; else the first clause cut
 * between phrases. A name never lists the units the shares go to (马尾区、闽侯县各9000万元). '' for a task without text.
 */
export function taskShortName(text: string, shareUnits: readonly string[] = []): string {
  const unquoted = text.replace(BRACKETED, '').replace(CLOSING_QUOTES, QUOTE_END).replace(OPENING_QUOTES, '');
  const clauses = unquoted.split(CLAUSE_BREAK).filter((c) => plain(c) !== '');
  const works = clauses.filter((c) => !words.frames.some((f) => c.startsWith(f)) && !words.introductions.some((i) => c.startsWith(i)));
  const [first] = works;
  if (first === undefined) return '';
  const namesShares = (clause: string): boolean => shareUnits.some((unit) => plain(clause).includes(unit));
  const usable = (name: string): boolean => fits(name) && !namesShares(name);
  const opening = named(first);
  if (usable(opening)) return plain(opening);
  for (const clause of works) {
    if (namesShares(clause)) break;
    if (firstAmount(clause) === undefined) continue;
    const target = named(clause);
    if (usable(target)) return plain(target);
  }
  // Clauses after the shares are listed are their terms (帮扶时限6个月以上), no name of the task.
  for (const clause of works.slice(1)) {
    if (namesShares(clause)) break;
    if (firstAmount(clause) !== undefined) continue;
    const other = named(clause);
    if (usable(other)) return plain(other);
  }
  const category = listCategory(stripLeading(first));
  if (usable(category)) return plain(category);
  const whole = plain(stripLeading(first));
  if (whole.length <= MAX_SHORT_NAME) return whole;
  const cut = plain(cutAtBreak(stripLeading(first)));
  return `${cut.length >= MIN_SHORT_NAME ? cut : whole.slice(0, MAX_SHORT_NAME - 1)}${ELLIPSIS}`;
}
