// Which shares of a task add up to a whole. Counts and amounts do (8000人 + 3800人 …, 9000万元 + 8000万元 …); a rate
// does not, nor a ceiling each place must stay under: six counties each under 4.3% unemployment make no 25.8%. A task
// is a ceiling where progress is judged by staying under its target (城镇登记失业率低于, 控制在…以内), so that the
// summary and the progress judgement read a task alike.
import words from '../data/summary-words.json';
import { isLowerBetter } from '../progress/figureColumns';

const RATE_MEASURES: ReadonlySet<string> = new Set(words.rateMeasures);

/** Whether the shares in `measure` of the task worded `taskText` add up to the task's total. */
export function sharesAddUp(measure: string, taskText: string): boolean {
  return !RATE_MEASURES.has(measure) && !isLowerBetter(taskText);
}

