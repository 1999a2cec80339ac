// The Office.js adapter's public face, for the task pane and the ribbon commands.
export { createOfficeHost } from './officeHost';
export { langOfDisplayLanguage } from './officeLang';
export type { OfficeRuntime } from './officeRuntime';
