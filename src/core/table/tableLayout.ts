// What locating a table yields: where its header is, which column plays which role, and what each later row is.
import type { CellValue, ColumnMap, ColumnRole } from '../model';

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
  readonly text: string;
  /** True when both 序号 and task text were empty and the row took them from the task above (merged cells). */
  readonly textInherited: boolean;
  readonly lead: string;
  readonly support: string;
  readonly units: string;
  readonly deadline: CellValue;
  readonly status: string;
  /** Counts 一、/（一） section rows above, so that a 序号 restarting per section is not a duplicate. */
  readonly section: number;
  /** Error values (#N/A …) found in the mapped columns of this row. */
  readonly errors: readonly CellErrorAt[];
}

export type TableRow =
  | TaskRow
  | { readonly kind: 'blank'; readonly row: number }
  | { readonly kind: 'header'; readonly row: number }
  | { readonly kind: 'section'; readonly row: number; readonly text: string };

export interface TableLayout {
  readonly sheet: string;
  /** Sheet row of the header, 1-based. */
  readonly headerRow: number;
  readonly columns: ColumnMap;
  readonly columnIndex: ColumnIndexMap;
  /** The texts above the header (titles), then the sheet name: where the plan year is looked for. */
  readonly titleTexts: readonly string[];
  readonly rows: readonly TableRow[];
}
