// The figure columns of a table grouped as a clerk reads them: a target, an actual and a rate that belong together
// (完成情况/目标值 | 完成情况/完成值 | 完成情况/完成率), one group per indicator, or per unit or district where the
// header names one above or below the figure (东坡区/目标值 …, 目标任务/东坡区 …).
import type { HeaderInfo } from '../model';
import { divisionsNamed } from '../places/divisions';
import { departmentForm, townForm } from '../units/unitForms';
import { wordAlternation } from '../deadlines/wordAlternation';
import { LOWER_IS_BETTER } from './progressWords';
import { measureInHeader } from '../quotas/columnTarget';

export interface FigureGroup {
  /** The unit or area the group's figures are of (a header segment that names one); null: the task's own. */
  readonly owner: string | null;
  /** The header above the figures (the indicator's name, 完成情况), '' when none. */
  readonly label: string;
  readonly target: string | null;
  readonly actual: string | null;
  readonly rate: string | null;
  readonly lowerIsBetter: boolean;
  /** The measure a header above the figures names in brackets (城镇新增就业（人）), '' when none. */
  readonly measure: string;
}

const FIGURE_ROLES = new Set(['target', 'actual', 'rate']);
const LOWER = new RegExp(wordAlternation(LOWER_IS_BETTER));

/** A header segment that names a unit or a place rather than a figure. */
function namesUnit(segment: string): boolean {
  const text = segment.replace(/\s+/g, '');
  return departmentForm(text) !== null || townForm(text) !== null || divisionsNamed(text).length > 0;
}

/**
 * `byOwner`: columns of one unit form a group wherever their header names it. A target matrix (areas down the rows)
 * passes false: its header names the department answerable, and each indicator's path is its group.
 */
export function figureGroups(headers: readonly HeaderInfo[], byOwner = true): FigureGroup[] {
  const groups = new Map<string, { owner: string | null; label: string; columns: Partial<Record<'target' | 'actual' | 'rate', string>> }>();
  for (const header of headers) {
    if (header.role === null || !FIGURE_ROLES.has(header.role)) continue;
    const segments = header.header.split('/');
    const above = segments.slice(0, -1);
    const owner = byOwner ? (segments.find((s) => namesUnit(s)) ?? null) : null;
    const label = above.filter((s) => s !== owner).join('/');
    const key = byOwner ? (owner ?? label) : above.join('/');
    const group = groups.get(key) ?? { owner, label, columns: {} };
    const role = header.role as 'target' | 'actual' | 'rate';
    // The first column of a role in a group counts; a second (a repeated header) does not replace it.
    if (group.columns[role] === undefined) group.columns[role] = header.column;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    owner: g.owner,
    label: g.label,
    target: g.columns.target ?? null,
    actual: g.columns.actual ?? null,
    rate: g.columns.rate ?? null,
    lowerIsBetter: LOWER.test(g.label),
    measure: g.label.split('/').reverse().map(measureInHeader).find((m) => m !== '') ?? '',
  }));
}

export function isLowerBetter(text: string): boolean {
  return LOWER.test(text);
}
