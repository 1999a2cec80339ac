// The name a column goes by in the checked sheet (序号, 牵头单位 …), read from the header row the engine found. The
// engine reports every header cell's text as `CheckResult.headers`; a result without it (an older engine) still gets a
// name for the columns whose role is known, and the letter for the rest.
import type { CheckResult, ColumnRole } from '../core/model';

/** Header texts as the engine may report them: by column letter, or as a list of cells that carry their letter. */
type ReportedHeaders = Readonly<Record<string, unknown>> | readonly { readonly column?: unknown; readonly text?: unknown }[];

function reportedHeader(result: CheckResult, column: string): string | null {
  const headers = (result as { readonly headers?: ReportedHeaders | null }).headers;
  if (headers === undefined || headers === null) return null;
  const text = Array.isArray(headers)
    ? (headers as readonly { readonly column?: unknown; readonly text?: unknown }[]).find((h) => h.column === column)?.text
    : (headers as Readonly<Record<string, unknown>>)[column];
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : null;
}

const ROLES: readonly ColumnRole[] = ['no', 'task', 'lead', 'support', 'units', 'deadline', 'status'];

/** The header text over `column`; else the name of its role; else null (the caller shows the letter). */
export function columnTitle(result: CheckResult, column: string, roleNames: Readonly<Record<ColumnRole, string>>): string | null {
  const reported = reportedHeader(result, column);
  if (reported !== null) return reported;
  const role = ROLES.find((r) => result.columns[r] === column);
  return role ? roleNames[role] : null;
}
