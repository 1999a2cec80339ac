// The engine's vocabulary: what hosts hand in (a grid of cells), what the engine hands back (tasks, findings,
// summaries) and what it asks hosts to write (a WritePlan). Hosts depend on this file; it depends on nothing.

export type Lang = 'zh-CN' | 'en-US';

/** An Excel error value such as #N/A, kept apart from text so that it is never mistaken for a unit name. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell as a host read it. Dates are JS Dates at UTC midnight of the calendar day Excel shows
 * (hosts convert date-formatted serial numbers with `excelSerialToDate`). Formulas arrive as their values.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** Rows of cells; ragged rows are allowed and missing cells are empty. */
export type Grid = readonly (readonly CellValue[])[];

/** A merged range of a sheet: its first and last rows and columns, 1-based like Excel shows them (B5:C9 → 5, 2, 9, 3). */
export interface MergedRange {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** A sheet as read: `grid[0][0]` is the cell at (`firstRow`, `firstColumn`), both 1-based like Excel shows them. */
export interface SheetGrid {
  readonly name: string;
  readonly grid: Grid;
  readonly firstRow?: number;
  readonly firstColumn?: number;
  /**
   * The sheet's merged ranges, where the host can tell them (the file reader always, Excel from ExcelApi 1.13), in
   * sheet coordinates; a range's value is in its first cell of `grid` only. Absent when the host cannot tell: the
   * reader then infers merged cells from empty ones (an empty 序号 continues the task above).
   */
  readonly merges?: readonly MergedRange[];
}

export interface CheckOptions {
  /** The day to judge deadlines against, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Plan year; when absent it comes from the title rows, the sheet name, else the as-of year. */
  readonly planYear?: number;
  /** A task due within this many days (inclusive) is `dueSoon`. Default 15. */
  readonly dueSoonDays?: number;
  readonly lang?: Lang;
  /** The workbook's `单位名录` sheet, when it has one: extends and overrides the built-in registry. */
  readonly registrySheet?: SheetGrid;
  /** How progress is judged, and the units' returns to merge (see ProgressOptions). */
  readonly progress?: ProgressOptions;
}

export type Severity = 'error' | 'warning' | 'info';

/** Severities, worst first: the order counts and lists show them in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type TaskState = 'done' | 'overdue' | 'dueSoon' | 'onTrack' | 'ongoing' | 'unknown';

/** States in the order counts show them: the traffic lights (red, amber, green), then the ones without a light. */
export const TASK_STATES: readonly TaskState[] = ['overdue', 'dueSoon', 'onTrack', 'ongoing', 'done', 'unknown'];

/** `relative`: a span from an issue day the table does not give (3天, 5个工作日内): no due day, never unparsed. */
export type DeadlineKind = 'date' | 'ongoing' | 'recurring' | 'unparsed' | 'missing' | 'relative';

export interface Deadline {
  /** The cell as written (a date cell is shown as YYYY-MM-DD). */
  readonly text: string;
  /** `YYYY-MM-DD`, or null when there is no single due day. */
  readonly due: string | null;
  readonly kind: DeadlineKind;
}

/** Base measures: amounts are converted into these (万元 → 元, 亿元 → 元, 人 stays 人). */
export type Measure = string;

export interface Quota {
  /** Standard unit name (a district's organs all count as the district). */
  readonly unit: string;
  readonly amount: number;
  readonly measure: Measure;
}

export interface QuotaTotal {
  readonly amount: number;
  readonly measure: Measure;
}

export type ColumnRole = 'no' | 'task' | 'lead' | 'support' | 'units' | 'deadline' | 'status';

/** Column letters of the mapped roles, or null where the table has no such column. */
export type ColumnMap = { readonly [R in ColumnRole]: string | null };

export interface Task {
  /** Sheet row number (1-based). */
  readonly row: number;
  /** 序号 as written (merged cells: the value of the merge's first row), '' when none. */
  readonly no: string;
  readonly text: string;
  /** Standard unit names, each once, in the order written. Unknown units appear as written. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly deadline: Deadline;
  readonly state: TaskState;
  readonly status: string;
  readonly quotas: readonly Quota[];
  readonly quotaTotal: QuotaTotal | null;
  /** The responsible leader (责任领导, 分管领导, or the leader a section row names), '' when the table names none. */
  readonly leader?: string;
  /** The current period's progress text (with several period columns, the latest period's), '' when none. */
  readonly progress?: string;
  /**
   * Sheet row of the task this row belongs to when the task's cells are merged over several rows (a sub-row: a
   * measure with its own units or deadline). Each sub-row is checked; summaries count the task once.
   */
  readonly subRowOf?: number;
  /** The task's progress as the table (or the merged returns) state it; absent where the table reports no progress. */
  readonly progressRecord?: TaskProgress;
  /** The supervision light (亮灯); null where none applies (open-ended, no lag); absent where there is no progress. */
  readonly light?: ProgressLight | null;
  /** 序时进度: the share of the task's span elapsed at the as-of day, in percent; null where the span is open. */
  readonly expected?: number | null;
  /** The one cell that holds the task's whole text ('B5'; a sub-row's is its task's), absent where several cells or none do. */
  readonly textCell?: string;
  /**
   * The entries of `lead` and `support` that are collective terms (各街道, 13个街道、镇, 相关部门, 有关单位): kept as
   * written, they stand for a group and name no one unit, so summaries never count them as units. Absent when none.
   */
  readonly collective?: readonly string[];
}

/** Codes are a contract with users and scripts: add new ones, never rename. */
export type FindingCode =
  | 'TABLE_NOT_FOUND'
  | 'HEADER_REPEATED'
  | 'REGISTRY_NOT_COVERING'
  | 'REGISTRY_SHEET_PROBLEM'
  | 'TASK_NO_DUPLICATE'
  | 'TASK_NO_MISSING'
  | 'TASK_TEXT_EMPTY'
  | 'LEAD_MISSING'
  | 'UNIT_UNKNOWN'
  | 'UNIT_NONSTANDARD'
  | 'UNIT_DUPLICATE'
  | 'UNIT_LEAD_AND_SUPPORT'
  | 'DISTRICT_OMITTED'
  | 'QUOTA_UNIT_NOT_RESPONSIBLE'
  | 'QUOTA_SUM_MISMATCH'
  | 'QUOTA_SHARE_MISSING'
  | 'DEADLINE_MISSING'
  | 'DEADLINE_UNPARSED'
  | 'DEADLINE_OVERDUE'
  | 'DEADLINE_DUE_SOON'
  | 'CELL_ERROR_VALUE'
  | 'LEAD_FROM_UNITS'
  | 'PROGRESS_BEHIND'
  | 'PROGRESS_RATE_MISMATCH'
  | 'PROGRESS_NOT_REPORTED'
  | 'PROGRESS_TARGET_MISSED'
  | 'PROGRESS_TARGET_EXCEEDED'
  | 'PROGRESS_CONFLICT'
  | 'PROGRESS_PAST_YEAR_END'
  | 'RETURN_NOT_RESPONSIBLE'
  | 'RETURN_TEXT_CHANGED'
  | 'RETURN_ROW_UNMATCHED'
  | 'RETURN_NOT_RECOGNIZED'
  | 'RETURN_OTHER_PERIOD'
  | 'RETURN_DUPLICATE'
  | 'RETURN_SENDER_UNKNOWN'
  | 'RETURN_VALUE_UNREADABLE';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Sheet row (1-based), null for findings about the whole table. */
  readonly row: number | null;
  /** Column letter, null where no single column applies. */
  readonly column: string | null;
  readonly taskNo: string | null;
  readonly unit: string | null;
  readonly message: string;
  readonly suggestion: string | null;
  /** The text of the cell the finding is about, as written (a unit, a deadline), so that a host can mark it there. */
  readonly quote?: string;
}

export interface DistrictQuota {
  readonly taskNo: string;
  readonly amount: number;
  readonly measure: Measure;
}

export interface DistrictSummary {
  readonly name: string;
  readonly leadTasks: readonly string[];
  readonly supportTasks: readonly string[];
  readonly quotas: readonly DistrictQuota[];
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface UnitTaskEntry {
  readonly taskNo: string;
  readonly row: number;
  readonly role: 'lead' | 'support';
  readonly deadline: Deadline;
  readonly state: TaskState;
  /**
   * The task's rows that name the unit, as places in `CheckResult.tasks`, its first row first: each sub-row is part of
   * the unit's work. A place, not a row number, because the tasks of a target matrix share a row.
   */
  readonly parts: readonly number[];
}

export interface UnitTasks {
  readonly unit: string;
  readonly category: string;
  readonly tasks: readonly UnitTaskEntry[];
}

export interface CheckResult {
  readonly sheet: string;
  /** null only when no table was found (then `findings` holds TABLE_NOT_FOUND and nothing else is filled). */
  readonly headerRow: number | null;
  readonly columns: ColumnMap;
  readonly planYear: number;
  /**
   * Where planYear came from: the caller's setting (--year), the table (its title rows or its sheet's name), or, when
   * neither says, the as-of date's year, which the sheets then do not state as the plan's.
   */
  readonly planYearFrom?: PlanYearSource;
  readonly asOf: string;
  readonly lang: Lang;
  readonly tasks: readonly Task[];
  readonly findings: readonly Finding[];
  readonly districts: readonly DistrictSummary[];
  readonly units: readonly UnitTasks[];
  /** Every column of the header, mapped to a role or not, in sheet order (empty when no table was found). */
  readonly headers?: readonly HeaderInfo[];
  /** The table's own administrative level and place, as far as its title and units tell. */
  readonly level?: TableLevel;
  /** Progress judged against the calendar, per unit, and the 通报; absent where the table reports no progress. */
  readonly progress?: ProgressReport;
  /** The plan's name as the rows above the header give it (2023年闽宁协作福州市重点工作分方案), else the sheet name. */
  readonly title?: string;
}

export type PlanYearSource = 'settings' | 'table' | 'asOf';

/** What a header column holds; the ColumnRole values plus the other columns task tables carry. */
export type HeaderRole =
  | ColumnRole
  | 'taskDetail'
  | 'leader'
  | 'category'
  | 'place'
  | 'target'
  | 'actual'
  | 'rate'
  | 'measure'
  | 'assessor'
  | 'note'
  | 'onSchedule';

export interface HeaderInfo {
  readonly column: string;
  /** The header as read; a header over several rows as its path, top to bottom: "完成情况/目标值". */
  readonly header: string;
  readonly role: HeaderRole | null;
}

/** province, city; district (市辖区) or county (县, 县级市, 旗); town (乡, 镇, 街道). */
export type AdminLevel = 'province' | 'city' | 'district' | 'county' | 'town';

export interface TableLevel {
  /** null when neither the title nor the units tell. */
  readonly level: AdminLevel | null;
  /** The place the table is of (眉山市, 金东区), null when it cannot tell. */
  readonly place: string | null;
  /** The level of the places its summary lists: a city's districts and counties, a district's towns and streets. */
  readonly summaryLevel: 'county' | 'town';
}

// ---------------------------------------------------------------------------------------------------------------
// What to write. Hosts apply a plan literally; every decision about content, order, names and styles is made here.

/** The tool's highlight rules on the task sheet: one per style, each over disjoint cells. */
export type HighlightStyle = 'error' | 'warning' | 'good' | 'closed';

export interface HighlightRule {
  readonly style: HighlightStyle;
  /** A1 ranges on the checked sheet, e.g. ['C5', 'E7:E9']. */
  readonly ranges: readonly string[];
}

/** A cell the tool writes: plain values, or text that links to a cell of the workbook. */
export type PlanCell =
  | string
  | number
  | null
  | { readonly text: string; readonly link: { readonly sheet: string; readonly cell: string } }
  /**
   * The text of a cell of the workbook, shown as it is there (a task's text in the unit task list): the file writer
   * writes the text, Excel a reference to the cell, which costs a long table's write a fraction of the text's bytes.
   */
  | { readonly text: string; readonly copyOf: { readonly sheet: string; readonly cell: string } };

export type OwnedSheetKey = 'findings' | 'districts' | 'unitTasks' | 'progress' | 'unitProgress';

/** One column of a tool sheet. */
export interface SheetColumn {
  readonly header: string;
  /** Excel's width unit: characters of the default font's '0'. */
  readonly width: number;
  /**
   * Excel number format code for the column's numbers (e.g. '#,##0.00' for amounts with thousands separators);
   * absent: General. Text cells are text whatever the format.
   */
  readonly numberFormat?: string;
  /** Wrap the column's body text within the column width. */
  readonly wrap?: boolean;
  /** A fill-in column: its empty body cells are unlocked (the filled ones stay locked), for a protected sheet. */
  readonly unlocked?: boolean;
  /** Hidden (a key column that ties a row to its task). */
  readonly hidden?: boolean;
  /** A drop-down of these values over the column's body cells (a data-validation list). */
  readonly choices?: readonly string[];
  /** Centre the column's body cells (counts beside a list, so that a count never reads as the list's first figure). */
  readonly center?: boolean;
}

/** A piece of a printed page footer: literal text (written as is, '&' included) or a field Excel fills in. */
export type FooterPiece = string | { readonly field: 'pageNumber' | 'pageCount' | 'sheetName' };

/** The printed footer's three sections; each absent section stays empty. */
export interface PageFooter {
  readonly left?: readonly FooterPiece[];
  readonly center?: readonly FooterPiece[];
  readonly right?: readonly FooterPiece[];
}

export interface SheetPrintSetup {
  readonly paperSize: 'A4' | 'A3';
  readonly orientation: 'portrait' | 'landscape';
  /** Scale the sheet to this many pages wide (1: one page wide), as many pages tall as it takes. */
  readonly fitToPagesWide?: number;
  /** Print the title and header rows again at the top of every page. */
  readonly repeatHeaderRows?: boolean;
  readonly footer?: PageFooter;
}

/**
 * How a tool sheet is laid out and printed, one decision for every host (Excel and the file writer apply it alike).
 * Every field is optional; a plan without a layout is written as before: the header in row 1, frozen, bold.
 */
export interface SheetLayout {
  /** A title row above the header: merged across the table's columns, bold, `titleFontSize` points. The header row then is row 2. */
  readonly title?: string;
  /** Points; default 14. */
  readonly titleFontSize?: number;
  /**
   * A second row under the title in the default font, merged alike (what was checked, as of when, made when); the
   * header then is row 3. Used only with a title.
   */
  readonly subtitle?: string;
  /** A line below the body, after one empty row, merged across the columns: what a totals row adds up. */
  readonly note?: string;
  /**
   * A headed paragraph below the body and its note, after one empty row (the 通报 under 区县汇总表): the heading bold,
   * the text wrapped across the table's width, each merged across the columns.
   */
  readonly closing?: { readonly heading: string; readonly text: string };
  /** Freeze the rows down to the header row (default true). */
  readonly freezeHeader?: boolean;
  /** An AutoFilter on the header row over the body rows. */
  readonly autoFilter?: boolean;
  /** Wrap the header cells' text. */
  readonly wrapHeader?: boolean;
  /** Align the header and body cells to the top of their rows (rows of wrapped text are taller than their neighbours). */
  readonly alignTop?: boolean;
  readonly print?: SheetPrintSetup;
  /** Protect the sheet without a password, so that only the unlocked cells can be typed in. */
  readonly protect?: boolean;
  /**
   * The body's last row is a totals row (合计): the AutoFilter ends above it, so that a sort or a filter never moves it
   * among the rows it adds up (`filterLastRow`).
   */
  readonly totalsRow?: boolean;
  /** Thin lines round every cell of the header and the body, so that the printed table has its rules. */
  readonly borders?: boolean;
}

/**
 * Body rows that fold into the row after them (Excel's outline: the summary row below its detail, as Excel puts it and
 * as Office.js can only make it), as 0-based indices into `rows`.
 */
export interface RowGroup {
  readonly first: number;
  readonly count: number;
  /** Shown folded: only the summary row after them is visible until the user opens the group. */
  readonly collapsed: boolean;
}

export interface SheetPlan {
  readonly key: OwnedSheetKey;
  /** The sheet name to use (already made unique against the user's own sheets). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Rows to show bold after the header, as 0-based indices into `rows` (e.g. a totals row). */
  readonly boldRows: readonly number[];
  readonly layout?: SheetLayout;
  /** Disjoint, in row order, none reaching the last row (each needs its summary row after it). */
  readonly rowGroups?: readonly RowGroup[];
  /**
   * Rows taller than one line (a wrapped header, a long task list), in sheet row numbers (title and header rows
   * included), in row order. Neither Excel nor LibreOffice fits a row to wrapped text when they open a file.
   */
  readonly rowHeights?: readonly RowHeight[];
  /** Cells of this sheet coloured as the task sheet's highlights are (进展汇总's 亮灯 by its light), A1 ranges. */
  readonly highlights?: readonly HighlightRule[];
}

export interface RowHeight {
  /** Sheet row number, 1-based. */
  readonly row: number;
  readonly points: number;
}

export interface WritePlan {
  readonly taskSheet: string;
  readonly highlights: readonly HighlightRule[];
  readonly sheets: readonly SheetPlan[];
}

// ---------------------------------------------------------------------------------------------------------------
// Seams between engine modules.

/** What the quota reader needs to know of units: the names to look for in prose, and whose they are. */
export interface UnitLexicon {
  /** Every spelling worth finding in task text (standard names, aliases, place names), longest first. */
  readonly names: readonly string[];
  /** The standard unit name for a spelling from `names`, or null. */
  standardOf(name: string): string | null;
}

/** Engine phases, in the order they run; progress and benchmarks speak of these. */
export type CheckPhase = 'locate' | 'units' | 'quotas' | 'deadlines' | 'findings' | 'summaries';

/**
 * How often a long check hands control back to its host (checkPhases yields between slices of rows). The engine has no
 * clock: a host that wants a time budget says through `shouldYield` when its time is up.
 */
export interface CheckPacing {
  /** Rows of work in one slice; default 500. */
  readonly sliceRows?: number;
  /** Asked after every slice: true when the host wants its turn now. Absent: a turn after every slice. */
  readonly shouldYield?: () => boolean;
}

export interface CheckProgress {
  readonly phase: CheckPhase;
  /** 0..1 over the whole check. */
  readonly fraction: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Progress: read from the table or merged from the units' returns, judged against the calendar (序时进度).

/** The supervision offices' lights: 红 overdue and not done, 黄 behind or due soon, 绿 on track, 已完成 closed off. */
export type ProgressLight = 'red' | 'yellow' | 'green' | 'done';

/** Lights in the order counts show them, worst first. */
export const PROGRESS_LIGHTS: readonly ProgressLight[] = ['red', 'yellow', 'green', 'done'];

/** The states a unit picks in its return (状态 drop-down). */
export type ReturnState = 'done' | 'ongoing' | 'lagging' | 'notStarted';

export const RETURN_STATES: readonly ReturnState[] = ['done', 'ongoing', 'lagging', 'notStarted'];

/** One progress column's text for a task (1-10月推进情况, 1-11月推进情况 …). */
export interface ProgressPeriodText {
  readonly column: string;
  readonly header: string;
  /** The month the column's period ends in (1-11月 → 11), 0 when the header names none. */
  readonly month: number;
  readonly text: string;
}

/** Target, actual and rate of a task, or of one unit or area of it. */
export interface ProgressFigure {
  /** The unit or area the figures are of; null: the task's own (its total). */
  readonly unit: string | null;
  readonly target: number | null;
  readonly actual: number | null;
  /** The rate as written, in percent; null when the table writes none. */
  readonly statedRate: number | null;
  /** actual ÷ target in percent, null without both. */
  readonly rate: number | null;
  /** An indicator to stay under (城镇登记失业率低于, 控制在…以内): meeting it is staying at or below the target. */
  readonly lowerIsBetter: boolean;
  /** The measure of target and actual (人, 元), '' where the table does not say. */
  readonly measure: string;
  readonly row: number;
  readonly columns: { readonly target: string | null; readonly actual: string | null; readonly rate: string | null };
}

export interface TaskProgress {
  /** The current period's text (several units' reports joined, in a merge). */
  readonly text: string;
  /** Every period column's text, in sheet order; empty for a merge. */
  readonly periods: readonly ProgressPeriodText[];
  /** The done words, a return's 已完成, 100%, or every target met. */
  readonly done: boolean;
  /** A percentage written in the text (完成全年任务的75%, 进度 65%), or actual ÷ target; null when none. */
  readonly percent: number | null;
  /** A stated lag (滞后, 未达序时进度, 是否达序：否): true; a stated 达序: false; null when the text says neither. */
  readonly lag: boolean | null;
  /** 未启动, 尚未开工. */
  readonly notStarted: boolean;
  readonly figures: readonly ProgressFigure[];
  readonly source: 'table' | 'returns';
}

/** One row of a unit's return, as read. */
export interface ReturnRow {
  /** Sheet row of the return (1-based). */
  readonly row: number;
  /** The hidden key that ties the row to its task, '' when the return lost it (retyped). */
  readonly key: string;
  readonly no: string;
  readonly text: string;
  readonly progress: string;
  /** The 状态 cell as written. */
  readonly state: string;
  readonly actual: number | null;
  /** The 计量单位 the actual is written in (万元), '' when none. */
  readonly measure: string;
  readonly problems: string;
  readonly nextSteps: string;
  /** A 完成值 written that is no number (八千万) or below zero: as written, its cell (J5); `actual` is then null. */
  readonly unreadableActual?: { readonly written: string; readonly cell: string; readonly negative: boolean };
}

/** A unit's return workbook as read: who sent it, for which period, its rows. */
export interface ReturnReport {
  /** The file it came from, as the host names it. */
  readonly file: string;
  readonly unit: string | null;
  /** `YYYY-MM` or `YYYY-Qn`, null when the return does not say. */
  readonly period: string | null;
  /** False when no return table was found in the file. */
  readonly recognized: boolean;
  /** The text above the return's header (its title), '' or absent when none. */
  readonly title?: string;
  readonly rows: readonly ReturnRow[];
}

export interface ProgressOptions {
  /** Percentage points a task may be behind 序时进度 before it is yellow. Default 0. */
  readonly tolerance?: number;
  /** `YYYY-MM` or `YYYY-Qn`: the period the returns are for. */
  readonly period?: string;
  /** The units' returns: their reports replace the table's progress column for the period. */
  readonly returns?: readonly ReturnReport[];
  /**
   * The tool's 进展汇总 sheet from an earlier merge: its earlier periods are kept; a check without returns judges with
   * the returns it holds for the period it was last merged for.
   */
  readonly history?: SheetGrid;
  /** Sort 单位进展排名 by completion rate (a league table) instead of the units' order. */
  readonly rankByCompletion?: boolean;
}

/** A unit's report on one task in a merge. */
export interface UnitReport {
  readonly unit: string;
  readonly role: 'lead' | 'support';
  readonly state: ReturnState | null;
  readonly text: string;
  readonly actual: number | null;
  readonly problems: string;
  readonly nextSteps: string;
  readonly file: string;
  /** Sheet row of the return. */
  readonly row: number;
  /** The period in which the unit reported its part 已完成, carried into this one ('' file and row 0 when it sent nothing now). */
  readonly closedIn?: string;
}

/** What a merge knows of one task: each unit's report, the earlier periods, what changed since the last one. */
export interface MergedTask {
  /** Sheet row of the task. */
  readonly row: number;
  readonly key: string;
  readonly reports: readonly UnitReport[];
  /** Earlier periods' summaries by period, as the 进展汇总 sheet kept them. */
  readonly history: Readonly<Record<string, string>>;
  /** This period's summary as the 进展汇总 sheet writes it. */
  readonly summary: string;
  /** What changed since the latest earlier period, null when there is none to compare with. */
  readonly change: ProgressChange | null;
}

export interface ProgressChange {
  /** The light of the earlier period, null when it had none. */
  readonly lightBefore: ProgressLight | null;
  /** The units' texts are the same as last time (copied forward). */
  readonly sameText: boolean;
}

export interface UnitProgress {
  readonly unit: string;
  readonly led: number;
  readonly done: number;
  readonly onSchedule: number;
  readonly behind: number;
  readonly overdue: number;
  readonly notReported: number;
  /** done ÷ led in percent. */
  readonly completionRate: number;
}

export interface ProgressReport {
  /** The period the returns were for; null where the table's own columns were read. */
  readonly period: string | null;
  readonly tolerance: number;
  /** The task-sheet column the lights are shown in (progress, else 序号), null where they are not (a target matrix). */
  readonly lightColumn: string | null;
  /** Tasks counted once (a task merged over several rows is one). */
  readonly total: number;
  readonly lights: Readonly<Record<ProgressLight | 'none', number>>;
  /** What 黄 holds: tasks behind schedule (the 通报's 滞后), and tasks due soon but on schedule (in its 序时推进). */
  readonly yellow?: { readonly behind: number; readonly dueSoon: number };
  /** Tasks counted as 序时推进 in the 通报 (neither done nor behind nor overdue). */
  readonly onSchedule: number;
  /** Tasks behind or overdue, in table order: the 通报's list. */
  readonly behind: readonly {
    readonly no: string;
    readonly row: number;
    readonly lead: readonly string[];
    /** The lead units behind on it, whom the 通报 names: in a merge those whose part is not closed, else every lead. */
    readonly lagging: readonly string[];
    readonly overdue: boolean;
  }[];
  readonly units: readonly UnitProgress[];
  /** Per task, in a merge. */
  readonly merged?: readonly MergedTask[];
  /** In a merge: the lead units that sent no return at all, in the order the table first names them. */
  readonly notReturned?: readonly string[];
  /** Earlier periods kept from the 进展汇总 sheet, newest first (the current one not among them). */
  readonly earlierPeriods?: readonly string[];
  /** The 通报 paragraph, in the result's language. */
  readonly bulletin: string;
  /**
   * A check without returns of a workbook holding 进展汇总: the sheet whose returns (of `period`, the one it was last
   * merged for) the progress was judged with.
   */
  readonly heldIn?: string;
  /** In a merge: the returned files merged, and those not merged (each says why in a finding), in the order given. */
  readonly mergedFiles?: readonly string[];
  readonly rejectedFiles?: readonly string[];
}
