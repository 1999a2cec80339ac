// The file-mode work, as the worker runs it: the same src/xlsx functions the command line uses, bytes in and bytes
// out, so the browser and the CLI write the same copy of the same file. Off the pane's thread, a long check never
// freezes the pane, and cancelling it is ending the worker.
import { columnLetter, localDateTime } from '../../core';
import { toIsoDate } from '../../core/dates/toIsoDate';
import { HostError } from '../../core/host';
import type { CellValue } from '../../core/model';
import { checkWorkbook, clearWorkbook, mergeReturnWorkbooks, openWorkbookFile, returnsArchive, writeReturnWorkbooks, type OpenedWorkbook } from '../../xlsx';
import type { CheckSettings } from '../../core/host';
import type { RevealedCell } from '../fileSession';
import type { WorkerAnswer, WorkerReply, WorkerRequest } from './workerProtocol';

export type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

/** The workbook last opened for row details, by the version of its bytes. */
let parsed: { readonly version: number; readonly workbook: OpenedWorkbook } | null = null;

/** A cell's value as the row shows it in the pane. */
function shownText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : toIsoDate(value);
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function rowCells(workbook: OpenedWorkbook, sheet: string, row: number): RevealedCell['cells'] {
  const grid = workbook.sheetGrid(sheet);
  const cells: { column: string; text: string }[] = [];
  if (grid === null) return cells;
  const index = row - (grid.firstRow ?? 1);
  (grid.grid[index] ?? []).forEach((value, i) => {
    const text = shownText(value);
    if (text.trim() !== '') cells.push({ column: columnLetter((grid.firstColumn ?? 1) + i), text });
  });
  return cells;
}

/** The table's settings as the workbook adapter takes them. */
function tableOptions(settings: CheckSettings) {
  return {
    ...(settings.sheet !== null ? { sheet: settings.sheet } : {}),
    ...(settings.planYear !== null ? { year: settings.planYear } : {}),
    dueSoonDays: settings.dueSoonDays,
    lang: settings.lang,
    ...(settings.progressTolerance !== undefined ? { progress: { tolerance: settings.progressTolerance } } : {}),
  };
}

async function answer(request: WorkerRequest, post: Post): Promise<{ answer: WorkerAnswer; transfer: Transferable[] }> {
  switch (request.type) {
    case 'open': {
      const opened = openWorkbookFile(request.bytes);
      return { answer: { sheets: opened.taskSheetCandidates, noTable: opened.tableNotFound() }, transfer: [] };
    }
    case 'check': {
      const { settings } = request;
      const { result, output } = await checkWorkbook(request.bytes, {
        ...tableOptions(settings),
        asOf: request.asOf,
        parts: request.parts,
        madeAt: localDateTime(),
        onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
      });
      return { answer: { result, output }, transfer: [output.buffer] };
    }
    case 'returns': {
      const { files } = await writeReturnWorkbooks(request.bytes, { ...tableOptions(request.settings), asOf: request.asOf, period: request.period });
      const archive = returnsArchive(files);
      return { answer: { archive, count: files.length }, transfer: [archive.buffer] };
    }
    case 'merge': {
      const { result, output } = await mergeReturnWorkbooks(request.bytes, request.returns, {
        ...tableOptions(request.settings),
        asOf: request.asOf,
        period: request.period,
        madeAt: localDateTime(),
        ...(request.settings.progressTolerance !== undefined ? { tolerance: request.settings.progressTolerance } : {}),
        onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
      });
      return { answer: { result, output }, transfer: [output.buffer] };
    }
    case 'clear': {
      const output = await clearWorkbook(request.bytes);
      return { answer: { output }, transfer: [output.buffer] };
    }
    case 'row': {
      if (parsed?.version !== request.version) parsed = { version: request.version, workbook: openWorkbookFile(request.bytes) };
      return { answer: { cells: rowCells(parsed.workbook, request.sheet, request.row) }, transfer: [] };
    }
  }
}

export async function serveRequest(request: WorkerRequest, post: Post): Promise<void> {
  try {
    const { answer: value, transfer } = await answer(request, post);
    post({ id: request.id, type: 'done', answer: value }, transfer);
  } catch (error) {
    // Anything else is a bug or a browser failure: its raw message would mean nothing to the user.
    const hostError = error instanceof HostError ? error : new HostError('UNEXPECTED');
    // Structured cloning keeps plain data (the no-table diagnosis is an object of lists), not the HostError class.
    post({ id: request.id, type: 'failed', failure: { code: hostError.code, where: { ...hostError.where } } });
  }
}
