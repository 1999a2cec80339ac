// What each finding knows, by code. Finding modules produce drafts with facts; the message tables turn facts into text
// in the user's language, so no check ever builds a sentence itself.
import type { FindingCode } from '../model';
import type { MissingRole } from '../table/headerBlock';
import type { AnalyzedTask } from './analyzedTask';

type NoFacts = Record<string, never>;

export interface FindingFactsByCode {
  /**
   * searchedRows: how many rows from the top the header was looked for in; seen: the cells of the most header-like
   * row; missing: what a task table needs that those cells lack.
   */
  TABLE_NOT_FOUND: { readonly sheet: string; readonly searchedRows: number; readonly seen: readonly string[]; readonly missing: readonly MissingRole[] };
  HEADER_REPEATED: NoFacts;
  REGISTRY_NOT_COVERING: { readonly unknown: number; readonly total: number; readonly examples: readonly string[] };
  /** A row of the workbook's 单位名录 sheet that was ignored or taken with a doubt; `problem` is already worded. */
  REGISTRY_SHEET_PROBLEM: { readonly sheetRow: number; readonly problem: string };
  TASK_NO_DUPLICATE: { readonly no: string; readonly firstRow: number };
  TASK_NO_MISSING: NoFacts;
  TASK_TEXT_EMPTY: NoFacts;
  /** wholeTable: the table has neither a lead column nor a unit column, reported once instead of per task. */
  LEAD_MISSING: { readonly wholeTable: boolean };
  UNIT_UNKNOWN: { readonly written: string; readonly closest: string | null };
  UNIT_NONSTANDARD: { readonly written: string; readonly standardForm: string };
  UNIT_DUPLICATE: { readonly written: string; readonly count: number };
  UNIT_LEAD_AND_SUPPORT: { readonly unit: string };
  /** level: the places the table's summary lists (a district's table lists towns); absent: districts. */
  DISTRICT_OMITTED: { readonly district: string; readonly named: number; readonly total: number; readonly level?: 'county' | 'town' };
  QUOTA_UNIT_NOT_RESPONSIBLE: { readonly unit: string; readonly amount: number; readonly measure: string };
  QUOTA_SUM_MISMATCH: { readonly sum: number; readonly total: number; readonly measure: string };
  QUOTA_SHARE_MISSING: { readonly unit: string; readonly peers: number };
  DEADLINE_MISSING: NoFacts;
  DEADLINE_UNPARSED: { readonly text: string };
  DEADLINE_OVERDUE: { readonly text: string; readonly due: string; readonly days: number };
  DEADLINE_DUE_SOON: { readonly text: string; readonly due: string; readonly days: number };
  CELL_ERROR_VALUE: { readonly error: string };
  /** Tasks with an empty 牵头单位 led by their 责任单位 (无牵头单位的，责任单位即为牵头单位): said once for the table. */
  LEAD_FROM_UNITS: { readonly count: number; readonly rows: readonly number[] };
  /** percent: the progress stated or computed; expected: 序时进度; stated: the table or the return says 滞后. */
  PROGRESS_BEHIND: { readonly percent: number | null; readonly expected: number | null; readonly stated: boolean; readonly unit: string | null };
  /** Amounts in `measure`'s base (元 for money), '' where the table names none: the messages show them as the table does. */
  PROGRESS_RATE_MISMATCH: { readonly stated: number; readonly computed: number; readonly target: number; readonly actual: number; readonly measure: string; readonly unit: string | null };
  /** unit null: the table's progress cell is empty; returned false: the unit sent no return at all. */
  PROGRESS_NOT_REPORTED: { readonly unit: string | null; readonly returned: boolean; readonly period: string | null };
  PROGRESS_TARGET_MISSED: { readonly unit: string | null; readonly target: number; readonly actual: number; readonly measure: string; readonly due: string; readonly lowerIsBetter: boolean };
  PROGRESS_TARGET_EXCEEDED: { readonly unit: string | null; readonly target: number; readonly actual: number; readonly measure: string };
  PROGRESS_PAST_YEAR_END: { readonly due: string; readonly days: number };
  PROGRESS_CONFLICT: { readonly doneBy: string; readonly laggingBy: string };
  RETURN_NOT_RESPONSIBLE: { readonly unit: string; readonly file: string; readonly returnRow: number };
  RETURN_TEXT_CHANGED: { readonly unit: string; readonly file: string; readonly returnRow: number; readonly written: string };
  RETURN_ROW_UNMATCHED: { readonly unit: string | null; readonly file: string; readonly returnRow: number; readonly no: string; readonly text: string };
  RETURN_NOT_RECOGNIZED: { readonly file: string };
  RETURN_OTHER_PERIOD: { readonly file: string; readonly period: string; readonly expected: string };
  RETURN_DUPLICATE: { readonly unit: string; readonly file: string; readonly earlier: string };
  RETURN_SENDER_UNKNOWN: { readonly file: string };
  /** A 完成值 that is no number (八千万) or is below zero, not merged; `cell` is the return's cell (J5). */
  RETURN_VALUE_UNREADABLE: { readonly unit: string; readonly file: string; readonly cell: string; readonly written: string; readonly negative: boolean };
}

interface DraftOf<C extends FindingCode> {
  readonly code: C;
  readonly row: number | null;
  readonly column: string | null;
  readonly taskNo: string | null;
  readonly unit: string | null;
  readonly facts: FindingFactsByCode[C];
}

/** A finding before it is put into words. */
export type FindingDraft = { [C in FindingCode]: DraftOf<C> }[FindingCode];

// Fields copied one by one: a spread copies whatever the argument holds, and costs more on tables with many findings.
export function draft<C extends FindingCode>(code: C, at: Omit<DraftOf<C>, 'code'>): DraftOf<C> {
  return { code, row: at.row, column: at.column, taskNo: at.taskNo, unit: at.unit, facts: at.facts };
}

/**
 * A check of the table's rows, fed them a slice at a time in row order (so that a long check lets its host breathe):
 * the findings of the slice's rows.
 */
export type RowCheck = (slice: readonly AnalyzedTask[]) => FindingDraft[];

/** A check that also judges the table as a whole, before its rows. */
export interface FindingScan {
  readonly table: readonly FindingDraft[];
  readonly rows: RowCheck;
}
