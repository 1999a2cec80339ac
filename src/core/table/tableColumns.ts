// Which column plays which part, from the header's roles: the first column of each role, the text columns that add to
// the task text, the progress column of the latest period, and the 责任单位 rule (beside 牵头单位 it lists the
// supporting units, beside only 配合单位 the leads).
import vocabulary from '../data/header-words.json';
import type { CellValue, ColumnRole } from '../model';
import { cellText } from './cellText';
import type { HeaderColumn } from './headerBlock';
import { measureInHeader } from '../quotas/columnTarget';
import { normalizeHeader, type HeaderRole } from './headerRoles';
import type { ColumnIndexMap } from './tableLayout';

export interface TableColumns {
  readonly index: ColumnIndexMap;
  /** Further text columns (具体措施, a second task column) appended to the task text, in sheet order. */
  readonly detail: readonly number[];
  /** Every progress column; `index.status` is the one of the latest period (1-11月 after 1-10月). */
  readonly progress: readonly number[];
  readonly leader: number | null;
  /** A target figure of the task's own (年度目标), and the column of its measure (单位), when the table has them. */
  readonly target: number | null;
  readonly measure: number | null;
  /** The measure the target column's header names in brackets (城镇新增就业（人）), '' when none. */
  readonly targetMeasure: string;
  /** The supporting-unit column is headed as responsible units (责任单位 beside 牵头单位). */
  readonly supportIsUnits: boolean;
}

const PERIODS = vocabulary.periods;
const MONTH_RANGE = /(\d{1,2})[-—~至到](\d{1,2})月/;
const MONTH = /(\d{1,2})月份?/;
const QUARTER = /第?([一二三四1-4])季度/;

/** The month a progress header's period ends in (1-11月推进情况 → 11, 上半年 → 6), 0 when it names none. */
export function periodEndMonth(header: string): number {
  const text = normalizeHeader(header);
  const range = MONTH_RANGE.exec(text);
  if (range) return Number(range[2]);
  const month = MONTH.exec(text);
  if (month) return Number(month[1]);
  const quarter = QUARTER.exec(text);
  if (quarter) return (PERIODS.quarters as Record<string, number>)[quarter[1] as string] ?? 0;
  const half = Object.entries(PERIODS.halfYears).find(([word]) => text.includes(word));
  return half ? half[1] : 0;
}

/**
 * Maps the header's columns. `demoted` are text columns the rows show to be groupings (merged over several numbered
 * tasks): they add nothing to a task's text.
 */
export function tableColumns(columns: readonly HeaderColumn[], demoted: ReadonlySet<number> = new Set()): TableColumns {
  const byRole = new Map<HeaderRole, number[]>();
  for (const column of columns) {
    if (column.role === null || ((column.role === 'task' || column.role === 'taskDetail') && demoted.has(column.index))) continue;
    byRole.set(column.role, [...(byRole.get(column.role) ?? []), column.index]);
  }
  const first = (role: HeaderRole): number | null => byRole.get(role)?.[0] ?? null;
  const texts = [...(byRole.get('task') ?? []), ...(byRole.get('taskDetail') ?? [])];
  const task = first('task') ?? first('taskDetail');
  const lead = first('lead');
  const support = first('support');
  // A table whose only unit column is headed like a scorer's (考核单位) names in it the units it holds to account.
  const units = first('units') ?? (lead === null && support === null ? first('assessor') : null);
  const pathOf = (index: number): string => columns.find((c) => c.index === index)?.path.join('/') ?? '';
  const progress = byRole.get('status') ?? [];
  let status: number | null = null;
  for (const j of progress) if (status === null || periodEndMonth(pathOf(j)) >= periodEndMonth(pathOf(status))) status = j;
  const index: { [R in ColumnRole]: number | null } = {
    no: first('no'),
    task,
    lead: lead ?? (units !== null && support !== null ? units : null),
    support: support ?? (lead !== null ? units : null),
    units: lead === null && support === null ? units : null,
    deadline: first('deadline'),
    status,
  };
  return {
    index,
    detail: texts.filter((j) => j !== task).sort((a, b) => a - b),
    progress,
    leader: first('leader'),
    target: first('target'),
    measure: first('measure'),
    targetMeasure: first('target') === null ? '' : measureInHeader(pathOf(first('target') as number)),
    supportIsUnits: support === null && lead !== null && units !== null,
  };
}

/** Rows looked at to tell a grouping column; groupings show within the first tasks of a table. */
const GROUPING_SAMPLE_ROWS = 500;

/**
 * Text columns that group several numbered tasks (Shengsi's 考核指标 merged over items 1-10, beside 考核内容 filled in
 * every row): empty in a row with its own 序号 after a value above, while another text column is filled in all of them.
 * Reads the grid's rows from `firstDataIndex` on, the first of them only.
 */
export function groupingTextColumns(
  grid: readonly (readonly CellValue[])[],
  firstDataIndex: number,
  columns: TableColumns,
  isTaskNo: (text: string) => boolean,
): Set<number> {
  const no = columns.index.no;
  const texts = [columns.index.task, ...columns.detail].filter((j): j is number => j !== null);
  if (no === null || texts.length < 2) return new Set();
  const seen = new Set<number>();
  const gaps = new Set<number>();
  const alwaysFilled = new Set(texts);
  const end = Math.min(grid.length, firstDataIndex + GROUPING_SAMPLE_ROWS);
  for (let i = firstDataIndex; i < end; i += 1) {
    const cells = grid[i] ?? [];
    if (!isTaskNo(cellText(cells[no]))) continue;
    for (const j of texts) {
      if (cellText(cells[j]) !== '') seen.add(j);
      else {
        alwaysFilled.delete(j);
        if (seen.has(j)) gaps.add(j);
      }
    }
  }
  return new Set(texts.filter((j) => gaps.has(j) && [...alwaysFilled].some((k) => k !== j)));
}
