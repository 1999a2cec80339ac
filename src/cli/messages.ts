// The command line's own texts (its report layout, help and option problems), one table per language. Finding
// messages, states, severities and host errors come from core/messages.
import { countOf, formatCount, messagesFor, type Lang } from '../core';
import type { OptionProblem } from './args';

export interface CliMessages {
  readonly help: string;
  readonly option: Readonly<Record<OptionProblem, (option: string, value: string) => string>>;
  readonly report: {
    readonly heading: (sheet: string, asOf: string, planYear: number) => string;
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
  };
  readonly progress: string;
  readonly unexpected: (detail: string) => string;
}

const ZH = messagesFor('zh-CN');
const EN = messagesFor('en-US');

const HELP_ZH = `用法:
  task-check <工作簿.xlsx> [--sheet 工作表] [--year 年份] [--as-of YYYY-MM-DD] [--due-soon 天数]
             [--lang zh-CN|en-US] [--out 输出.xlsx] [--json]
  task-check clear <工作簿.xlsx> --out <输出.xlsx>

校验重点工作任务分工表：单位名称、配额、完成时限。
  --sheet     要校验的工作表（默认：第一个含任务表的工作表）
  --year      计划年度（默认：取自标题行或工作表名）
  --as-of     截至日期：按哪一天判断逾期（默认：今天）
  --due-soon  多少天内到期算“临近时限”（默认：15）
  --lang      报告语言（默认：zh-CN；环境变量 LC_ALL 或 LANG 以 en 开头时为 en-US）
  --out       另存一份带标注、问题清单、区县汇总和单位任务清单的工作簿（不覆盖原文件）
  --json      只输出一份 JSON 报告
  clear       去掉本工具写入的标注和工作表，另存为 --out
退出码：0 已完成校验（无论是否发现问题）；2 输入或参数有误；1 意外错误。
`;

const HELP_EN = `Usage:
  task-check <workbook.xlsx> [--sheet NAME] [--year YYYY] [--as-of YYYY-MM-DD] [--due-soon DAYS]
             [--lang zh-CN|en-US] [--out FILE.xlsx] [--json]
  task-check clear <workbook.xlsx> --out <FILE.xlsx>

Checks a task allocation table (重点工作任务分工方案): unit names, quotas and deadlines.
  --sheet     the sheet to check (default: the first sheet holding a task table)
  --year      the plan year (default: from the title rows or the sheet name)
  --as-of     the as-of date: the day to judge deadlines against (default: today)
  --due-soon  days before a deadline that count as due soon (default: 15)
  --lang      report language (default: zh-CN; en-US when LC_ALL or LANG starts with "en")
  --out       save a checked copy with highlights, findings, district summary and unit task list (never the input)
  --json      print one JSON report and nothing else
  clear       remove what this tool wrote, saving the result as --out
Exit codes: 0 the check ran (whatever it found); 2 bad input or option; 1 unexpected error.
`;

const ZH_CN: CliMessages = {
  help: HELP_ZH,
  option: {
    missingInput: () => '请指定要校验的工作簿文件，例如：task-check 分工方案.xlsx（用法见 task-check --help）。',
    missingOut: () => 'clear 需要用 --out 指定输出文件。',
    missingValue: (option) => `参数 ${option} 缺少取值。`,
    unknownOption: (option) => `不认识的参数 ${option}（用法见 task-check --help）。`,
    extraArgument: (_option, value) => `多余的参数“${value}”：一次只能校验一个工作簿。`,
    badDate: (option, value) => `${option} 的取值“${value}”不是有效日期，应为 YYYY-MM-DD，例如 2023-11-30。`,
    badYear: (option, value) => `${option} 的取值“${value}”不是有效年份，应为四位数字，例如 2023。`,
    badDays: (option, value) => `${option} 的取值“${value}”无效，应为不小于 0 的整数天数。`,
    badLang: (option, value) => `${option} 的取值“${value}”无效，应为 zh-CN 或 en-US。`,
    outNotXlsm: (option, value) => `输入的工作簿含宏，${option} 的输出文件“${value}”应以 .xlsm 结尾，否则 Excel 无法打开。`,
  },
  report: {
    heading: (sheet, asOf, planYear) => `工作表“${sheet}”（${ZH.terms.planYear} ${planYear}，${ZH.terms.asOfDate(asOf)}）`,
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
  },
  progress: '校验中',
  unexpected: (detail) => `发生意外错误：${detail}`,
};

const EN_US: CliMessages = {
  help: HELP_EN,
  option: {
    missingInput: () => 'Name the workbook to check, e.g. task-check plan.xlsx (see task-check --help).',
    missingOut: () => 'clear needs --out with the file to write.',
    missingValue: (option) => `The option ${option} needs a value.`,
    unknownOption: (option) => `Unknown option ${option} (see task-check --help).`,
    extraArgument: (_option, value) => `Extra argument "${value}": one workbook at a time.`,
    badDate: (option, value) => `${option} "${value}" is not a valid date; write YYYY-MM-DD, e.g. 2023-11-30.`,
    badYear: (option, value) => `${option} "${value}" is not a valid year; write four digits, e.g. 2023.`,
    badDays: (option, value) => `${option} "${value}" is not valid; write a whole number of days, 0 or more.`,
    badLang: (option, value) => `${option} "${value}" is not valid; use zh-CN or en-US.`,
    outNotXlsm: (option, value) => `The workbook holds macros: the ${option} file "${value}" must end in .xlsm, or Excel cannot open it.`,
  },
  report: {
    heading: (sheet, asOf, planYear) => `Sheet "${sheet}" (${EN.terms.planYearOf(planYear)}, ${EN.terms.asOfDate(asOf)})`,
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
  },
  progress: 'Checking',
  unexpected: (detail) => `Unexpected error: ${detail}`,
};

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { 'zh-CN': ZH_CN, 'en-US': EN_US };
