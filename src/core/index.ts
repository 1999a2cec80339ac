// The engine's public API: hosts (CLI, workbook adapter, Office adapter, task pane) import from here only.
export * from './model';
export * from './host';
export { checkPhases, checkTaskTable, checkTaskTableAsync } from './checkTaskTable';
export { findTaskSheet, REGISTRY_SHEET_NAME } from './table/findTaskSheet';
export { locateTable } from './table/locateTable';
export { tableNotFoundWhere } from './findings/tableFindings';
export { countTasks, taskStateCounts } from './summaries/taskCounts';
export { periodPastPlanYear, planYearOver, type PlanYearOver } from './summaries/planYearOver';
export { columnLetter, columnNumber } from './table/columnLetters';
export { BUTTON_PARTS, planWorkbookOutput, planWorkbookOutputSteps, type OutputOptions, type OutputPart } from './plan/planWorkbookOutput';
export {
  groupFindings,
  groupFindingsByKind,
  groupRepeatedFindings,
  worstFirst,
  type FindingGroup,
  type FindingKind,
  type FindingPlace,
  type GroupedFindingKind,
} from './plan/groupRepeatedFindings';
export { kindHeading } from './messages/kindHeading';
export { countOf, formatCount } from './messages/formatCount';
export { jsonReport, type JsonReport } from './jsonReport';
export { hostErrorMessage, messagesFor, DEFAULT_LANG } from './messages/messagesFor';
export { isGeneratedSheetName } from './messages/sheetNames';
export type { Messages } from './messages/catalog';
export { FINDING_SEVERITY } from './findings/severities';
export { excelSerialToDate } from './dates/excelSerialToDate';
export { isDateFormat } from './dates/isDateFormat';
export { toIsoDate } from './dates/toIsoDate';
export { parseIsoDate } from './dates/parseIsoDate';
export { localIsoDate } from './dates/localIsoDate';
export { localDateTime } from './dates/localDateTime';
export { quoteSheetName, sheetNameOfReference } from './plan/sheetReferences';
export { footerCode, footerSectionCode } from './plan/footerCodes';
export { filterLastRow, headerRowOf, rowsBelowBody } from './plan/sheetLayout';
export { HIGHLIGHT_COLORS, MARKS_DEFINED_NAMES, OWNED_SHEET_NAMES, highlightFormula, isOwnedHighlightFormula } from './plan/ownership';
export { RETURN_IDENTITY_NAME } from './plan/ownership';
export { planReturnWorkbooks, type ReturnWorkbookPlan } from './plan/returnWorkbooks';
export { readReturn } from './progress/readReturn';
export { parsePeriod, formatPeriod, periodEnd, returnsAsOf } from './progress/period';
export { tableSearch, type TableSearch } from './table/findTaskSheet';
