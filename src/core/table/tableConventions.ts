// Conventions a table states in its own words (src/core/data/table-conventions.json):
//  - "除注明分别牵头的以外，排在第一位的为牵头单位，下同": only the first-listed unit of a lead cell leads. Said in a note
//    above or below the table, it holds for every row; said in a cell, for that row, and with 下同 for the rows after it.
//  - 分别牵头 written of a cell's own units makes every one of them a lead; inside a note that explains the rule it
//    does not.
import conventions from '../data/table-conventions.json';
import { wordAlternation } from '../deadlines/wordAlternation';

// Tested on every unit cell of a table: one regex pass instead of a search per word.
const FIRST_LISTED = new RegExp(wordAlternation(conventions.firstListedLeads));
const SAME_BELOW: readonly string[] = conventions.sameBelow;
const ALL_LEAD: readonly string[] = conventions.allLead;
const RULE_EXCEPTIONS: readonly string[] = conventions.ruleExceptions;
const NOTE_PREFIXES: readonly string[] = conventions.notePrefixes;
const BRACKETED = /[（(][^（）()]*[）)]/g;
const CLAUSE = /[，,。；;]/;

/** A note row below or above the table: 注：…, 说明：… */
export function isNoteText(text: string): boolean {
  return NOTE_PREFIXES.some((p) => text.startsWith(p));
}

/** The text states the first-listed rule. */
export function statesFirstListedRule(text: string): boolean {
  return FIRST_LISTED.test(text);
}

/** The rule holds for the rows after the one that says it (下同). */
export function holdsBelow(text: string): boolean {
  return SAME_BELOW.some((w) => text.includes(w));
}

/** The cell says 分别牵头 of its own units: outside brackets, and not in a clause that states a rule for the table. */
export function saysAllLead(cell: string): boolean {
  if (!ALL_LEAD.some((w) => cell.includes(w))) return false;
  const states = (clause: string): boolean => statesFirstListedRule(clause) || holdsBelow(clause) || RULE_EXCEPTIONS.some((w) => clause.includes(w));
  const own = cell.replace(BRACKETED, ' ').split(CLAUSE).filter((clause) => !states(clause));
  return own.some((clause) => ALL_LEAD.some((w) => clause.includes(w)));
}
