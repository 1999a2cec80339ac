// The shape of one language's progress texts: lights, the return workbook, the 进展汇总 and 单位进展排名 sheets, the
// 通报. Each language fills it in its own file (zhCNProgress.ts, enUSProgress.ts).
import type { ProgressLight, ReturnState } from '../model';

export interface BulletinFacts {
  /** `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly planYear: number;
  readonly total: number;
  readonly done: number;
  readonly onSchedule: number;
  /** Of those on schedule, the ones due soon (lit 黄). */
  readonly dueSoon: number;
  /** Each task behind, with the lead units behind on it. */
  readonly behind: readonly { readonly no: string; readonly lagging: readonly string[]; readonly overdue: boolean }[];
}

export interface ChangeFacts {
  readonly lightBefore: ProgressLight | null;
  readonly lightNow: ProgressLight | null;
  readonly sameText: boolean;
}

export interface ProgressTexts {
  /** 红 / 黄 / 绿 / 已完成; 'none' for a task without a light. */
  readonly light: Readonly<Record<ProgressLight | 'none', string>>;
  /** The 状态 drop-down's values, as the return workbook writes them. */
  readonly returnState: Readonly<Record<ReturnState, string>>;
  /** 2023年11月, 2023年第三季度. */
  readonly periodLabel: (period: string) => string;
  readonly returnTitle: (period: string, unit: string) => string;
  /** A file name without a folder (the unit's name may hold characters a file system refuses: the host cleans it). */
  readonly returnFileName: (period: string, unit: string) => string;
  readonly returnsArchiveName: (period: string) => string;
  readonly returnSheetName: string;
  readonly returnHeaders: {
    readonly key: string;
    readonly no: string;
    readonly task: string;
    readonly role: string;
    readonly lead: string;
    readonly support: string;
    readonly deadline: string;
    readonly target: string;
    readonly measure: string;
    readonly progress: string;
    readonly actual: string;
    readonly state: string;
    readonly problems: string;
    readonly nextSteps: string;
  };
  /** What a return shows where a task carries no target for the unit. */
  readonly noTarget: string;
  readonly progressHeaders: {
    readonly key: string;
    readonly no: string;
    readonly task: string;
    readonly lead: string;
    readonly deadline: string;
    readonly expected: string;
    readonly light: string;
    readonly figures: string;
    readonly problems: string;
    readonly nextSteps: string;
    readonly change: string;
    /** The column of one period's reports: "2023-11 进展". */
    readonly period: (period: string) => string;
  };
  readonly unitProgressHeaders: {
    readonly unit: string;
    readonly led: string;
    readonly done: string;
    readonly onSchedule: string;
    readonly behind: string;
    readonly overdue: string;
    readonly notReported: string;
    readonly completionRate: string;
  };
  /** One unit's report in a 进展汇总 cell: "市人社局（推进中）：……". */
  readonly reportLine: (unit: string, state: string | null, text: string) => string;
  /** 进展汇总's note: what each light means. */
  readonly lightLegend: string;
  /** A lead unit that sent nothing for the task. */
  readonly notReported: string;
  /** The line of a lead that closed its part in an earlier period and sent nothing now: "2023年11月已报完成". */
  readonly closedIn: (period: string) => string;
  /** 黄→绿；进展与上期相同. '' when nothing changed. */
  readonly change: (facts: ChangeFacts) => string;
  readonly figures: (actual: number | null, target: number | null) => string;
  readonly bulletinTitle: string;
  readonly bulletin: (facts: BulletinFacts) => string;
  /** The sheet title of 进展汇总: "2023年11月 重点任务进展汇总". */
  readonly progressTitle: (period: string | null) => string;
  readonly unitProgressTitle: (period: string | null) => string;
  /** Under 单位进展排名's totals: they count a co-led task once per lead. */
  readonly unitTotalsNote: (tasks: number) => string;
}
