// A task's short name for a column header ("任务8 消费帮扶（万元）"): the work its text opens with, without the verbs,
// frames and amounts around it (data/task-name-words.json). Short enough for a header two lines high.
import words from '../data/task-name-words.json';
import { ELLIPSIS } from './cellTextLimit';

/** Characters a short name takes at most; a longer one is cut and ends in an ellipsis. */
export const MAX_SHORT_NAME = 10;
/** A name needs at least two characters to say anything. */
const MIN_SHORT_NAME = 2;

const CLAUSE_BREAK = /[，,。；;：:！!？?\s]+/;
const BRACKETED = /[（(【[][^（）()【】[\]]*[）)】\]]/g;
const QUOTES = /[“”"‘’'《》〈〉「」]/g;
const YEAR_OPENING = /^(?:\d{4}年(?:度)?|全年|年内|今年)/;
const DIGIT = /[0-9０-９]/;
/** A figure that is no amount: an ordinal (第27次). */
const ORDINAL = /第[0-9０-９]+/g;

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

/** Where the clause's first amount starts, -1 without one. */
function amountAt(clause: string): number {
  return clause.replace(ORDINAL, (ordinal) => '第'.padEnd(ordinal.length, '#')).search(DIGIT);
}

/** The clause as a name: the words after its opening year and verbs, before any amount. */
function named(clause: string): string {
  const opened = stripLeading(clause);
  const amount = amountAt(opened);
  return stripLeading(stripTrailing(amount < 0 ? opened : opened.slice(0, amount)));
}

const fits = (name: string): boolean => name.length >= MIN_SHORT_NAME && name.length <= MAX_SHORT_NAME;

/**
 * The first clause that is not a frame (按照…原则), when it is short once its verbs are off (推动消费帮扶 → 消费帮扶); else
 * the target an amount is stated for (招商引资实际到资额完成10亿元 → 招商引资实际到资额), before the shares are listed;
 * else another clause that is short; else the first clause cut short. A name never lists the units the shares go to
 * (马尾区、闽侯县各9000万元). '' for a task without text.
 */
export function taskShortName(text: string, shareUnits: readonly string[] = []): string {
  const clauses = text.replace(BRACKETED, '').replace(QUOTES, '').split(CLAUSE_BREAK).filter((c) => c !== '');
  const works = clauses.filter((c) => !words.frames.some((f) => c.startsWith(f)) && !words.introductions.some((i) => c.startsWith(i)));
  const [first] = works;
  if (first === undefined) return '';
  const namesShares = (clause: string): boolean => shareUnits.some((unit) => clause.includes(unit));
  const usable = (name: string): boolean => fits(name) && !namesShares(name);
  const opening = named(first);
  if (usable(opening)) return opening;
  for (const clause of works) {
    if (namesShares(clause)) break;
    if (amountAt(clause) < 0) continue;
    const target = named(clause);
    if (usable(target)) return target;
  }
  for (const clause of works.slice(1)) {
    if (amountAt(clause) >= 0) continue;
    const other = named(clause);
    if (usable(other)) return other;
  }
  const cut = stripLeading(first);
  return cut.length <= MAX_SHORT_NAME ? cut : `${cut.slice(0, MAX_SHORT_NAME - 1)}${ELLIPSIS}`;
}
