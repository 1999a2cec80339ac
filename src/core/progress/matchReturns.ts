// Which task a row of a return reports on: by its hidden key; else (a retyped or re-sorted return, a key lost) by
// 序号 and task text, the unit's own tasks first. A row that fits no task is said to be unmatched, never guessed.
import type { ReturnRow } from '../model';
import { comparableText } from './taskKeys';

export interface MatchCandidate {
  readonly no: string;
  readonly text: string;
  readonly key: string;
}

export interface RowMatch {
  /** Index into the candidates. */
  readonly task: number;
  readonly by: 'key' | 'text';
  /** The row's task text differs from the task's (it was edited or retyped). */
  readonly textChanged: boolean;
}

/** Texts at least this alike (bigram Dice) are one task when the 序号 agrees too. */
const SIMILAR_WITH_NO = 0.5;
/** Without a 序号 to agree, texts must be nearly the same. */
const SIMILAR_WITHOUT_NO = 0.85;
/** A unit that shortens a task's text keeps at least this much of it (10 characters of 召开闽宁协作工作推进会…). */
const MIN_KEPT_LENGTH = 10;

/** 序号 as compared: 1, 1., 1、, （1） and ① are not, but "1" typed as a number is "1". */
function comparableNo(no: string): string {
  return no.replace(/[\s.、．()（）]/g, '');
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, sizeA: number, b: Map<string, number>, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

export function returnMatcher(tasks: readonly MatchCandidate[]): (row: ReturnRow, own: readonly number[]) => RowMatch | null {
  const byKey = new Map(tasks.map((t, i) => [t.key, i] as const));
  const texts = tasks.map((t) => comparableText(t.text));
  const byNo = new Map<string, number[]>();
  tasks.forEach((t, i) => {
    const no = comparableNo(t.no);
    if (no !== '') byNo.set(no, [...(byNo.get(no) ?? []), i]);
  });
  const grams: (Map<string, number> | undefined)[] = [];
  const gramsOf = (i: number): Map<string, number> => (grams[i] ??= bigrams(texts[i] as string));

  /** Texts alike by their bigrams; with a 序号 that agrees, a text cut short of the task's (or the task's of it) too. */
  const best = (row: string, candidates: readonly number[], threshold: number, shortened: boolean): number | null => {
    const rowGrams = bigrams(row);
    let found: number | null = null;
    let score = threshold;
    for (const i of candidates) {
      const task = texts[i] as string;
      if (task === row) return i;
      const cut = shortened && Math.min(row.length, task.length) >= MIN_KEPT_LENGTH && (task.includes(row) || row.includes(task));
      const similarity = cut ? 1 : dice(rowGrams, row.length - 1, gramsOf(i), task.length - 1);
      if (similarity >= score) {
        score = similarity;
        found = i;
      }
    }
    return found;
  };

  return (row, own) => {
    const text = comparableText(row.text);
    const changed = (i: number): boolean => text !== '' && text !== texts[i];
    const keyed = row.key === '' ? undefined : byKey.get(row.key);
    if (keyed !== undefined) return { task: keyed, by: 'key', textChanged: changed(keyed) };
    if (text === '') return null;
    const sameNo = byNo.get(comparableNo(row.no)) ?? [];
    const ownSet = new Set(own);
    const found =
      best(text, sameNo.filter((i) => ownSet.has(i)), SIMILAR_WITH_NO, true) ??
      best(text, sameNo, SIMILAR_WITH_NO, true) ??
      best(text, own, SIMILAR_WITHOUT_NO, false) ??
      best(text, tasks.map((_, i) => i), SIMILAR_WITHOUT_NO, false);
    return found === null ? null : { task: found, by: 'text', textChanged: changed(found) };
  };
}
