import { toHalfWidth } from './toHalfWidth';
import { DONE_ALREADY, DONE_LEADS, DONE_MANNERS, DONE_OBJECTS, DONE_VERBS, DONE_WHEN_MARKERS, DONE_WHEN_MONTH_PARTS } from './statusWords';
import { wordAlternation } from './wordAlternation';

const VERBS = `(?:${wordAlternation(DONE_VERBS)})`;
/** A month the task was done in: 5月, 2021年5月底, 6月30日. */
const MONTH = `(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}[日号])?(?:${wordAlternation(DONE_WHEN_MONTH_PARTS)})?`;
const WHEN = `(?:${wordAlternation(DONE_WHEN_MARKERS)})${MONTH}`;
const LEADS = `(?:${wordAlternation(DONE_LEADS)})?`;
// A month is only a verdict's with 已 (已于5月完成, 5月已完成): 于10月完成 alone may be a plan.
const BEFORE_VERB = `(?:(?:${MONTH})?${LEADS}(?:${wordAlternation(DONE_ALREADY)})(?:${WHEN})?|${LEADS})`;
const DONE_CLAUSE = new RegExp(
  `^${BEFORE_VERB}(?:${wordAlternation(DONE_MANNERS)})*` +
    `${VERBS}(?:[并且]?(?:${wordAlternation(DONE_ALREADY)})?${VERBS})*(?:${wordAlternation(DONE_OBJECTS)})*$`,
);
// Most statuses are progress prose without any closing verb; they leave before the clause-by-clause reading.
const ANY_VERB = new RegExp(wordAlternation(DONE_VERBS));
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
