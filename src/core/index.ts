// The engine's public API: hosts (CLI, workbook adapter, Office adapter, task pane) import from here only.
export * from './model';
export * from './host';
export { checkPhases, checkTaskTable, checkTaskTableAsync } from './checkTaskTable';
export { findTaskSheet, REGISTRY_SHEET_NAME } from './table/findTaskSheet';
export { locateTable } from './table/locateTable';
export { columnLetter, columnNumber } from './table/columnLetters';
export { planWorkbookOutput, type OutputOptions, type OutputPart } from './plan/planWorkbookOutput';
export { groupRepeatedFindings, worstFirst, type FindingGroup, type FindingPlace } from './plan/groupRepeatedFindings';
export { jsonReport, type JsonReport } from './jsonReport';
export { hostErrorMessage, messagesFor, DEFAULT_LANG } from './messages/messagesFor';
export { isGeneratedSheetName } from './messages/sheetNames';
export type { Messages } from './messages/catalog';
export { FINDING_SEVERITY } from './findings/severities';
export { excelSerialToDate } from './dates/excelSerialToDate';
export { toIsoDate } from './dates/toIsoDate';
export { parseIsoDate } from './dates/parseIsoDate';
export { HIGHLIGHT_COLORS, OWNED_SHEET_NAMES, highlightFormula, isOwnedHighlightFormula } from './plan/ownership';
