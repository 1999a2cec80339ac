// The workbook file adapter: runs in Node and in the browser, bytes in and bytes out. It reads what the check needs
// with a streaming XML reader over the zip, and writes a checked copy as the input package plus the tool's parts.
export {
  checkAndSummarizeWorkbook,
  checkWorkbook,
  checkWorkbookTable,
  clearWorkbook,
  type CheckedWorkbook,
  type CheckWorkbookOptions,
  type SummarizedWorkbook,
} from './checkWorkbook';
export { openWorkbookFile, type OpenedWorkbook } from './openedWorkbook';
export type { NativeCompression } from './zip/writeZip';
export { mergeReturnWorkbooks, readReturnWorkbook, returnsArchive, safeFileName, writeReturnWorkbooks, type ReturnFile, type WrittenReturns } from './progressReturns';
