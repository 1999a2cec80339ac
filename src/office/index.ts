// The Office.js adapter's public face, for the task pane and the ribbon commands. The engine's few ES2019 methods
// come first, for EdgeHTML 18 (polyfills.ts).
import './polyfills';
export { createOfficeHost } from './officeHost';
export { langOfDisplayLanguage } from './officeLang';
export type { OfficeRuntime } from './officeRuntime';
