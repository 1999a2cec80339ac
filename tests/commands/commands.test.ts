/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html"}
 */
// The ribbon's function file as Excel runs it: office.js's globals (Office, Excel) are replaced by a small typed fake,
// since no Excel runs here. `Office` provides what commands.ts and the adapter's runtime read (onReady,
// actions.associate, the display language, the document's settings, requirement sets, the dialog API); `Excel.run`
// hands the batch the context of the fake workbook from tests/office/fakeExcel.ts. Like office.js, the fake dispatches
// a ribbon action only once the function file has called Office.onReady or set Office.initialize ("Office.js must be
// initialized before the add-in command logic runs", Create add-in commands): before that, a click does nothing.
import type { FakeExcel } from '../office/fakeExcel';
import { memorySettings } from '../office/fakeRuntime';
import { seedWorkbook } from '../office/seedWorkbook';

interface FakeEvent {
  completed: jest.Mock;
}

interface OfficeFake {
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

interface DialogFake {
  addEventHandler(type: string, handler: (arg: { message: string }) => void): void;
  close(): void;
}

async function installGlobals(excel: FakeExcel, displayLanguage = 'zh-CN') {
  const actions = new Map<string, (event: FakeEvent) => Promise<void>>();
  const dialogs: string[] = [];
  const runOptions: unknown[] = [];
  const settings = memorySettings();
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
    if (!onReadyCalled && office.initialize === undefined) throw new Error('office.js has not fully loaded: the action is not dispatched');
    const action = actions.get(id);
    if (!action) throw new Error(`no action ${id}`);
    await action(event);
    return event;
  };
  return { actions, dialogs, runOptions, press };
}

describe('the ribbon commands', () => {
  it('initialise office.js, without which Office never dispatches their actions', async () => {
    const { press } = await installGlobals(seedWorkbook().excel);
    // The fake refuses a press unless the function file called Office.onReady (commands.ts does at load).
    await expect(press('validateTable')).resolves.toMatchObject({ completed: expect.any(Function) });
  });

  it('write nothing when the check ends too late for Office to let the writes finish, and say so', async () => {
    const { excel } = seedWorkbook();
    const { press, dialogs } = await installGlobals(excel);
    const clickedAt = Date.now();
    // The click, then a check that took more than four of the five minutes Office gives a command.
    const clock = jest.spyOn(Date, 'now').mockReturnValueOnce(clickedAt).mockReturnValue(clickedAt + 4 * 60 * 1000 + 1);
    try {
      const event = await press('validateTable');
      expect(event.completed).toHaveBeenCalledTimes(1);
    } finally {
      clock.mockRestore();
    }
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案']);
    expect(excel.sheet('分工方案').rules).toEqual([]);
    expect(new URL(dialogs[0] as string).searchParams.get('text')).toContain('没有写入任何内容');
  });

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
