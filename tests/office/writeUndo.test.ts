// Nothing half-written: a write that fails half way through, driven through the fake of Excel (tests/office/fakeExcel.ts
// stands for Excel, which cannot run here). Its `failNextSync` stands for a sync Excel refuses whole (throttling, a lost
// session), `failAtCall` for one that fails at a call with the calls before it applied, as Excel does; the small request
// budget stands for a long table on Excel on the web, whose write takes several syncs.
import { hostErrorMessage, isOwnedHighlightFormula, type CheckSettings } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import type { OfficeRuntime } from '../../src/office/officeRuntime';
import { ExcelApiError, FakeExcel } from './fakeExcel';
import { fakeRuntime } from './fakeRuntime';
import { hostErrorOf } from '../fixtures/hostErrorOf';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };
const SHEET = '分工方案';
/** Request budgets that spread 校验表格 (at 24 KB) and 生成区县汇总表 (at 128 KB) of 3,000 tasks over several syncs. */
const TINY_REQUESTS = 24 * 1024;
const SMALL_REQUESTS = 128 * 1024;

function workbook(apiVersion = '1.20'): FakeExcel {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  const rows: (string | number)[][] = [['2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let i = 1; i <= 3_000; i += 1) rows.push([i, `组织第${i}批劳务协作对接活动`, i % 7 === 0 ? '' : '市人社局', i % 3 === 0 ? '马尾区、闽侯县' : '鼓楼区', i % 2 === 0 ? '10月底前' : '12月底前']);
  excel.addSheet(SHEET, rows);
  return excel;
}

/** Everything a press can change, as plain data. */
function snapshot(excel: FakeExcel) {
  return {
    sheets: excel.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)), rules: sheet.rules.map((rule) => ({ ...rule })) })),
    names: [...excel.names].map(([name, sheet]) => [name, sheet?.name ?? null]),
  };
}


/** Makes the sync after the `nth` call named `call` fail whole: a failure between two syncs of the write. */
function failSyncAfter(excel: FakeExcel, call: string, nth: number, code: string): void {
  let seen = 0;
  excel.beforeCall = (name) => {
    if (name === call && ++seen === nth) excel.failNextSync(code);
  };
}

describe('a first press whose write fails half way', () => {
  it.each(['1.20', '1.7'])('takes back everything it wrote, at ExcelApi %s, and says so', async (apiVersion) => {
    const excel = workbook(apiVersion);
    const userRule = excel.addUserRule(SHEET, 'B3:B9', '=LEN($B3)>50');
    const before = snapshot(excel);
    const host = createOfficeHost(fakeRuntime(excel, { maxRequestBytes: TINY_REQUESTS }));
    // 校验表格 adds its rules and its sheet over five syncs; the connection drops after the first blocks of findings went.
    failSyncAfter(excel, 'Range.values', 2, 'ConnectionFailure');
    const error = await hostErrorOf(host.validate(SETTINGS));
    expect(error.code).toBe('CONNECTION_LOST');
    expect(error.where.write).toEqual({ undone: true, removed: [] });
    expect(snapshot(excel)).toEqual(before);
    expect(excel.sheet(SHEET).rules).toEqual([userRule]);
    expect(hostErrorMessage(error, 'zh-CN')).toContain('已撤回：本次新增的工作表已删除，高亮恢复为点击前的样子');
    expect(hostErrorMessage(error, 'en-US')).toContain('was taken back');
  });
});

describe('a rerun whose write fails half way', () => {
  it('keeps the earlier highlights and every sheet it had not begun to rewrite, and removes the one cut off', async () => {
    const excel = workbook();
    const host = createOfficeHost(fakeRuntime(excel, { maxRequestBytes: SMALL_REQUESTS }));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    const before = snapshot(excel);
    const summaries = excel.sheets.slice(2).map((sheet) => sheet.name);
    expect(summaries).toEqual(['区县汇总表', '单位任务清单']);
    // The second press rewrites 区县汇总表 (short: done in its first sync), then 单位任务清单 (eight syncs): Excel
    // throttles the add-in in the third sync of the latter.
    excel.failAtCall('Range.values', 'ActivityLimitReached', 15);
    const error = await hostErrorOf(host.summarize({ ...SETTINGS, asOf: '2023-12-20' }));
    expect(error.code).toBe('EXCEL_BUSY');
    expect(error.where.write).toEqual({ undone: true, removed: ['单位任务清单'] });
    const after = snapshot(excel);
    // The checked sheet, its rules and 校验结果 as before; 区县汇总表 complete (rewritten whole); 单位任务清单 gone.
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets.slice(0, 2));
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([SHEET, '校验结果', '区县汇总表']);
    expect(after.names.map(([name]) => name).sort()).toEqual(['TaskCheck.Districts', 'TaskCheck.Findings']);
    expect(hostErrorMessage(error, 'zh-CN')).toContain('工具表“单位任务清单”已来不及恢复上次的内容，已删除');
    // The next press writes it again.
    await host.summarize(SETTINGS);
    expect(snapshot(excel)).toEqual(before);
  });

  it('finishes a commit that had begun: the earlier rules go, and the press succeeds', async () => {
    const excel = workbook('1.7');
    const host = createOfficeHost(fakeRuntime(excel));
    await host.validate(SETTINGS);
    const reference = workbook('1.7');
    const referenceHost = createOfficeHost(fakeRuntime(reference));
    await referenceHost.validate(SETTINGS);
    await referenceHost.validate({ ...SETTINGS, asOf: '2023-12-20' });
    // The commit deletes the earlier rules last; the second delete fails, with the first applied.
    excel.failAtCall('ConditionalFormat.delete', 'ConnectionFailure', 2);
    await expect(host.validate({ ...SETTINGS, asOf: '2023-12-20' })).resolves.toMatchObject({ sheet: SHEET });
    const ruleShape = (fake: FakeExcel) => fake.sheet(SHEET).rules.filter((rule) => isOwnedHighlightFormula(rule.formula)).map(({ id: _id, ...rule }) => rule);
    expect(ruleShape(excel)).toEqual(ruleShape(reference));
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(reference.sheets.map((sheet) => sheet.name));
  });

  it('says when it could not take the write back either, and what to do', async () => {
    const excel = workbook();
    const base = fakeRuntime(excel, { maxRequestBytes: SMALL_REQUESTS });
    await createOfficeHost(base).validate(SETTINGS);
    // The connection is lost for good after the first sync of the write: every later sync fails.
    let writes = 0;
    let lost = false;
    const runtime: OfficeRuntime = {
      ...base,
      run: (batch) =>
        base.run((context) =>
          batch({
            workbook: context.workbook,
            sync: async () => {
              if (lost) throw new ExcelApiError('ConnectionFailure', 'lost');
              await context.sync();
              if (excel.syncs[excel.syncs.length - 1]?.calls.includes('Range.values') && ++writes === 1) lost = true;
            },
          }),
        ),
    };
    const error = await hostErrorOf(createOfficeHost(runtime).summarize(SETTINGS));
    expect(error.code).toBe('CONNECTION_LOST');
    expect(error.where.write).toEqual({ undone: false, removed: [] });
    expect(hostErrorMessage(error, 'zh-CN')).toContain('未能撤回已写入的部分：请在面板中点“清除标记”');
  });
});
