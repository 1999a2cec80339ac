// What locating a table yields: where its header is, which column plays which role, and what each later row is.
import type { CellValue, ColumnMap, ColumnRole, HeaderInfo } from '../model';

/** 0-based positions within a grid row (its cells), for the mapped roles. */
export type ColumnIndexMap = { readonly [R in ColumnRole]: number | null };

export interface CellErrorAt {
  readonly column: string;
  readonly error: string;
}

export interface TaskRow {
  readonly kind: 'task';
  /** Sheet row, 1-based. */
  readonly row: number;
  readonly no: string;
  /** True when the 序号 cell was empty and the row took the 序号 of the task above (a merged 序号 cell). */
  readonly noInherited: boolean;
  /** The task text: its own text cells, and those a merged cell above gives it. */
  readonly text: string;
  /** The text of the row's own cells only: quotas are read from it, so a merged text counts once. */
  readonly ownText: string;
  /** True when both 序号 and task text were empty and the row took them from the task above (merged cells). */
  readonly textInherited: boolean;
  /** Sheet row of the task this row is a sub-row of (its cells merged over several rows), null for a task's first row. */
  readonly subRowOf: number | null;
  readonly lead: string;
  readonly support: string;
  readonly units: string;
  readonly deadline: CellValue;
  readonly status: string;
  /** The task's own target figure (年度目标) and its measure (单位, or the target header's bracket), '' when none. */
  readonly target: string;
  readonly measure: string;
  /** The responsible leader: the leader column, else the leader the section row names ((一)刘忻市长牵头…). */
  readonly leader: string;
  /** Counts 一、/（一） section rows above, so that a 序号 restarting per section is not a duplicate. */
  readonly section: number;
  /** Error values (#N/A …) found in the mapped columns of this row. */
  readonly errors: readonly CellErrorAt[];
  /** A note in force (列第一位的为牵头单位，下同) makes only the first-listed unit of a lead cell the lead. */
  readonly firstListedLeads: boolean;
  /** In a target matrix, each area's target for this indicator (targetMatrix.ts). */
  readonly shares?: readonly MatrixShare[];
}

export interface MatrixShare {
  /** The area as written in the place column (东坡区, 市本级). */
  readonly place: string;
  readonly target: string;
}

export type TableRow =
  | TaskRow
  | { readonly kind: 'blank'; readonly row: number }
  | { readonly kind: 'header'; readonly row: number }
  | { readonly kind: 'section'; readonly row: number; readonly text: string }
  | { readonly kind: 'note'; readonly row: number; readonly text: string };

export interface TableLayout {
  readonly sheet: string;
  /** Sheet row of the header's first row, 1-based. */
  readonly headerRow: number;
  /** Sheet row of the header's last row (the same as headerRow for a one-row header). */
  readonly headerBottomRow: number;
  readonly columns: ColumnMap;
  readonly columnIndex: ColumnIndexMap;
  /** Every header column, mapped or not. */
  readonly headers: readonly HeaderInfo[];
  /** The supporting-unit column is headed as responsible units (责任单位 beside 牵头单位): 无牵头单位的，责任单位即为牵头单位. */
  readonly supportIsUnits: boolean;
  /** The texts above the header (titles), then the sheet name: where the plan year is looked for. */
  readonly titleTexts: readonly string[];
  readonly rows: readonly TableRow[];
}
