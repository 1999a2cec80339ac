/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html"}
 */
// The ribbon's function file as Excel runs it: office.js's globals (Office, Excel) are replaced by a small typed fake,
// since no Excel runs here. `Office` provides what commands.ts and the adapter's runtime read (actions.associate, the
// display language, the document's settings, requirement sets, the dialog API); `Excel.run` hands the batch the
// context of the fake workbook from tests/office/fakeExcel.ts.
import type { FakeExcel } from '../office/fakeExcel';
import { memorySettings } from '../office/fakeRuntime';
import { seedWorkbook } from '../office/seedWorkbook';

interface FakeEvent {
  completed: jest.Mock;
}

interface OfficeFake {
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

interface DialogFake {
  addEventHandler(type: string, handler: (arg: { message: string }) => void): void;
  close(): void;
}

async function installGlobals(excel: FakeExcel, displayLanguage = 'zh-CN') {
  const actions = new Map<string, (event: FakeEvent) => Promise<void>>();
  const dialogs: string[] = [];
  const runOptions: unknown[] = [];
  const settings = memorySettings();
  const office: OfficeFake = {
    actions: { associate: (id, action) => actions.set(id, action) },
    context: {
      displayLanguage,
      document: { settings: { get: settings.get, set: settings.set, saveAsync: (callback) => callback({ status: 'succeeded' }) } },
      requirements: { isSetSupported: () => false },
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
  const globals = globalThis as unknown as { Office: OfficeFake; Excel: { run(options: unknown, batch: (context: unknown) => Promise<unknown>): Promise<unknown> } };
  globals.Office = office;
  globals.Excel = {
    run: (options, batch) => {
      runOptions.push(options);
      return batch(excel.context);
    },
  };
  // A fresh copy of the function file each time, as each page load registers its actions once.
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  const press = async (id: string) => {
    const event: FakeEvent = { completed: jest.fn() };
    const action = actions.get(id);
    if (!action) throw new Error(`no action ${id}`);
    await action(event);
    return event;
  };
  return { actions, dialogs, runOptions, press };
}

describe('the ribbon commands', () => {
  it('associates the two functions the manifest names', async () => {
    const { actions } = await installGlobals(seedWorkbook().excel);
    expect([...actions.keys()].sort()).toEqual(['generateSummary', 'validateTable']);
  });

  it('校验表格 writes the findings sheet, waiting out cell editing, and completes', async () => {
    const { excel } = seedWorkbook();
    const { press, dialogs, runOptions } = await installGlobals(excel);
    const event = await press('validateTable');
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
    expect(runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '校验结果']);
  });

  it('生成区县汇总表 writes the district summary and the unit task list', async () => {
    const { excel } = seedWorkbook();
    const event = await (await installGlobals(excel)).press('generateSummary');
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '区县汇总表', '单位任务清单']);
  });

  it('explains a failure in a notice dialog in Office\'s language, then completes', async () => {
    const { excel } = seedWorkbook();
    excel.sheet('分工方案').protected = true;
    const { press, dialogs } = await installGlobals(excel, 'zh-CN');
    const event = await press('validateTable');
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0] as string);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/notice.html');
    const query = url.searchParams;
    expect(query.get('lang')).toBe('zh-CN');
    expect(query.get('text')).toContain('分工方案');
    expect(query.get('text')).toContain('受保护');
  });
});
