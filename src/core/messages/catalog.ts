// The shape of one language's texts. Each language is a data table of this shape; code looks texts up, never builds
// sentences of its own.
import type { FindingFactsByCode } from '../findings/findingFacts';
import type { HostError, HostErrorCode } from '../host';
import type { FindingCode, FooterPiece, OwnedSheetKey, Severity, TaskState } from '../model';
import type { ProgressTexts } from './progressCatalog';

export interface FindingText<C extends FindingCode> {
  readonly message: (facts: FindingFactsByCode[C], format: AmountFormatter) => string;
  /** What to do; for unit findings it is the name to write instead. */
  readonly suggestion: (facts: FindingFactsByCode[C]) => string | null;
}

export type FindingTexts = { readonly [C in FindingCode]: FindingText<C> };

export type AmountFormatter = (amount: number, measure: string) => string;

/** A kind of finding (one per code) as lists grouped by kind name it. */
export interface FindingKindText {
  /** The kind in plain words: 单位写法不规范. */
  readonly name: string;
  /** How the kind's distinct findings are counted ("27 种写法"); null where each finding is a case of its own. */
  readonly distinct: ((count: number) => string) | null;
}

export type FindingKindTexts = { readonly [C in FindingCode]: FindingKindText };

/** Where a host error happened, as the host said it. */
export type HostErrorPlace = HostError['where'];

export interface Messages {
  readonly findings: FindingTexts;
  readonly formatAmount: AmountFormatter;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly state: Readonly<Record<TaskState, string>>;
  readonly role: Readonly<Record<'lead' | 'support', string>>;
  /** Joins task numbers and unit names in one cell. */
  readonly listSeparator: string;
  readonly sheetNames: Readonly<Record<OwnedSheetKey, string>>;
  readonly findingsHeaders: {
    readonly severity: string;
    /** The kind in plain words (findingKinds), the code itself in the last, narrow column. */
    readonly kind: string;
    readonly code: string;
    readonly cell: string;
    readonly count: string;
    readonly taskNo: string;
    readonly unit: string;
    readonly message: string;
    readonly suggestion: string;
  };
  /** A finding about a whole row (a repeated header), where a cell address would stand. */
  readonly findingRow: (row: number) => string;
  /** The summary row of a finding in several places: "C5 等 5 处". */
  readonly findingPlaces: (first: string, count: number) => string;
  /** Where a finding about the whole table would name a cell. */
  readonly wholeTable: string;
  /** The last row under a group of findings in more cells than it links one by one. */
  readonly placesNotListed: (count: number) => string;
  readonly districtHeaders: {
    readonly district: string;
    /** The first column's header where the table is a district's or county's and its summary lists towns. */
    readonly town: string;
    readonly leadCount: string;
    readonly leadTasks: string;
    readonly supportCount: string;
    readonly supportTasks: string;
    /** "任务8 消费帮扶（万元）": the task's number, a short name from its text, the unit its figures are in. */
    readonly quota: (taskNo: string, name: string, unit: string) => string;
    /** Used instead of one column per quota task when a table has too many quota tasks for columns. */
    readonly quotaTotal: (unit: string) => string;
    readonly overdue: string;
    readonly dueSoon: string;
    readonly totalRow: string;
    /**
     * Below the table: what the totals row adds up, for a summary of districts and counties or of towns; `someNotAdded`
     * where a quota column's shares (a rate, a ceiling) are not added up.
     */
    readonly totalsNote: (level: 'county' | 'town', someNotAdded?: boolean) => string;
    /** The summary's title after the plan's name, for a summary of districts and counties or of towns (the sheet keeps its name). */
    readonly title: (level: 'county' | 'town') => string;
    /** The line under a summary without places: no unit of the table is a place of that level. */
    readonly noPlaces: (level: 'county' | 'town') => string;
  };
  /** The unit a column's figures are shown in: a measure scaled by 1 (元), 10,000 (万元) or 100,000,000 (亿元). */
  readonly scaledMeasure: (measure: string, scale: number) => string;
  /** The line under a findings sheet without findings. */
  readonly noFindings: string;
  readonly unitTaskHeaders: {
    readonly unit: string;
    readonly category: string;
    readonly role: string;
    readonly taskNo: string;
    /** The task's text, whole in the cell and shown as far as the column reaches. */
    readonly task: string;
    readonly deadline: string;
    readonly due: string;
    readonly state: string;
  };
  /** The title block and page footer of every sheet the tool writes (core/plan/sheetLayout.ts). */
  readonly sheetTitle: {
    /** "2023年闽宁协作福州市重点工作分方案 区县汇总表". */
    readonly title: (plan: string, sheet: string) => string;
    /** "校验工作表“分工方案” · 2023 年度 · 截至 2023-11-20 · 生成于 2023-11-21 09:30"; `madeAt` null: left out. */
    /** planYear null: the table does not say its year (then the sheets do not state one). */
    readonly subtitle: (facts: { readonly sheet: string; readonly planYear: number | null; readonly asOf: string; readonly madeAt: string | null }) => string;
    /** The footer's page count: 第 1 页，共 3 页. */
    readonly page: readonly FooterPiece[];
  };
  /** The last row of a tool sheet that would pass Excel's row limit. */
  readonly rowsOmitted: (count: number) => string;
  readonly hostErrors: Readonly<Record<HostErrorCode, (where: HostErrorPlace) => string>>;
  /** One plain name per finding code, for every list grouped by kind (the pane, the CLI report, the findings sheet). */
  readonly findingKinds: FindingKindTexts;
  /** How many places a kind of finding occurs in: "127 处", "127 cells". */
  readonly places: (count: number) => string;
  /** Joins the parts of a kind's heading: 单位写法不规范 · 27 种写法 · 127 处. */
  readonly headingSeparator: string;
  /** The one word for each setting, used alike by the pane, the CLI and the sheets the tool writes. */
  readonly terms: {
    readonly planYear: string;
    readonly asOf: string;
    readonly taskState: string;
    /** "截至 2023-11-20", "as of 2023-11-20". */
    readonly asOfDate: (isoDate: string) => string;
    /** "2023 年度", "plan year 2023". */
    readonly planYearOf: (year: number) => string;
  };
  /** Lights, the return workbook, the 进展汇总 and 单位进展排名 sheets, the 通报. */
  readonly progress: ProgressTexts;
}
