// The ExcelJS workbook adapter: runs in Node and in the browser, bytes in and bytes out.
export { applyWritePlan, clearOwned, type ApplyOptions } from './applyWritePlan';
export { checkWorkbook, clearWorkbook, type CheckedWorkbook, type CheckWorkbookOptions } from './checkWorkbook';
export { loadWorkbook, saveWorkbook } from './loadWorkbook';
export { ownedSheetNames } from './ownedSheets';
export { readSheet } from './readSheet';
export { candidateSheets, readSheets, type WorkbookGrids } from './readWorkbook';
export { unsupportedParts, type UnsupportedPart } from './unsupportedParts';
