// The command line's own texts (its report layout, help and option problems), one table per language. Finding
// messages, states, severities and host errors come from core/messages.
import { countOf, formatCount, messagesFor, type Lang } from '../core';
import type { OptionProblem } from './args';

export interface CliMessages {
  readonly help: string;
  readonly option: Readonly<Record<OptionProblem, (option: string, value: string) => string>>;
  readonly report: {
    /** `yearFromAsOf`: the table names no year, so the plan year is the as-of date's, and the heading says so. */
    readonly heading: (sheet: string, asOf: string, planYear: number, yearFromAsOf: boolean) => string;
    readonly tasks: (count: number) => string;
    readonly bySeverity: string;
    /** After bySeverity when there are no findings. */
    readonly none: string;
    readonly byState: string;
    readonly findings: string;
    readonly noFindings: string;
    /** Said instead of the task states when the table has no deadline column. */
    readonly noDeadlineColumn: string;
    /** The examples of a kind not shown. */
    readonly more: (count: number) => string;
    readonly wholeTable: string;
    /** The first place of a repeated finding and how many others share its message. */
    readonly andMore: (first: string, others: number) => string;
    readonly suggestion: (text: string) => string;
    readonly written: (path: string) => string;
    readonly countSeparator: string;
    /** The returns written into a folder. */
    readonly returnsWritten: (count: number, dir: string) => string;
    /** The returns merged, those not merged, and the lead units from which none came. */
    readonly merged: (files: number, rejected: readonly string[], missing: readonly string[]) => string;
    /** Said for --bulletin on a table that reports no progress. */
    readonly noProgress: string;
    /** Said for --rank on a table that reports no progress: there is no 单位进展排名 to sort. */
    readonly noRanking: string;
    readonly byLight: string;
    /** After the count of 黄: what it holds, behind schedule and due soon (the parts that are not 0). */
    readonly yellowHolds: (behind: number, dueSoon: number) => string;
    /** Tasks without a light (open-ended ones). */
    readonly noLight: (count: number) => string;
    /** Said when today is past the plan year and no --as-of was given. */
    readonly planYearOver: (year: number, overdue: number, yearEnd: string) => string;
    /** Returns written or merged for a period after the plan year. */
    readonly periodPastPlanYear: (period: string, year: number, asOf: string, overdue: number) => string;
    /** A check judged with the returns the tool's progress sheet holds. */
    readonly heldProgress: (sheet: string, period: string) => string;
  };
  readonly progress: string;
  readonly unexpected: (detail: string) => string;
}

const ZH = messagesFor('zh-CN');
const EN = messagesFor('en-US');

const HELP_ZH = `用法:
  task-check <工作簿.xlsx> [--sheet 工作表] [--year 年份] [--as-of YYYY-MM-DD] [--due-soon 天数]
             [--tolerance 百分点] [--lang zh-CN|en-US] [--out 输出.xlsx] [--json] [--bulletin] [--rank]
  task-check clear <工作簿.xlsx> --out <输出.xlsx>
  task-check returns <工作簿.xlsx> --period 2023-11 --out-dir <文件夹>
  task-check merge <工作簿.xlsx> <报送表.xlsx…> --period 2023-11 --out <输出.xlsx> [--tolerance 百分点] [--bulletin] [--rank]

校验重点工作任务分工表：单位名称、配额、完成时限、进展（序时进度、亮灯）。
  --sheet     要校验的工作表（默认：第一个含任务表的工作表）
  --year      计划年度（默认：取自标题行或工作表名）
  --as-of     截至日期：按哪一天判断逾期（默认：今天）
  --due-soon  多少天内到期算“临近时限”（默认：15）
  --lang      报告语言（默认：zh-CN；环境变量 LC_ALL 或 LANG 以 en 开头时为 en-US）
  --out       另存一份带标注、问题清单、区县汇总和单位任务清单的工作簿（不覆盖原文件）
  --json      只输出一份 JSON 报告
  --tolerance 落后序时进度多少个百分点以内仍算序时推进（默认：0）
  --bulletin  在报告后输出进展通报
  --rank      单位进展排名按完成率排序（默认按单位顺序）
  clear       去掉本工具写入的标注和工作表，另存为 --out
  returns     为每个牵头单位生成一份进展报送表（--period 报送期次：2023-11 或 2023-Q3），存入 --out-dir
  merge       把各单位交回的报送表合并到分工方案，写入进展汇总、单位进展排名和通报，另存为 --out
退出码：0 已完成校验（无论是否发现问题）；2 输入或参数有误；1 意外错误。
`;

const HELP_EN = `Usage:
  task-check <workbook.xlsx> [--sheet NAME] [--year YYYY] [--as-of YYYY-MM-DD] [--due-soon DAYS]
             [--tolerance POINTS] [--lang zh-CN|en-US] [--out FILE.xlsx] [--json] [--bulletin] [--rank]
  task-check clear <workbook.xlsx> --out <FILE.xlsx>
  task-check returns <workbook.xlsx> --period 2023-11 --out-dir <FOLDER>
  task-check merge <workbook.xlsx> <return.xlsx…> --period 2023-11 --out <FILE.xlsx> [--tolerance POINTS] [--bulletin] [--rank]

Checks a task allocation table (重点工作任务分工方案): unit names, quotas, deadlines and progress (序时进度, lights).
  --sheet     the sheet to check (default: the first sheet holding a task table)
  --year      the plan year (default: from the title rows or the sheet name)
  --as-of     the as-of date: the day to judge deadlines against (default: today)
  --due-soon  days before a deadline that count as due soon (default: 15)
  --lang      report language (default: zh-CN; en-US when LC_ALL or LANG starts with "en")
  --out       save a checked copy with highlights, findings, district summary and unit task list (never the input)
  --json      print one JSON report and nothing else
  --tolerance percentage points behind 序时进度 that still count as on schedule (default: 0)
  --bulletin  print the progress bulletin (通报) after the report
  --rank      the units' progress (单位进展排名) by completion rate (default: in the units' order)
  clear       remove what this tool wrote, saving the result as --out
  returns     write one progress return workbook per lead unit (--period: 2023-11 or 2023-Q3) into --out-dir
  merge       merge the units' returns into the table: progress summary, units' progress and bulletin, saved as --out
Exit codes: 0 the check ran (whatever it found); 2 bad input or option; 1 unexpected error.
`;

const ZH_CN: CliMessages = {
  help: HELP_ZH,
  option: {
    missingInput: () => '请指定要校验的工作簿文件，例如：task-check 分工方案.xlsx（用法见 task-check --help）。',
    missingOut: (_option, value) => `${value || 'clear'} 需要用 --out 指定输出文件。`,
    missingValue: (option) => `参数 ${option} 缺少取值。`,
    unknownOption: (option) => `不认识的参数 ${option}（用法见 task-check --help）。`,
    extraArgument: (_option, value) => `多余的参数“${value}”：一次只能校验一个工作簿。`,
    badDate: (option, value) => `${option} 的取值“${value}”不是有效日期，应为 YYYY-MM-DD，例如 2023-11-30。`,
    badYear: (option, value) => `${option} 的取值“${value}”不是有效年份，应为四位数字，例如 2023。`,
    badDays: (option, value) => `${option} 的取值“${value}”无效，应为不小于 0 的整数天数。`,
    badLang: (option, value) => `${option} 的取值“${value}”无效，应为 zh-CN 或 en-US。`,
    outNotXlsm: (option, value) => `输入的工作簿含宏，${option} 的输出文件“${value}”应以 .xlsm 结尾，否则 Excel 无法打开。`,
    outXlsmWithoutMacros: (option, value) => `输入的工作簿不含宏，${option} 的输出文件“${value}”应以 .xlsx 结尾，否则 Excel 无法打开。`,
    missingPeriod: (option) => `${option} 需要用 --period 指定报送期次，例如 --period 2023-11（月）或 --period 2023-Q3（季度）。`,
    badPeriod: (option, value) => `${option} 的取值“${value}”不是有效期次，应为 YYYY-MM（如 2023-11）或 YYYY-Qn（如 2023-Q3）。`,
    missingOutDir: () => 'returns 需要用 --out-dir 指定存放报送表的文件夹。',
    badTolerance: (option, value) => `${option} 的取值“${value}”无效，应为 0 到 100 之间的百分点数。`,
    missingReturns: () => 'merge 需要在分工方案之后列出各单位交回的报送表文件。',
  },
  report: {
    heading: (sheet, asOf, planYear, yearFromAsOf) =>
      `工作表“${sheet}”（${ZH.terms.planYear} ${planYear}${yearFromAsOf ? '（表中未写年度，按截至日期）' : ''}，${ZH.terms.asOfDate(asOf)}）`,
    tasks: (count) => `任务 ${formatCount(count)} 项`,
    bySeverity: '问题：',
    none: '无',
    byState: `${ZH.terms.taskState}：`,
    findings: '问题清单（按类别，错误在前）：',
    noFindings: '未发现问题。',
    noDeadlineColumn: `${ZH.terms.taskState}：表中没有完成时限列，无法判断。`,
    more: (count) => `……另有 ${formatCount(count)} 条`,
    wholeTable: '全表',
    andMore: (first, others) => `${first} 等 ${formatCount(others + 1)} 处`,
    suggestion: (text) => `建议：${text}`,
    written: (path) => `已另存校验结果：${path}`,
    countSeparator: '，',
    returnsWritten: (count, dir) => `已生成 ${formatCount(count)} 份进展报送表：${dir}`,
    merged: (files, rejected, missing) =>
      `已合并报送表 ${formatCount(files)} 份${rejected.length > 0 ? `；未合并 ${formatCount(rejected.length)} 份（${rejected.join('、')}，原因见问题清单）` : ''}${missing.length > 0 ? `；未报送的单位：${missing.join('、')}` : '；各牵头单位均已报送'}。`,
    noProgress: '表中没有进展情况，无法通报。',
    noRanking: '表中没有进展情况，没有单位进展排名可按完成率排序（--rank）。',
    byLight: '亮灯：',
    yellowHolds: (behind, dueSoon) => `（${[behind > 0 ? `滞后 ${formatCount(behind)}` : '', dueSoon > 0 ? `临近时限 ${formatCount(dueSoon)}` : ''].filter((p) => p !== '').join('，')}）`,
    noLight: (count) => `不亮灯 ${formatCount(count)}`,
    planYearOver: (year, overdue, yearEnd) => `计划年度 ${year} 已结束：按今天判断，${formatCount(overdue)} 项逾期或亮红灯。要按年底判断，请加 --as-of ${yearEnd}。`,
    heldProgress: (sheet, period) => `进展按“${sheet}”中 ${period} 期已合并的报送情况判断。`,
    periodPastPlanYear: (period, year, asOf, overdue) => `报送期次 ${period} 在计划年度 ${year} 之后：截至 ${asOf}，${formatCount(overdue)} 项逾期或亮红灯。要按年底判断，请用 --period ${year}-12。`,
  },
  progress: '校验中',
  unexpected: (detail) => `发生意外错误：${detail}`,
};

const EN_US: CliMessages = {
  help: HELP_EN,
  option: {
    missingInput: () => 'Name the workbook to check, e.g. task-check plan.xlsx (see task-check --help).',
    missingOut: (_option, value) => `${value || 'clear'} needs --out with the file to write.`,
    missingValue: (option) => `The option ${option} needs a value.`,
    unknownOption: (option) => `Unknown option ${option} (see task-check --help).`,
    extraArgument: (_option, value) => `Extra argument "${value}": one workbook at a time.`,
    badDate: (option, value) => `${option} "${value}" is not a valid date; write YYYY-MM-DD, e.g. 2023-11-30.`,
    badYear: (option, value) => `${option} "${value}" is not a valid year; write four digits, e.g. 2023.`,
    badDays: (option, value) => `${option} "${value}" is not valid; write a whole number of days, 0 or more.`,
    badLang: (option, value) => `${option} "${value}" is not valid; use zh-CN or en-US.`,
    outNotXlsm: (option, value) => `The workbook holds macros: the ${option} file "${value}" must end in .xlsm, or Excel cannot open it.`,
    outXlsmWithoutMacros: (option, value) => `The workbook holds no macros: the ${option} file "${value}" must end in .xlsx, or Excel cannot open it.`,
    missingPeriod: (option) => `${option} needs --period with the period of the returns, e.g. --period 2023-11 (a month) or --period 2023-Q3 (a quarter).`,
    badPeriod: (option, value) => `${option} "${value}" is not a period; write YYYY-MM (2023-11) or YYYY-Qn (2023-Q3).`,
    missingOutDir: () => 'returns needs --out-dir with the folder to write the returns into.',
    badTolerance: (option, value) => `${option} "${value}" is not valid; write percentage points from 0 to 100.`,
    missingReturns: () => 'merge needs the returned files after the table.',
  },
  report: {
    heading: (sheet, asOf, planYear, yearFromAsOf) =>
      `Sheet "${sheet}" (${EN.terms.planYearOf(planYear)}${yearFromAsOf ? ' (the table names no year: the as-of year)' : ''}, ${EN.terms.asOfDate(asOf)})`,
    tasks: (count) => countOf(count, 'task', 'tasks'),
    bySeverity: 'Findings: ',
    none: 'none',
    byState: `${EN.terms.taskState}s: `,
    findings: 'Findings by kind, errors first:',
    noFindings: 'No findings.',
    noDeadlineColumn: `${EN.terms.taskState}s: none, the table has no deadline column.`,
    more: (count) => `… and ${formatCount(count)} more`,
    wholeTable: 'table',
    andMore: (first, others) => `${first} and ${formatCount(others)} more`,
    suggestion: (text) => `suggestion: ${text}`,
    written: (path) => `Checked copy saved: ${path}`,
    countSeparator: ', ',
    returnsWritten: (count, dir) => `${countOf(count, 'return', 'returns')} written to ${dir}`,
    merged: (files, rejected, missing) =>
      `${countOf(files, 'return', 'returns')} merged${rejected.length > 0 ? `; ${formatCount(rejected.length)} not merged (${rejected.join(', ')}: see the findings)` : ''}${missing.length > 0 ? `; no return from: ${missing.join(', ')}` : '; every lead unit returned'}.`,
    noProgress: 'The table reports no progress: no bulletin.',
    noRanking: 'The table reports no progress: there is no units’ progress to sort (--rank).',
    byLight: 'Lights: ',
    yellowHolds: (behind, dueSoon) => ` (${[behind > 0 ? `behind ${formatCount(behind)}` : '', dueSoon > 0 ? `due soon ${formatCount(dueSoon)}` : ''].filter((p) => p !== '').join(', ')})`,
    noLight: (count) => `no light ${formatCount(count)}`,
    planYearOver: (year, overdue, yearEnd) => `Plan year ${year} is over: judged by today, ${formatCount(overdue)} overdue or red. To judge by the year's end, add --as-of ${yearEnd}.`,
    heldProgress: (sheet, period) => `Progress judged by the returns merged for ${period}, as "${sheet}" holds them.`,
    periodPastPlanYear: (period, year, asOf, overdue) => `The period ${period} is after plan year ${year}: as of ${asOf}, ${formatCount(overdue)} overdue or red. To judge by the year's end, use --period ${year}-12.`,
  },
  progress: 'Checking',
  unexpected: (detail) => `Unexpected error: ${detail}`,
};

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { 'zh-CN': ZH_CN, 'en-US': EN_US };
