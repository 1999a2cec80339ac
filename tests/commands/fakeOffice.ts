// The office.js globals the ribbon's function file reads (Office, Excel), since no Office runs here: onReady,
// actions.associate, the display language, the document's settings, requirement sets (as the fake workbook's ExcelApi
// version says), the dialog API, and Excel.run handing the batch the context of the fake workbook
// (tests/office/fakeExcel.ts). Like office.js, it dispatches a ribbon action only once the function file has called
// Office.onReady or set Office.initialize ("Office.js must be initialized before the add-in command logic runs",
// Create add-in commands): before that, a press fails.
import type { FakeExcel } from '../office/fakeExcel';
import { memorySettings } from '../office/fakeRuntime';

export interface FakeEvent {
  completed(): void;
  readonly completions: number;
}

interface DialogFake {
  addEventHandler(type: string, handler: (arg: { message: string }) => void): void;
  close(): void;
}

export interface OfficeFake {
  onReady(callback?: () => void): Promise<{ host: string; platform: string }>;
  initialize?: () => void;
  readonly actions: { associate(id: string, action: (event: FakeEvent) => Promise<void>): void };
  readonly context: {
    readonly displayLanguage: string;
    readonly document: { readonly settings: { get(name: string): unknown; set(name: string, value: unknown): void; saveAsync(callback: (result: { status: string }) => void): void } };
    readonly requirements: { isSetSupported(set: string, version: string): boolean };
    readonly ui: { displayDialogAsync(url: string, options: object, callback: (result: { status: string; value: DialogFake }) => void): void };
  };
  readonly AsyncResultStatus: { readonly Succeeded: string; readonly Failed: string };
  readonly EventType: { readonly DialogMessageReceived: string; readonly DialogEventReceived: string };
}

export interface ExcelGlobal {
  run(options: unknown, batch: (context: unknown) => Promise<unknown>): Promise<unknown>;
}

export interface OfficeSession {
  readonly office: OfficeFake;
  readonly excelGlobal: ExcelGlobal;
  /** The notice dialogs opened, by their address. */
  readonly dialogs: string[];
  readonly runOptions: unknown[];
  readonly actions: ReadonlyMap<string, (event: FakeEvent) => Promise<void>>;
  /** A click on the ribbon button that runs the action `id`; resolves to its event once the action has finished. */
  press(id: string): Promise<FakeEvent>;
}

export interface OfficeOptions {
  readonly displayLanguage?: string;
  /** What the document's settings hold when the page loads (the pane saves its settings there). */
  readonly settings?: Record<string, unknown>;
}

export function officeSession(excel: FakeExcel, options: OfficeOptions = {}): OfficeSession {
  const displayLanguage = options.displayLanguage ?? 'zh-CN';
  const actions = new Map<string, (event: FakeEvent) => Promise<void>>();
  const dialogs: string[] = [];
  const runOptions: unknown[] = [];
  const settings = memorySettings(options.settings);
  let onReadyCalled = false;
  const office: OfficeFake = {
    onReady: async (callback) => {
      onReadyCalled = true;
      callback?.();
      return { host: 'Excel', platform: 'PC' };
    },
    actions: { associate: (id, action) => actions.set(id, action) },
    context: {
      displayLanguage,
      document: { settings: { get: settings.get, set: settings.set, saveAsync: (callback) => callback({ status: 'succeeded' }) } },
      requirements: { isSetSupported: (set, version) => set === 'ExcelApi' && excel.supports(version) },
      ui: {
        // The user reads the notice and presses 关闭 at once.
        displayDialogAsync: (url, _options, callback) => {
          dialogs.push(url);
          const handlers = new Map<string, (arg: { message: string }) => void>();
          const dialog: DialogFake = { addEventHandler: (type, handler) => handlers.set(type, handler), close: () => undefined };
          callback({ status: 'succeeded', value: dialog });
          handlers.get('dialogMessageReceived')?.({ message: 'closed' });
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };
  const excelGlobal: ExcelGlobal = {
    run: (options, batch) => {
      runOptions.push(options);
      return batch(excel.context);
    },
  };
  const press = async (id: string): Promise<FakeEvent> => {
    if (!onReadyCalled && office.initialize === undefined) throw new Error('office.js has not fully loaded: the action is not dispatched');
    const action = actions.get(id);
    if (!action) throw new Error(`no action ${id}`);
    let completions = 0;
    const event: FakeEvent = {
      completed: () => {
        completions += 1;
      },
      get completions() {
        return completions;
      },
    };
    await action(event);
    return event;
  };
  return { office, excelGlobal, dialogs, runOptions, actions, press };
}
