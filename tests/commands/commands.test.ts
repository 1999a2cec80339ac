/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html"}
 */
// The ribbon's function file as Excel runs it: office.js's globals (Office, Excel) are the typed fake of
// tests/commands/fakeOffice.ts over the fake workbook of tests/office/fakeExcel.ts, since no Excel runs here. Like
// office.js, the fake dispatches a ribbon action only once the function file has called Office.onReady or set
// Office.initialize: before that, a click does nothing. The same bundle in an Internet Explorer 11 engine:
// tests/build/ribbonInIE11.test.ts.
import type { FakeExcel } from '../office/fakeExcel';
import { seedWorkbook } from '../office/seedWorkbook';
import { officeSession, type ExcelGlobal, type OfficeFake } from './fakeOffice';

async function installGlobals(excel: FakeExcel, displayLanguage = 'zh-CN') {
  const session = officeSession(excel, { displayLanguage });
  const globals = globalThis as unknown as { Office: OfficeFake; Excel: ExcelGlobal };
  globals.Office = session.office;
  globals.Excel = session.excelGlobal;
  // A fresh copy of the function file each time, as each page load registers its actions once.
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  return session;
}

describe('the ribbon commands', () => {
  it('initialise office.js, without which Office never dispatches their actions', async () => {
    const { press } = await installGlobals(seedWorkbook().excel);
    // The fake refuses a press unless the function file called Office.onReady (commands.ts does at load).
    await expect(press('validateTable')).resolves.toMatchObject({ completions: 1 });
  });

  it('write nothing when the check ends too late for Office to let the writes finish, and say so', async () => {
    const { excel } = seedWorkbook();
    const { press, dialogs } = await installGlobals(excel);
    const clickedAt = Date.now();
    // The click, then a check that took more than four of the five minutes Office gives a command.
    const clock = jest.spyOn(Date, 'now').mockReturnValueOnce(clickedAt).mockReturnValue(clickedAt + 4 * 60 * 1000 + 1);
    try {
      const event = await press('validateTable');
      expect(event.completions).toBe(1);
    } finally {
      clock.mockRestore();
    }
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案']);
    expect(excel.sheet('分工方案').rules).toEqual([]);
    expect(new URL(dialogs[0] as string).searchParams.get('text')).toContain('没有写入任何内容');
  });

  it('point to file mode in Edge or Chrome, not to the pane, where Excel shows add-ins in Internet Explorer 11', async () => {
    const { excel } = seedWorkbook();
    const { press, dialogs } = await installGlobals(excel);
    const agent = jest.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    const clickedAt = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValueOnce(clickedAt).mockReturnValue(clickedAt + 4 * 60 * 1000 + 1);
    try {
      await press('validateTable');
    } finally {
      clock.mockRestore();
      agent.mockRestore();
    }
    const text = new URL(dialogs[0] as string).searchParams.get('text') ?? '';
    expect(text).toContain('打不开任务窗格：请用 Edge 或 Chrome 浏览器打开 https://localhost:3000/taskpane.html');
    expect(text).not.toContain('打开面板');
  });

  it('associates the two functions the manifest names', async () => {
    const { actions } = await installGlobals(seedWorkbook().excel);
    expect([...actions.keys()].sort()).toEqual(['generateSummary', 'validateTable']);
  });

  it('校验表格 writes the findings sheet, waiting out cell editing, and completes', async () => {
    const { excel } = seedWorkbook();
    const { press, dialogs, runOptions } = await installGlobals(excel);
    const event = await press('validateTable');
    expect(event.completions).toBe(1);
    expect(dialogs).toEqual([]);
    expect(runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '校验结果']);
  });

  it('生成区县汇总表 writes the district summary and the unit task list', async () => {
    const { excel } = seedWorkbook();
    const event = await (await installGlobals(excel)).press('generateSummary');
    expect(event.completions).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '区县汇总表', '单位任务清单']);
  });

  it('explains a failure in a notice dialog in Office\'s language, then completes', async () => {
    const { excel } = seedWorkbook();
    excel.sheet('分工方案').protected = true;
    const { press, dialogs } = await installGlobals(excel, 'zh-CN');
    const event = await press('validateTable');
    expect(event.completions).toBe(1);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0] as string);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/notice.html');
    const query = url.searchParams;
    expect(query.get('lang')).toBe('zh-CN');
    expect(query.get('text')).toContain('分工方案');
    expect(query.get('text')).toContain('受保护');
  });
});
