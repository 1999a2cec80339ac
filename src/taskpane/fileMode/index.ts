// Entry of the file-mode chunk: the pane imports this module dynamically, which keeps the workbook file adapter out
// of the bundle that Excel loads.
import type { FileModeApi } from '../fileSession';
import { FileHost } from './fileHost';

export const fileMode: FileModeApi = {
  openWorkbook: (fileName, bytes) => FileHost.open(fileName, bytes, window.localStorage),
};
