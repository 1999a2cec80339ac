// The name a column goes by in the checked sheet (序号, 牵头单位 …), read from the header the engine found
// (`CheckResult.headers`, a header over several rows as its path, e.g. 完成情况/目标值); a result without it still
// names the columns whose role is known, and the caller shows the letter for the rest.
import type { CheckResult, ColumnRole } from '../core/model';

const ROLES: readonly ColumnRole[] = ['no', 'task', 'lead', 'support', 'units', 'deadline', 'status'];

/** The header text over `column`; else the name of its role; else null (the caller shows the letter). */
export function columnTitle(result: CheckResult, column: string, roleNames: Readonly<Record<ColumnRole, string>>): string | null {
  const reported = result.headers?.find((h) => h.column === column)?.header.trim();
  if (reported) return reported;
  const role = ROLES.find((r) => result.columns[r] === column);
  return role ? roleNames[role] : null;
}
