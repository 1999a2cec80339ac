// The words of progress as data (src/core/data/progress-words.json), typed for the readers of this folder.
import words from '../data/progress-words.json';
import type { ReturnState } from '../model';

export const LAG_WORDS: readonly string[] = words.lag.words;
export const LAG_NEGATIONS: readonly string[] = words.lag.negations;
export const ON_SCHEDULE_WORDS: readonly string[] = words.onSchedule.words;
export const NOT_STARTED_WORDS: readonly string[] = words.notStarted;
export const PERCENT_LEADS: readonly string[] = words.percent.leads;
export const PERCENT_FILLERS: readonly string[] = words.percent.fillers;
export const TENTHS_WORD: string = words.percent.tenths;
export const LAG_WHEN_YES: readonly string[] = words.onScheduleHeaders.lagWhenYes;
export const YES_ANSWERS: readonly string[] = words.onScheduleHeaders.yes;
export const NO_ANSWERS: readonly string[] = words.onScheduleHeaders.no;
export const LOWER_IS_BETTER: readonly string[] = words.lowerIsBetter;
export const RANGE_SEPARATORS: readonly string[] = words.taskStart.rangeSeparators;
export const START_WORDS: readonly string[] = words.taskStart.startWords;

/** A vocabulary's lists without its "//" note. */
function lists<K extends string>(record: Readonly<Record<string, unknown>>): Readonly<Record<K, readonly string[]>> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== '//')) as Record<K, readonly string[]>;
}

export const RETURN_STATE_WORDS: Readonly<Record<ReturnState, readonly string[]>> = lists<ReturnState>(words.returnStates);

export type ReturnColumn = 'key' | 'no' | 'task' | 'role' | 'target' | 'measure' | 'progress' | 'actual' | 'state' | 'problems' | 'nextSteps';

export const RETURN_HEADERS: Readonly<Record<ReturnColumn, readonly string[]>> = lists<ReturnColumn>(words.returnHeaders);

