import { toHalfWidth } from './toHalfWidth';
import { DONE_ALREADY, DONE_LEADS, DONE_MANNERS, DONE_OBJECTS, DONE_VERBS } from './statusWords';

const anyOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const VERBS = `(?:${anyOf(DONE_VERBS)})`;
const DONE_CLAUSE = new RegExp(
  `^(?:${anyOf(DONE_LEADS)})?(?:${anyOf(DONE_ALREADY)})?(?:${anyOf(DONE_MANNERS)})*` +
    `${VERBS}(?:[并且]?(?:${anyOf(DONE_ALREADY)})?${VERBS})*(?:${anyOf(DONE_OBJECTS)})*$`,
);
// Most statuses are progress prose without any closing verb; they leave before the clause-by-clause reading.
const ANY_VERB = new RegExp(anyOf(DONE_VERBS));
const BRACKETED_NOTE = /[(\[【〔][^)\]】〕]*[)\]】〕]/g;
const CLAUSE_BREAK = /[,，。;；:：!！?？、.\s]+/;

/**
 * True when some clause of the status is a plain verdict that the task is done ("已完成", "1-10月推进情况：已办结",
 * "已完成（10月）"). Negated, partial or in-progress wording never is.
 */
export function isDoneStatus(status: string): boolean {
  if (!ANY_VERB.test(status)) return false;
  const clauses = toHalfWidth(status).replace(BRACKETED_NOTE, ' ').split(CLAUSE_BREAK);
  return clauses.some((clause) => clause !== '' && DONE_CLAUSE.test(clause));
}
