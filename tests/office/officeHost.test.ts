// The Office adapter end to end over a fake of Excel's batched object model (tests/office/fakeExcel.ts stands in for
// Excel, which cannot run here): what a button press reads, how many syncs it takes, what it writes and what it leaves.
import {
  OWNED_SHEET_NAMES,
  checkTaskTable,
  groupRepeatedFindings,
  isOwnedHighlightFormula,
  planWorkbookOutput,
  type CellValue,
  type CheckResult,
  type CheckSettings,
  type HostErrorCode,
  type ReturnRow,
} from '../../src/core';
import { taskKeys } from '../../src/core/progress/taskKeys';
import { createOfficeHost } from '../../src/office';
import { MAX_REQUEST_BYTES } from '../../src/office/officeRuntime';
import { SETTINGS_KEY } from '../../src/office/settingsStore';
import { FakeExcel, type FakeSheet } from './fakeExcel';
import { fakeRuntime, memorySettings } from './fakeRuntime';
import { seedWorkbook } from './seedWorkbook';
import { hostErrorOf } from '../fixtures/hostErrorOf';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

type Row = (string | number | null)[];

/** A task table of `count` rows in the seed's style: half the deadlines past (10月底前), half near (11月底前). */
function syntheticRows(count: number, no: (i: number) => string | number = (i) => i): Row[] {
  const rows: Row[] = [['2023年闽宁协作重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let i = 1; i <= count; i += 1) {
    rows.push([no(i), `组织第${i}批劳务协作对接活动`, '市人社局', '马尾区、闽侯县、福清市', i % 2 === 0 ? '10月底前' : '11月底前']);
  }
  return rows;
}

function syntheticWorkbook(count: number): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('分工方案', syntheticRows(count));
  return excel;
}


/** Rows 1 and 2 of a tool sheet are its title, row 3 its header. */
const HEADER_ROW = 3;
const COUNT_COLUMN = 7;

/**
 * The findings sheet holds a title, a header and a row per group of repeated findings (the one with its count), whose
 * counts add up to every finding; the rows linking a group's cells one by one come before it.
 */
function expectFindingsSheetOf(excel: FakeExcel, result: CheckResult): void {
  const values = excel.valuesOf('校验结果');
  const groups = values.slice(HEADER_ROW).filter((row) => row[COUNT_COLUMN] !== '');
  expect(groups).toHaveLength(groupRepeatedFindings(result.findings).length);
  expect(groups.reduce((sum, row) => sum + Number(row[COUNT_COLUMN]), 0)).toBe(result.findings.length);
}

const toolRules = (sheet: FakeSheet) => sheet.rules.filter((rule) => isOwnedHighlightFormula(rule.formula));
const writeCalls = (excel: FakeExcel) => excel.syncs.flatMap((s) => s.calls).filter((call) => !call.endsWith('.load'));

describe('校验表格 in Excel', () => {
  it('checks the seed table, highlights its cells and writes the findings sheet in two syncs', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const before = excel.valuesOf(taskSheet);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);

    expect(result.tasks).toHaveLength(29);
    expect(excel.syncs).toHaveLength(2);
    expect(excel.valuesOf(taskSheet)).toEqual(before);
    const rules = toolRules(excel.sheet(taskSheet));
    expect(rules.map((r) => r.formula)).toEqual(['=N("TaskCheck:error")=0', '=N("TaskCheck:warning")=0']);
    expect(rules.map((r) => r.fill)).toEqual(['#FFC7CE', '#FFEB9C']);
    const findingsSheet = excel.names.get(OWNED_SHEET_NAMES.findings);
    expect(findingsSheet?.name).toBe('校验结果');
    expectFindingsSheetOf(excel, result);
  });

  it('takes the same number of syncs, at most three, for 10 rows and for 10,000, none over the request limit', async () => {
    const syncCounts: number[] = [];
    for (const count of [10, 10_000]) {
      const excel = syntheticWorkbook(count);
      const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
      expect(result.tasks).toHaveLength(count);
      expectFindingsSheetOf(excel, result);
      for (const sync of excel.syncs) {
        expect(sync.dataBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
        expect(sync.responseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      }
      syncCounts.push(excel.syncs.length);
    }
    expect(syncCounts[0]).toBe(syncCounts[1]);
    expect(syncCounts[1]).toBeLessThanOrEqual(3);
  });

  it('marks every overdue deadline red and every near one amber on a 10,000-row sheet, in rules of bounded size', async () => {
    const excel = syntheticWorkbook(10_000);
    await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    const rules = toolRules(excel.sheet('分工方案'));
    const cells = (formula: string) => rules.filter((r) => r.formula.includes(formula)).flatMap((r) => r.addresses.split(','));
    // Rows 3.. hold tasks 1..; even tasks (10月底前) are overdue on 2023-11-20, odd ones (11月底前) due within 15 days.
    expect(cells('error')).toHaveLength(5_000);
    expect(cells('error')).toContain('E4');
    expect(cells('warning')).toHaveLength(5_000);
    expect(cells('warning')).toContain('E3');
    for (const rule of rules) expect(rule.addresses.length).toBeLessThanOrEqual(2000);
  });

  it('keeps the task sheet untouched but for its rules, and leaves the user\'s own rule first', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const userRule = excel.addUserRule(taskSheet, 'A1:A40', '=$A1>10');
    const before = [...excel.sheet(taskSheet).cells.entries()].map(([key, cell]) => [key, { ...cell }]);
    await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect([...excel.sheet(taskSheet).cells.entries()]).toEqual(before);
    const rules = [...excel.sheet(taskSheet).rules].sort((a, b) => a.priority - b.priority);
    expect(rules[0]).toBe(userRule);
    expect(rules).toHaveLength(3);
  });

  it('turns date-formatted serial numbers into dates', async () => {
    const excel = new FakeExcel();
    const rows: Row[] = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '开展劳务协作对接活动', '市人社局', 45138]];
    excel.addSheet('分工方案', rows, [[], ['General', 'General', 'General', 'yyyy"年"m"月"d"日"']]);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.tasks[0]?.deadline).toEqual({ text: '2023-07-31', due: '2023-07-31', kind: 'date' });
    expect(result.tasks[0]?.state).toBe('overdue');
  });

  it('writes table text that looks like a formula, a number or a date as text', async () => {
    const numbers = ['=1', '+2', '-3', '@4', '005', '1/2'];
    const excel = new FakeExcel();
    excel.addSheet('分工方案', syntheticRows(numbers.length, (i) => numbers[i - 1] as string));
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.tasks.map((t) => t.no)).toEqual(numbers);
    const written = [...excel.sheet('校验结果').cells.values()];
    // Repeated findings share a row, their task numbers joined in one cell ("=1、-3、005").
    for (const no of numbers) {
      const cells = written.filter((cell) => typeof cell.value === 'string' && cell.value.split('、').includes(no));
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell).toMatchObject({ format: '@', formula: false });
    }
    // The only formulas the findings sheet holds are its links back to the checked cells.
    for (const cell of written.filter((c) => c.formula)) expect(String(cell.value)).toMatch(/^=HYPERLINK\("#'分工方案'!E\d+","E\d+( 等 \d+ 处)?"\)$/);
  });

  it('shows its links back to the checked cells as links, and nothing else', async () => {
    const { excel } = seedWorkbook();
    await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    const written = [...excel.sheet('校验结果').cells.values()];
    const links = written.filter((cell) => cell.formula);
    expect(links.length).toBeGreaterThan(0);
    for (const cell of links) expect(cell).toMatchObject({ format: 'General', color: '#0563C1', underline: 'Single' });
    for (const cell of written.filter((c) => !c.formula)) expect(cell.underline).toBeUndefined();
  });

  it('splits writes over several syncs when they exceed the request limit, each within it', async () => {
    const limit = 96 * 1024;
    const limited = syntheticWorkbook(500);
    limited.payloadLimitBytes = 128 * 1024;
    await createOfficeHost(fakeRuntime(limited, { maxRequestBytes: limit })).summarize(SETTINGS);
    const unlimited = syntheticWorkbook(500);
    await createOfficeHost(fakeRuntime(unlimited)).summarize(SETTINGS);

    expect(limited.syncs.length).toBeGreaterThan(unlimited.syncs.length);
    for (const sync of limited.syncs) expect(sync.dataBytes).toBeLessThanOrEqual(limit);
    // The two runs may fall in different minutes: the subtitle's 生成于 time is the only cell allowed to differ.
    const withoutMadeAt = (rows: readonly (readonly unknown[])[]) =>
      rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/生成于 [\d-]+ [\d:]+/, '生成于 …') : cell)));
    expect(withoutMadeAt(limited.valuesOf('单位任务清单'))).toEqual(withoutMadeAt(unlimited.valuesOf('单位任务清单')));
    expect(limited.valuesOf('单位任务清单').length).toBeGreaterThan(1000);
  });

  it('reports RANGE_TOO_LARGE when Excel refuses a request as too large', async () => {
    const excel = syntheticWorkbook(500);
    excel.payloadLimitBytes = 128 * 1024;
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel)).summarize(SETTINGS));
    expect(error.code).toBe('RANGE_TOO_LARGE');
  });
});

describe('a press that cannot finish writes nothing', () => {
  it('refuses a protected task sheet before any write', async () => {
    const { excel, taskSheet } = seedWorkbook();
    excel.sheet(taskSheet).protected = true;
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel)).validate(SETTINGS));
    expect(error.code).toBe('SHEET_PROTECTED');
    expect(error.where.sheet).toBe(taskSheet);
    expect(writeCalls(excel)).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet]);
    expect(excel.names.size).toBe(0);
  });

  it('still writes the district summary from a protected task sheet, which it does not touch', async () => {
    const { excel, taskSheet } = seedWorkbook();
    excel.sheet(taskSheet).protected = true;
    await createOfficeHost(fakeRuntime(excel)).summarize(SETTINGS);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet, '区县汇总表', '单位任务清单']);
  });

  it('refuses a protected sheet of its own on a rerun, leaving the earlier output as it was', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    const rulesBefore = toolRules(excel.sheet(taskSheet)).map((r) => r.id);
    const findingsBefore = excel.valuesOf('校验结果');
    excel.sheet('校验结果').protected = true;
    const syncsBefore = excel.syncs.length;

    const error = await hostErrorOf(host.validate({ ...SETTINGS, asOf: '2023-12-20' }));
    expect(error).toMatchObject({ code: 'SHEET_PROTECTED', where: { sheet: '校验结果' } });
    expect(excel.syncs.slice(syncsBefore).flatMap((s) => s.calls).filter((c) => !c.endsWith('.load'))).toEqual([]);
    expect(toolRules(excel.sheet(taskSheet)).map((r) => r.id)).toEqual(rulesBefore);
    expect(excel.valuesOf('校验结果')).toEqual(findingsBefore);
  });

  it.each<[string, HostErrorCode]>([
    ['InvalidOperationInCellEditMode', 'CELL_EDIT_MODE'],
    ['ConnectionFailure', 'CONNECTION_LOST'],
    // A refused response is read again in blocks (tests/office/largeSheetRead.test.ts); a refused request is not.
    ['RequestPayloadSizeLimitExceeded', 'RANGE_TOO_LARGE'],
  ])('turns Excel\'s %s into %s', async (excelCode, code) => {
    const { excel, taskSheet } = seedWorkbook();
    excel.failNextSync(excelCode);
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel)).validate(SETTINGS));
    expect(error.code).toBe(code);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet]);
  });
});

describe('which sheet is checked', () => {
  it.each([
    ['1.20', 4],
    ['1.12', 3],
  ])('falls back to the first sheet with a task table when the active sheet has none (ExcelApi %s: %i syncs)', async (apiVersion, syncs) => {
    const excel = new FakeExcel();
    excel.apiVersion = apiVersion;
    excel.addSheet('说明', [['本工作簿用于2023年闽宁协作任务督办。']]);
    excel.addSheet('分工方案', syntheticRows(5));
    excel.addSheet('Sheet3');
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.sheet).toBe('分工方案');
    // Read, every other sheet at once, (from 1.13) the merged areas of the one holding the table, write.
    expect(excel.syncs).toHaveLength(syncs);
    expect(toolRules(excel.sheet('分工方案')).length).toBeGreaterThan(0);
    expect(excel.sheet('说明').rules).toEqual([]);
  });

  it('reads the 单位名录 sheet as the unit registry', async () => {
    const withUnit = (excel: FakeExcel) => {
      excel.addSheet('分工方案', [['序号', '工作任务', '牵头单位', '完成时限'], [1, '建设闽宁协作数据平台', '数据专员', '全年']]);
      return excel;
    };
    const plain = await createOfficeHost(fakeRuntime(withUnit(new FakeExcel()))).validate(SETTINGS);
    expect(plain.findings.map((f) => f.code)).toContain('UNIT_UNKNOWN');

    const excel = withUnit(new FakeExcel());
    excel.addSheet('单位名录', [['标准名称', '类别'], ['数据专员', '市直部门']]);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.findings.map((f) => f.code)).not.toContain('UNIT_UNKNOWN');
    expect(excel.syncs).toHaveLength(3);
  });

  it('checks the sheet named in the settings, and says so when it does not exist', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明', [['说明']]);
    excel.addSheet('分工方案', syntheticRows(3));
    const host = createOfficeHost(fakeRuntime(excel));
    expect((await host.validate({ ...SETTINGS, sheet: '分工方案' })).tasks).toHaveLength(3);
    const error = await hostErrorOf(host.validate({ ...SETTINGS, sheet: '附件' }));
    expect(error).toMatchObject({ code: 'SHEET_NOT_FOUND', where: { sheet: '附件' } });
  });

  it('says NO_TASK_TABLE when no sheet holds a task table', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明', [['说明']]);
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel)).validate(SETTINGS));
    expect(error.code).toBe('NO_TASK_TABLE');
    expect(excel.names.size).toBe(0);
  });

  it('names the sheet that came closest to a task table, not the active one, when no sheet holds one', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明', [['说明']]);
    excel.addSheet('统计', [['序号', '牵头单位', '完成时限'], [1, '市商务局', '6月底前']]);
    const error = await hostErrorOf(createOfficeHost(fakeRuntime(excel)).validate(SETTINGS));
    expect(error).toMatchObject({ code: 'NO_TASK_TABLE', where: { sheet: '统计', sheetsSearched: 2, header: { seen: ['序号', '牵头单位', '完成时限'], missing: ['task'] } } });
  });
});

describe('reruns and 清除标记', () => {
  it('replaces its output on a rerun: same sheets, same names, no stacked rules, no sheet deleted or added', async () => {
    const { excel, taskSheet } = seedWorkbook();
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    const sheets = excel.sheets.map((s) => s.name);
    const ruleCount = toolRules(excel.sheet(taskSheet)).length;
    const syncsBefore = excel.syncs.length;

    await host.validate({ ...SETTINGS, asOf: '2023-12-20' });
    await host.summarize({ ...SETTINGS, asOf: '2023-12-20' });
    expect(excel.sheets.map((s) => s.name)).toEqual(sheets);
    // The seed reports no progress, so neither progress sheet is written.
    expect([...excel.names.keys()].sort()).toEqual([OWNED_SHEET_NAMES.findings, OWNED_SHEET_NAMES.districts, OWNED_SHEET_NAMES.unitTasks].sort());
    expect(toolRules(excel.sheet(taskSheet)).length).toBe(ruleCount);
    const rerunCalls = excel.syncs.slice(syncsBefore).flatMap((s) => s.calls);
    expect(rerunCalls).not.toContain('Worksheet.delete');
    expect(rerunCalls).not.toContain('Worksheets.add');
  });

  it('follows its sheet through a rename by the user', async () => {
    const { excel } = seedWorkbook();
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    excel.sheet('校验结果').name = '我的校验结果';
    await host.validate(SETTINGS);
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '我的校验结果']);
    expect(excel.valuesOf('我的校验结果').length).toBeGreaterThan(1);
  });

  it('writes beside a user sheet that already has the default name, without touching it', async () => {
    const { excel } = seedWorkbook();
    excel.addSheet('校验结果', [['我自己的记录']]);
    await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(excel.valuesOf('校验结果')).toEqual([['我自己的记录']]);
    expect(excel.names.get(OWNED_SHEET_NAMES.findings)?.name).toBe('校验结果 (2)');
  });

  it('clears only the tool\'s rules, sheets and names, in at most three syncs', async () => {
    const { excel, taskSheet } = seedWorkbook();
    excel.addSheet('备注', [['用户自己的表']]);
    const userRule = excel.addUserRule(taskSheet, 'C3:C40', '=LEN($C3)>50');
    excel.names.set('我的区域', excel.sheet(taskSheet));
    const before = excel.valuesOf(taskSheet);
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    const syncsBefore = excel.syncs.length;

    await host.clear();
    expect(excel.syncs.length - syncsBefore).toBeLessThanOrEqual(3);
    expect(excel.sheets.map((s) => s.name)).toEqual([taskSheet, '备注']);
    expect([...excel.names.keys()]).toEqual(['我的区域']);
    expect(excel.sheet(taskSheet).rules).toEqual([userRule]);
    expect(excel.valuesOf(taskSheet)).toEqual(before);
  });

  it('removes a stale name whose sheet the user deleted, and writes the sheet again', async () => {
    const { excel } = seedWorkbook();
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    excel.sheets.splice(1, 1);
    excel.names.set(OWNED_SHEET_NAMES.findings, null);
    await host.validate(SETTINGS);
    expect(excel.names.get(OWNED_SHEET_NAMES.findings)?.name).toBe('校验结果');
  });
});

describe('the pane\'s other calls', () => {
  it('lists the sheets without the tool\'s own, and the active one', async () => {
    const { excel, taskSheet } = seedWorkbook();
    excel.addSheet('单位名录', [['标准名称', '类别']]);
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    expect(await host.sheetNames()).toEqual({ names: [taskSheet, '单位名录'], active: taskSheet });
  });

  it('shows a cell by activating its sheet and selecting it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明');
    excel.addSheet('分工方案', syntheticRows(3));
    await createOfficeHost(fakeRuntime(excel)).showCell('分工方案', 'E4');
    expect(excel.activeSheet).toBe('分工方案');
    expect(excel.selection).toEqual({ sheet: '分工方案', address: 'E4' });
  });

  it('keeps settings in the workbook and reads back only valid ones', async () => {
    const settings = memorySettings();
    const host = createOfficeHost(fakeRuntime(new FakeExcel(), { settings }));
    const chosen: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 7, sheet: '分工方案', lang: 'en-US' };
    await host.saveSettings(chosen);
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(chosen);
    expect(await host.loadSettings()).toEqual(chosen);

    settings.set(SETTINGS_KEY, { planYear: '2023', asOf: '2023-02-30', dueSoonDays: -1, sheet: '', lang: 'fr-FR' });
    expect(await host.loadSettings()).toEqual({});
  });
});

describe('a workbook holding 进展汇总 from a merge of returns', () => {
  const table: Row[] = [
    ['2023年重点工作任务分工方案'],
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '进展情况'],
    [1, '召开工作推进会', '区委办', '区政府办', '年底前', ''],
    [2, '全年新增城镇就业1000人以上', '区人社局', '区财政局', '年底前', ''],
    [3, '建设口袋公园', '区城管局', '', '10月底前', ''],
  ];
  const grid = { name: '分工方案', grid: table as CellValue[][] };
  const asOf = '2023-11-30';
  const keys = taskKeys(checkTaskTable(grid, { asOf }).tasks);
  const row = (over: Partial<ReturnRow>): ReturnRow => ({ row: 3, key: '', no: '', text: '', progress: '', state: '', actual: null, measure: '', problems: '', nextSteps: '', ...over });
  // What the file adapter or the command line merged: 区委办 reports task 1 done, 区人社局 task 2 at 80%.
  const merged = checkTaskTable(grid, {
    asOf,
    progress: {
      period: '2023-11',
      returns: [
        { file: '区委办.xlsx', unit: '区委办', period: '2023-11', recognized: true, rows: [row({ key: keys[0], progress: '已召开推进会2次', state: '已完成' })] },
        { file: '区人社局.xlsx', unit: '区人社局', period: '2023-11', recognized: true, rows: [row({ key: keys[1], progress: '已完成全年任务的80%', state: '推进中', actual: 800, measure: '人' })] },
      ],
    },
  });
  /** 进展汇总 as the merged copy holds it: its title, subtitle and header above its rows (writeOwnedSheet's layout). */
  function workbookWithProgressSheet(): FakeExcel {
    const plan = planWorkbookOutput(merged, { parts: ['summaries'], lang: 'zh-CN', existingSheets: ['分工方案'], ownedSheets: {} });
    const sheet = plan.sheets.find((s) => s.key === 'progress');
    if (!sheet) throw new Error('a merge writes 进展汇总');
    const cells = sheet.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.text : c)));
    const excel = new FakeExcel();
    excel.addSheet('分工方案', table);
    const progress = excel.addSheet(sheet.name, [[sheet.layout?.title ?? ''], [sheet.layout?.subtitle ?? ''], sheet.columns.map((c) => c.header), ...cells]);
    excel.names.set(OWNED_SHEET_NAMES.progress, progress);
    return excel;
  }
  const settings: CheckSettings = { ...SETTINGS, asOf, planYear: null };

  it('judges the progress with the returns 进展汇总 holds, as the file adapter does, in one sync more', async () => {
    const excel = workbookWithProgressSheet();
    const result = await createOfficeHost(fakeRuntime(excel)).validate(settings);
    expect(result.progress?.heldIn).toBe('进展汇总');
    expect(result.progress?.period).toBe('2023-11');
    expect(result.tasks.map((t) => t.light)).toEqual(merged.tasks.map((t) => t.light));
    expect(result.tasks[0]?.light).toBe('done');
    expect(excel.syncs).toHaveLength(3);
  });

  it('writes 进展汇总 again as it was on 生成区县汇总表, its lights coloured', async () => {
    const excel = workbookWithProgressSheet();
    const before = excel.valuesOf('进展汇总');
    await createOfficeHost(fakeRuntime(excel)).summarize(settings);
    // Its header and every row as they were; the legend the tool writes below them comes back too.
    const after = excel.valuesOf('进展汇总');
    expect(after.slice(2, before.length)).toEqual(before.slice(2));
    expect(after.flat()).toContain('亮灯：红＝逾期未完成；黄＝滞后或临近完成时限；绿＝按序时推进；已完成＝已办结。');
    // Each task's light cell coloured as its light: task 1 done (grey), task 3 overdue (red).
    const sheet = excel.sheet('进展汇总');
    const lightColumn = before[2]?.indexOf('亮灯') ?? -1;
    expect(lightColumn).toBeGreaterThanOrEqual(0);
    const fills = [4, 5, 6].map((row) => sheet.cells.get(`${row},${lightColumn + 1}`)?.fill);
    expect(fills).toEqual(['#EDEDED', expect.any(String), '#FFC7CE']);
  });

  it('reads no other sheet of a workbook without one', async () => {
    const excel = new FakeExcel();
    excel.addSheet('分工方案', table);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(settings);
    expect(result.progress?.heldIn).toBeUndefined();
    expect(excel.syncs).toHaveLength(2);
  });
});
