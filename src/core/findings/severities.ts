// One table of how serious each finding is. Errors are what makes the table wrong or a task late; warnings are what a
// reviewer should look at; info is what the tool did on its own (e.g. skipping a repeated header).
import type { FindingCode, Severity } from '../model';

export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  TABLE_NOT_FOUND: 'error',
  HEADER_REPEATED: 'info',
  REGISTRY_NOT_COVERING: 'warning',
  REGISTRY_SHEET_PROBLEM: 'warning',
  TASK_NO_DUPLICATE: 'warning',
  TASK_NO_MISSING: 'warning',
  TASK_TEXT_EMPTY: 'error',
  LEAD_MISSING: 'error',
  UNIT_UNKNOWN: 'warning',
  UNIT_NONSTANDARD: 'warning',
  UNIT_DUPLICATE: 'warning',
  UNIT_LEAD_AND_SUPPORT: 'warning',
  DISTRICT_OMITTED: 'warning',
  QUOTA_UNIT_NOT_RESPONSIBLE: 'error',
  QUOTA_SUM_MISMATCH: 'error',
  QUOTA_SHARE_MISSING: 'warning',
  DEADLINE_MISSING: 'warning',
  DEADLINE_UNPARSED: 'warning',
  DEADLINE_OVERDUE: 'error',
  DEADLINE_DUE_SOON: 'warning',
  CELL_ERROR_VALUE: 'error',
  LEAD_FROM_UNITS: 'info',
};
