// An OfficeRuntime over the fake workbook: Excel.run becomes a call with the fake's context, and the workbook's
// settings bag is an in-memory map (office.js keeps it in the document the same way, saved by saveAsync).
import { MAX_REQUEST_BYTES, type DocumentSettings, type OfficeRuntime } from '../../src/office/officeRuntime';
import type { FakeExcel } from './fakeExcel';

export interface MemorySettings extends DocumentSettings {
  readonly saved: Map<string, unknown>;
}

export function memorySettings(initial: Record<string, unknown> = {}): MemorySettings {
  const pending = new Map<string, unknown>(Object.entries(initial));
  const saved = new Map<string, unknown>(pending);
  return {
    saved,
    get: (name) => pending.get(name),
    set: (name, value) => {
      pending.set(name, value);
    },
    save: async () => {
      for (const [name, value] of pending) saved.set(name, value);
    },
  };
}

export function fakeRuntime(excel: FakeExcel, options: { maxRequestBytes?: number; settings?: DocumentSettings } = {}): OfficeRuntime {
  return {
    run: (batch) => batch(excel.context),
    settings: options.settings ?? memorySettings(),
    yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
    maxRequestBytes: options.maxRequestBytes ?? MAX_REQUEST_BYTES,
    // Office.context.requirements.isSetSupported('ExcelApi', …), as the fake's host version says.
    supportsExcelApi: (version) => excel.supports(version),
  };
}
