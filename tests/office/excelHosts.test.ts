// The Office adapter on the Excels offices have, through the fake of Excel (tests/office/fakeExcel.ts stands for
// Excel, which cannot run here): what Excel refuses, the fake refuses, and the adapter must get through anyway. The
// rows of docs/deploy.md's table of Excel versions are tested here, one describe block each, where the fake can stand
// for them; the webview rows (what parses and runs) by tests/build (the ribbon's built scripts in an IE 11 context:
// ribbonInIE11.test.ts) and tests/taskpane/legacyNotice.test.ts; merged cells per version by mergedAreas.test.ts.
import { isOwnedHighlightFormula, type CheckSettings } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import { MAX_REQUEST_BYTES, type OfficeRuntime } from '../../src/office/officeRuntime';
import { SETTINGS_KEY } from '../../src/office/settingsStore';
import { ExcelApiError, FAKE_CALL_BYTES, FakeExcel, MAX_READ_CELLS, referenceSheetName, type FakeSheet } from './fakeExcel';
import { fakeRuntime, memorySettings } from './fakeRuntime';
import { seedWorkbook } from './seedWorkbook';
import { hostErrorOf } from '../fixtures/hostErrorOf';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

type Row = (string | number | null)[];

function taskRows(count: number): Row[] {
  const rows: Row[] = [['2023年闽宁协作重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let i = 1; i <= count; i += 1) rows.push([i, `组织第${i}批劳务协作对接活动`, '市人社局', '马尾区、闽侯县', i % 2 === 0 ? '10月底前' : '11月底前']);
  return rows;
}

const toolRules = (sheet: FakeSheet) => sheet.rules.filter((rule) => isOwnedHighlightFormula(rule.formula));
const markedCells = (sheet: FakeSheet, style: string) =>
  toolRules(sheet)
    .filter((rule) => rule.formula.includes(style))
    .flatMap((rule) => rule.addresses.split(','))
    .sort();


describe('what the fake refuses, as Excel does', () => {
  it('deletes the wrong rules when they are addressed by position, so the adapter must use their ids', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表');
    const rules = ['=1', '=2', '=3'].map((formula) => excel.addUserRule('表', 'A1', formula));
    rules.forEach((rule, i) => (rule.priority = i));
    const collection = excel.context.workbook.worksheets.getItem('表').getRange().conditionalFormats;
    collection.load({ id: true, type: true, customOrNullObject: { rule: { formula: true } } });
    await excel.context.sync();
    // Without ids: the first two by position, which after the first delete are the first and the third.
    const byPosition = new FakeExcel();
    byPosition.addSheet('表');
    ['=1', '=2', '=3'].forEach((formula, i) => (byPosition.addUserRule('表', 'A1', formula).priority = i));
    const loose = byPosition.context.workbook.worksheets.getItem('表').getRange().conditionalFormats;
    loose.load({ type: true } as never);
    await byPosition.context.sync();
    loose.items[0]?.delete();
    loose.items[1]?.delete();
    await byPosition.context.sync();
    expect(byPosition.sheet('表').rules.map((r) => r.formula)).toEqual(['=2']);
    // With ids, the ones meant.
    for (const id of [collection.items[0]?.id, collection.items[1]?.id]) collection.getItem(id as string).delete();
    await excel.context.sync();
    expect(excel.sheet('表').rules.map((r) => r.formula)).toEqual(['=3']);
  });

  it('finds sheets and names without regard to case, and refuses names Excel refuses', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    expect(excel.sheet('SHEET1').name).toBe('Sheet1');
    for (const bad of ['a/b', 'x'.repeat(32), "'quoted'", 'History', ' ']) expect(() => excel.addSheet(bad)).toThrow(ExcelApiError);
    expect(() => excel.addSheet('sheet1')).toThrow(/sheet1/);
    expect(referenceSheetName('校验结果')).toBe('校验结果');
    expect(referenceSheetName('Sheet 1')).toBe("'Sheet 1'");
    expect(referenceSheetName('A1')).toBe("'A1'");
  });

  it('refuses a 2-D array whose size does not match the range, and a read of more than 5,000,000 cells', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表');
    const sheet = excel.context.workbook.worksheets.getItem('表');
    sheet.getRange('A1:B2').values = [['a', 'b']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    excel.setCell('表', 1, 1, '序号');
    excel.setCell('表', 1_048_576, 16_384, '杂');
    sheet.getUsedRangeOrNullObject(true).load('values');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('returns only what a load names, and counts a request in UTF-8 bytes with a cost per call', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表', [['序号', '工作任务'], [1, '劳务协作']]);
    const sheet = excel.context.workbook.worksheets.getItem('表');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,rowCount');
    const { worksheets } = excel.context.workbook;
    worksheets.load({ name: true } as never);
    await excel.context.sync();
    expect([used.rowCount, used.values[1]]).toEqual([2, [1, '劳务协作']]);
    expect(() => used.rowIndex).toThrow('PropertyNotLoaded');
    expect(worksheets.items[0]?.name).toBe('表');
    expect(() => worksheets.items[0]?.position).toThrow('PropertyNotLoaded');
    // Four Chinese characters are 12 bytes in UTF-8 (6 characters of JSON as JavaScript counts them).
    sheet.getRange('C1').values = [['督查台账']];
    await excel.context.sync();
    expect(excel.syncs[excel.syncs.length - 1]?.dataBytes).toBe(Buffer.byteLength('[["督查台账"]]') + FAKE_CALL_BYTES);
  });

  it('re-evaluates the active sheet at every sync, and refuses RangeAreas below ExcelApi 1.9', async () => {
    const excel = new FakeExcel();
    excel.addSheet('一');
    excel.addSheet('二');
    const active = excel.context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await excel.context.sync();
    expect(active.name).toBe('一');
    excel.activeSheet = '二';
    active.load('name');
    await excel.context.sync();
    expect(active.name).toBe('二');
    excel.apiVersion = '1.7';
    excel.context.workbook.worksheets.getItem('一').getRanges('A1,B2').conditionalFormats.add('Custom');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('a used range of more than 5,000,000 cells (a stray value far away)', () => {
  it('is read as the table\'s columns and rows only, in reads of at most 5,000,000 cells, on desktop and on the web', async () => {
    for (const payloadLimit of [Number.POSITIVE_INFINITY, 5 * 1024 * 1024]) {
      const excel = new FakeExcel();
      excel.payloadLimitBytes = payloadLimit;
      excel.addSheet('分工方案', taskRows(200));
      excel.setCell('分工方案', 1_048_576, 16_384, '误输入');
      excel.setCell('分工方案', 1, 16_000, '备注');
      const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
      expect(result.tasks).toHaveLength(200);
      expect(excel.syncs[0]?.calls).toContain('Range.load');
      for (const sync of excel.syncs.slice(1)) expect(sync.largestReadCells).toBeLessThanOrEqual(MAX_READ_CELLS);
      expect(markedCells(excel.sheet('分工方案'), 'error')).toContain('E4');
    }
  });
});

describe('moving targets', () => {
  it('keeps the highlights on the checked sheet when the user switches sheets while the engine runs', async () => {
    const excel = new FakeExcel();
    excel.addSheet('分工方案', taskRows(20));
    excel.addSheet('说明', [['说明']]);
    const base = fakeRuntime(excel);
    const runtime: OfficeRuntime = {
      ...base,
      yieldToHost: async () => {
        excel.activeSheet = '说明';
        await base.yieldToHost();
      },
    };
    await createOfficeHost(runtime).validate(SETTINGS);
    expect(toolRules(excel.sheet('分工方案')).length).toBeGreaterThan(0);
    expect(excel.sheet('说明').rules).toEqual([]);
  });

  it('replaces its own rules on a rerun and leaves every rule of the user\'s, wherever they stand', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    const mine = [excel.addUserRule(taskSheet, 'A3:A9', '=$A3>5'), excel.addUserRule(taskSheet, 'B3:B9', '=LEN($B3)>9')];
    await host.validate({ ...SETTINGS, asOf: '2023-12-20' });
    await host.validate(SETTINGS);
    expect(excel.sheet(taskSheet).rules.filter((r) => mine.includes(r))).toHaveLength(2);
    expect(toolRules(excel.sheet(taskSheet)).map((r) => r.formula).sort()).toEqual(['=N("TaskCheck:error")=0', '=N("TaskCheck:warning")=0']);
  });
});

describe('a workbook on the 1904 date system', () => {
  it('reads its date cells as the dates they show', async () => {
    for (const date1904 of [false, true]) {
      const excel = new FakeExcel();
      excel.date1904 = date1904;
      // 2023-07-31 is serial 45138 in the 1900 system and 43676 in the 1904 one.
      const serial = date1904 ? 45138 - 1462 : 45138;
      excel.addSheet('分工方案', [['序号', '工作任务', '牵头单位', '完成时限'], [1, '开展劳务协作对接活动', '市人社局', serial]], [[], ['General', 'General', 'General', 'yyyy/m/d']]);
      const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
      expect(result.tasks[0]?.deadline.due).toBe('2023-07-31');
    }
  });
});

describe('settings that cannot be saved', () => {
  it('never hold up the check: a save that fails or never answers still lets the press go on', async () => {
    for (const save of [() => Promise.reject(new Error('read-only')), () => new Promise<void>(() => undefined)]) {
      const settings = { ...memorySettings(), save };
      const { excel } = seedWorkbook();
      const host = createOfficeHost(fakeRuntime(excel, { settings }));
      await host.saveSettings(SETTINGS);
      expect(settings.get(SETTINGS_KEY)).toMatchObject({ asOf: '2023-11-20' });
      await expect(host.validate(SETTINGS)).resolves.toMatchObject({ sheet: '分工方案' });
    }
  });
});

describe('a ribbon command that runs out of time', () => {
  it('writes nothing when the check ends after the last moment a write may start', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel), { writeBy: Date.now() - 1 }).validate(SETTINGS));
    expect(error.code).toBe('COMMAND_TOO_SLOW');
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet]);
    expect(excel.sheet(taskSheet).rules).toEqual([]);
  });
});

describe('a ribbon command whose write runs out of time half way', () => {
  it('sends no sync past the limit, takes back what it wrote and says nothing was written', async () => {
    const excel = new FakeExcel();
    excel.addSheet('分工方案', taskRows(3_000));
    const before = excel.valuesOf('分工方案');
    let now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    // The write's first sync goes out in time; the clock then passes the limit before the next.
    excel.beforeCall = (call) => {
      if (call === 'Worksheets.add') now += 10 * 60 * 1000;
    };
    try {
      const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel, { maxRequestBytes: 64 * 1024 }), { writeBy: now + 60_000 }).summarize(SETTINGS));
      expect(error.code).toBe('COMMAND_TOO_SLOW');
      expect(error.where.write).toEqual({ undone: true, removed: [] });
    } finally {
      clock.mockRestore();
    }
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案']);
    expect(excel.valuesOf('分工方案')).toEqual(before);
    expect([...excel.names.keys()]).toEqual([]);
  });
});

// One block per row of docs/deploy.md's table that the fake can stand for.
describe.each([
  ['Microsoft 365 / Office 2021 and later on Windows, Mac and the web', '1.20', true],
  ['Microsoft 365 or retail Office 2019/2016 in EdgeHTML 18 (the pane in that engine: paneInEdge18.test.ts)', '1.8', false],
  ['the manifest\'s minimum: volume-licensed Office 2019 and the other Trident hosts (their webview: ribbonInIE11.test.ts)', '1.7', false],
])('%s: ExcelApi %s', (_host, apiVersion, rangeAreas) => {
  it('checks, writes the findings and the summary, highlights every marked cell, reruns and clears', async () => {
    const { excel, taskSheet } = seedWorkbook();
    excel.apiVersion = apiVersion;
    const userRule = excel.addUserRule(taskSheet, 'C3:C40', '=LEN($C3)>50');
    const host = createOfficeHost(fakeRuntime(excel));
    const result = await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    const sheet = excel.sheet(taskSheet);
    const rules = toolRules(sheet);
    // RangeAreas: one rule per style; below 1.9 one rule per contiguous run of marked cells.
    if (rangeAreas) expect(rules).toHaveLength(2);
    else expect(rules.every((rule) => !rule.addresses.includes(','))).toBe(true);
    const marked = rules.flatMap((rule) => rule.addresses.split(','));
    expect(marked.length).toBeGreaterThan(0);
    expect(excel.syncs.flatMap((s) => s.calls).filter((c) => c === 'ConditionalFormats.add')).toHaveLength(rules.length);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet, '校验结果', '区县汇总表', '单位任务清单']);
    expect(result.findings.length).toBeGreaterThan(0);

    await host.validate(SETTINGS);
    expect(toolRules(sheet)).toHaveLength(rules.length);
    await host.clear();
    expect(sheet.rules).toEqual([userRule]);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet]);
  });
});

describe('Excel on the web (5 MB per request and response)', () => {
  it('checks 10,000 rows with every request and response under its limit', async () => {
    const excel = new FakeExcel();
    excel.addSheet('分工方案', taskRows(10_000));
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    for (const sync of excel.syncs) expect(Math.max(sync.dataBytes, sync.responseBytes)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });
});
