// What a progress text or a 是否达序 cell says of the schedule: a lag (滞后, 未达序时进度, 是否达序：否), being on
// schedule (达序, 是否滞后：否), or nothing. A lag word right after a negation (未滞后, 无滞后) is no lag.
import { toHalfWidth } from '../deadlines/toHalfWidth';
import { wordAlternation } from '../deadlines/wordAlternation';
import { LAG_NEGATIONS, LAG_WHEN_YES, LAG_WORDS, NO_ANSWERS, NOT_STARTED_WORDS, ON_SCHEDULE_WORDS, YES_ANSWERS } from './progressWords';
import { normalizeHeader } from '../table/headerRoles';

const LAG = new RegExp(`(${wordAlternation(LAG_NEGATIONS)})?(?:${wordAlternation(LAG_WORDS)})`, 'g');
const ON_SCHEDULE = new RegExp(wordAlternation(ON_SCHEDULE_WORDS));
const NOT_STARTED = new RegExp(wordAlternation(NOT_STARTED_WORDS));
const YES = new Set(YES_ANSWERS.map((w) => w.toLowerCase()));
const NO = new Set(NO_ANSWERS.map((w) => w.toLowerCase()));

/** true: the text states a lag; false: it states being on schedule (or denies a lag); null: neither. */
export function lagInText(text: string): boolean | null {
  if (text === '') return null;
  const plain = toHalfWidth(text).replace(/\s+/g, '');
  let denied = false;
  LAG.lastIndex = 0;
  for (let match = LAG.exec(plain); match !== null; match = LAG.exec(plain)) {
    if (match[1] === undefined) return true;
    denied = true;
  }
  // 未达序 holds 达序: the lag words are looked for first.
  return denied || ON_SCHEDULE.test(plain) ? false : null;
}

export function isNotStarted(text: string): boolean {
  return text !== '' && NOT_STARTED.test(text);
}

/**
 * The lag a yes/no column states: under 是否达序 a 否 is a lag, under 是否滞后 a 是 is; null for an answer that is
 * neither yes nor no.
 */
export function lagInAnswer(header: string, answer: string): boolean | null {
  const value = toHalfWidth(answer).trim().toLowerCase();
  const yes = YES.has(value);
  const no = NO.has(value);
  if (!yes && !no) return lagInText(answer);
  const lagWhenYes = LAG_WHEN_YES.some((h) => normalizeHeader(header).includes(h));
  return lagWhenYes ? yes : no;
}
