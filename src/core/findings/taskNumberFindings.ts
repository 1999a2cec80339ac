// 序号 checks. Numbers may restart in each section, and rows of a merged 序号 share it, so neither is a duplicate.
import type { ColumnMap } from '../model';
import { draft, type FindingDraft, type RowCheck } from './findingFacts';

/** The check, fed the table's rows a slice at a time: it remembers the numbers of the slices before. */
export function taskNumberCheck(columns: ColumnMap): RowCheck {
  const column = columns.no;
  if (column === null) return () => [];
  const firstRowOf = new Map<string, number>();
  return (tasks) => {
    const drafts: FindingDraft[] = [];
    for (const { source } of tasks) {
      if (source.noInherited) continue;
      if (source.no === '') {
        drafts.push(draft('TASK_NO_MISSING', { row: source.row, column, taskNo: null, unit: null, facts: {} }));
        continue;
      }
      const key = `${source.section}\u0000${source.no}`;
      const firstRow = firstRowOf.get(key);
      if (firstRow === undefined) firstRowOf.set(key, source.row);
      else drafts.push(draft('TASK_NO_DUPLICATE', { row: source.row, column, taskNo: source.no, unit: null, facts: { no: source.no, firstRow } }));
    }
    return drafts;
  };
}
