// The file-mode work, as the worker runs it: the same src/xlsx functions the command line uses, bytes in and bytes
// out, so the browser and the CLI write the same copy of the same file. Off the pane's thread, a long check never
// freezes the pane, and cancelling it is ending the worker.
import type * as ExcelJS from 'exceljs';
import { HostError } from '../../core/host';
import { checkWorkbook, clearWorkbook, loadWorkbook, readSheets, unsupportedParts } from '../../xlsx';
import type { RevealedCell } from '../fileSession';
import type { WorkerAnswer, WorkerReply, WorkerRequest } from './workerProtocol';

export type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

/** The workbook last parsed for row details, by the version of its bytes. */
let parsed: { readonly version: number; readonly workbook: Promise<ExcelJS.Workbook> } | null = null;

function rowCells(workbook: ExcelJS.Workbook, sheet: string, row: number): RevealedCell['cells'] {
  const cells: { column: string; text: string }[] = [];
  workbook.getWorksheet(sheet)?.getRow(row).eachCell({ includeEmpty: false }, (cell) => {
    const text = cell.text;
    if (text.trim() !== '') cells.push({ column: cell.address.replace(/\d+$/, ''), text });
  });
  return cells;
}

async function answer(request: WorkerRequest, post: Post): Promise<{ answer: WorkerAnswer; transfer: Transferable[] }> {
  switch (request.type) {
    case 'open': {
      const workbook = await loadWorkbook(request.bytes);
      return { answer: { sheets: readSheets(workbook).candidates.map((grid) => grid.name), lacksInCopy: unsupportedParts(request.bytes) }, transfer: [] };
    }
    case 'check': {
      const { settings } = request;
      const { result, output } = await checkWorkbook(request.bytes, {
        ...(settings.sheet !== null ? { sheet: settings.sheet } : {}),
        ...(settings.planYear !== null ? { year: settings.planYear } : {}),
        asOf: request.asOf,
        dueSoonDays: settings.dueSoonDays,
        lang: settings.lang,
        parts: request.parts,
        onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
      });
      return { answer: { result, output }, transfer: [output.buffer] };
    }
    case 'clear': {
      const output = await clearWorkbook(request.bytes);
      return { answer: { output }, transfer: [output.buffer] };
    }
    case 'row': {
      if (parsed?.version !== request.version) parsed = { version: request.version, workbook: loadWorkbook(request.bytes) };
      return { answer: { cells: rowCells(await parsed.workbook, request.sheet, request.row) }, transfer: [] };
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
    const where: Record<string, string> = {};
    for (const [key, value] of Object.entries(hostError.where)) if (typeof value === 'string') where[key] = value;
    post({ id: request.id, type: 'failed', failure: { code: hostError.code, where } });
  }
}
