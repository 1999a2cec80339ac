// A target-and-result matrix (Meishan's 十大民生工程项目完成情况表): areas down the rows (地区: 全市, 市本级, 东坡区 …),
// indicators across the columns, each a group of figure columns (目标任务 | 进度 | 完成比例) under the indicator's name
// and the department answerable for it (市人力资源社会保障局). A clerk reads each indicator as a task: led by that
// department, carried out by the areas with a target, each area's target its share, the whole area's row (全市) the
// total the shares add up to, and the whole area's result its progress.
import vocabulary from '../data/header-words.json';
import { measureInHeader } from '../quotas/columnTarget';
import type { CellValue } from '../model';
import { departmentForm } from '../units/unitForms';
import { cellText } from './cellText';
import type { HeaderColumn } from './headerBlock';
import type { MatrixShare, TaskRow } from './tableLayout';

/** Rows for the whole area (全市, 合计): their target is the indicator's total, not a share. */
const TOTAL_ROWS: ReadonlySet<string> = new Set(vocabulary.matrixTotalRows);


interface Indicator {
  readonly name: string;
  readonly department: string;
  readonly target: number;
  readonly actual: number | null;
  readonly rate: number | null;
  readonly headers: ReadonlyMap<number, string>;
}

const FIGURE_ROLES = new Set(['target', 'actual', 'rate']);

/** The indicators: figure columns grouped by their path above the leaf, in sheet order. */
function indicatorsOf(columns: readonly HeaderColumn[]): Indicator[] {
  const groups = new Map<string, HeaderColumn[]>();
  for (const column of columns) {
    if (column.role === null || !FIGURE_ROLES.has(column.role)) continue;
    const key = column.path.slice(0, -1).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), column]);
  }
  const indicators: Indicator[] = [];
  // A department merged over several indicators holds its name in the first one's column only: it answers for the
  // indicators to its right until another department's name.
  let answering = '';
  for (const group of groups.values()) {
    const target = group.find((c) => c.role === 'target');
    if (target === undefined) continue;
    const above = target.path.slice(0, -1);
    const department = [...above].reverse().find((segment) => departmentForm(segment) !== null) ?? answering;
    answering = department;
    const name = [...above].reverse().find((segment) => segment !== department) ?? '';
    indicators.push({
      name,
      department,
      target: target.index,
      actual: group.find((c) => c.role === 'actual')?.index ?? null,
      rate: group.find((c) => c.role === 'rate')?.index ?? null,
      headers: new Map(group.map((c) => [c.index, c.path[c.path.length - 1] ?? ''] as const)),
    });
  }
  return indicators;
}

/** Whether the header reads as a matrix: no task column, a place column and figure columns with a target. */
export function isTargetMatrix(columns: readonly HeaderColumn[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  return !roles.has('task') && !roles.has('taskDetail') && roles.has('place') && roles.has('target');
}

/** The indicators of a matrix as tasks, with each area's target as a share; `headerRow` is the header's last sheet row. */
export function matrixTasks(rows: readonly (readonly CellValue[])[], columns: readonly HeaderColumn[], headerRow: number): TaskRow[] {
  const place = columns.find((c) => c.role === 'place')?.index ?? 0;
  const areas = rows.map((cells) => ({ name: cellText(cells[place]), cells })).filter((a) => a.name !== '');
  return indicatorsOf(columns).map((indicator, i): TaskRow => {
    const shares: MatrixShare[] = [];
    let total = '';
    let progress = '';
    for (const { name, cells } of areas) {
      const target = cellText(cells[indicator.target]);
      const result = [indicator.actual, indicator.rate]
        .filter((j): j is number => j !== null && cellText(cells[j]) !== '')
        .map((j) => `${indicator.headers.get(j) ?? ''}：${cellText(cells[j])}`)
        .join('；');
      if (TOTAL_ROWS.has(name)) {
        total = target;
        progress = result;
      } else if (target !== '') shares.push({ place: name, target });
    }
    return {
      kind: 'task',
      row: headerRow,
      no: String(i + 1),
      noInherited: false,
      text: indicator.name,
      ownText: '',
      textInherited: false,
      subRowOf: null,
      lead: indicator.department,
      support: shares.map((s) => s.place).join('、'),
      units: '',
      deadline: null,
      status: progress,
      target: total,
      measure: measureInHeader(indicator.name),
      leader: '',
      section: 0,
      errors: [],
      firstListedLeads: false,
      shares,
    };
  });
}
