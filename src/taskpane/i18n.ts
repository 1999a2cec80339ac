// Every string the pane shows, in one table per language, so that a translation is a data change and tests can look
// a label up instead of repeating it. Severity and state names come from core/messages, so that the pane and the
// sheets the tool writes use the same words.
import type { CheckPhase, Lang } from '../core/model';

const zhCN = {
  paneTitle: '任务分工表校验',
  starting: '正在启动……',
  outsideExcel: '本窗格正在 Excel 之外运行：请打开一个工作簿文件进行校验，文件只在本机处理。',
  openWorkbook: '打开工作簿',
  dropHint: '也可以把 .xlsx 文件拖放到这里。',
  openedFile: '已打开：{name}',
  noWorkbook: '尚未打开工作簿。',
  validate: '校验表格',
  summarize: '生成区县汇总表',
  clear: '清除标记',
  download: '下载校验结果',
  settings: '设置',
  planYear: '计划年度',
  planYearHint: '留空则从标题行或工作表名读取。',
  asOf: '校验基准日',
  asOfHint: '默认为今天。',
  dueSoonDays: '临近时限提醒天数',
  sheet: '校验的工作表',
  sheetAutoOffice: '当前工作表',
  sheetAutoFile: '第一张任务表',
  language: '语言',
  working: '正在处理……',
  phase_locate: '正在查找任务表……',
  phase_units: '正在识别责任单位……',
  phase_quotas: '正在核对任务指标……',
  phase_deadlines: '正在计算完成时限……',
  phase_findings: '正在整理问题……',
  phase_summaries: '正在生成汇总……',
  validated: '校验完成：发现 {count} 个问题。',
  summarized: '已生成区县汇总表和单位任务清单。',
  cleared: '已清除本工具写入的标记和工作表。',
  opened: '已打开 {name}，可以开始校验。',
  results: '校验结果',
  resultsFor: '工作表“{sheet}”，{year} 年度计划，基准日 {asOf}，共 {tasks} 项任务。',
  countItem: '{label}：{count}',
  bySeverity: '问题数量',
  byState: '任务状态',
  findings: '问题清单',
  noFindings: '未发现问题。',
  groupTask: '第 {no} 项（第 {row} 行）',
  groupRow: '第 {row} 行',
  groupTable: '整张表',
  suggestion: '建议：{text}',
  cellLabel: '单元格 {address}',
  details: '单元格详情',
  detailsEmpty: '点击问题清单中的一项，可在此查看该行内容。',
  errorTitle: '未能完成',
  badYear: '计划年度应为四位数字年份，例如 2023。',
  badDueSoon: '临近时限天数应为 0 到 365 之间的整数。',
  badAsOf: '校验基准日应为有效日期。',
} as const;

export type StringKey = keyof typeof zhCN;

const enUS: Record<StringKey, string> = {
  paneTitle: 'Task table check',
  starting: 'Starting…',
  outsideExcel: 'This pane is running outside Excel: open a workbook file to check it. The file is processed on this computer only.',
  openWorkbook: 'Open workbook',
  dropHint: 'You can also drop an .xlsx file here.',
  openedFile: 'Opened: {name}',
  noWorkbook: 'No workbook is open yet.',
  validate: 'Validate table',
  summarize: 'Generate district summary',
  clear: 'Clear marks',
  download: 'Download checked workbook',
  settings: 'Settings',
  planYear: 'Plan year',
  planYearHint: 'Leave empty to read it from the title rows or the sheet name.',
  asOf: 'As-of date',
  asOfHint: 'Defaults to today.',
  dueSoonDays: 'Due-soon window (days)',
  sheet: 'Sheet to check',
  sheetAutoOffice: 'Active sheet',
  sheetAutoFile: 'First task sheet',
  language: 'Language',
  working: 'Working…',
  phase_locate: 'Finding the task table…',
  phase_units: 'Recognising the responsible units…',
  phase_quotas: 'Checking the quotas…',
  phase_deadlines: 'Working out the deadlines…',
  phase_findings: 'Collecting the findings…',
  phase_summaries: 'Writing the summaries…',
  validated: 'Check finished: {count} findings.',
  summarized: 'District summary and unit task list written.',
  cleared: "The tool's marks and sheets were removed.",
  opened: '{name} is open and ready to check.',
  results: 'Results',
  resultsFor: 'Sheet "{sheet}", plan year {year}, as of {asOf}, {tasks} tasks.',
  countItem: '{label}: {count}',
  bySeverity: 'Findings',
  byState: 'Task states',
  findings: 'Findings by task',
  noFindings: 'No problems found.',
  groupTask: 'Task {no} (row {row})',
  groupRow: 'Row {row}',
  groupTable: 'Whole table',
  suggestion: 'Suggestion: {text}',
  cellLabel: 'Cell {address}',
  details: 'Cell details',
  detailsEmpty: 'Select a finding to see its row here.',
  errorTitle: 'Could not finish',
  badYear: 'The plan year must be a four-digit year such as 2023.',
  badDueSoon: 'The due-soon window must be a whole number of days from 0 to 365.',
  badAsOf: 'The as-of date must be a valid date.',
};

const STRINGS: Readonly<Record<Lang, Record<StringKey, string>>> = { 'zh-CN': zhCN, 'en-US': enUS };

export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '中文', 'en-US': 'English' };

export const PHASE_LABEL: Readonly<Record<CheckPhase, StringKey>> = {
  locate: 'phase_locate',
  units: 'phase_units',
  quotas: 'phase_quotas',
  deadlines: 'phase_deadlines',
  findings: 'phase_findings',
  summaries: 'phase_summaries',
};

/** The string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** English for any English locale (Office's displayLanguage, navigator.language), Chinese otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
