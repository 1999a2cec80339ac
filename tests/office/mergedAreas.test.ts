// Merged areas from Excel (Range.getMergedAreasOrNullObject, ExcelApi 1.13) through the fake of Excel's batched object
// model (tests/office/fakeExcel.ts stands for Excel, which cannot run here; it follows the reference: 1.13 gating, the
// null object, areas whose first cell is in the range, the 512-area failure, each area's address with its sheet). The
// table is the one every host reads in tests (tests/fixtures/workbooks/mergedTable.ts).
import type { CheckSettings } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import { mergeBlockRows, parseAreasAddress, readMergedAreas, MAX_MERGED_AREAS } from '../../src/office/mergedAreas';
import { MAX_REQUEST_BYTES } from '../../src/office/officeRuntime';
import { readTaskSheet } from '../../src/office/readTaskSheet';
import { EMPTY_LEAD_ROW, MERGED_LEAD_ROWS, MERGED_TABLE_RANGES, MERGED_TABLE_ROWS, MERGED_TABLE_SHEET } from '../fixtures/workbooks/mergedTable';
import { ExcelApiError, FakeExcel } from './fakeExcel';
import { fakeRuntime } from './fakeRuntime';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

function mergedWorkbook(apiVersion = '1.20'): FakeExcel {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  excel.addSheet(MERGED_TABLE_SHEET, MERGED_TABLE_ROWS);
  excel.mergeCells(MERGED_TABLE_SHEET, ...MERGED_TABLE_RANGES);
  return excel;
}

/** Tasks numbered 1..count, each with a 序号, a text, a lead merged with the next row's and a deadline: 2 areas a task. */
function manyMerges(tasks: number): FakeExcel {
  const excel = new FakeExcel();
  const rows: (string | number | null)[][] = [['2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '完成时限']];
  for (let i = 1; i <= tasks; i += 1) rows.push([2 * i - 1, `第${i}项任务`, '市商务局', '全年'], [2 * i, `第${i}项任务的配套措施`, null, null]);
  excel.addSheet('分工方案', rows);
  for (let i = 1; i <= tasks; i += 1) excel.mergeCells('分工方案', `C${2 * i + 1}:C${2 * i + 2}`, `D${2 * i + 1}:D${2 * i + 2}`);
  return excel;
}

const leadMissingRows = (result: { findings: readonly { code: string; row: number | null }[] }) =>
  result.findings.filter((f) => f.code === 'LEAD_MISSING').map((f) => f.row);

describe('the addresses of merged areas', () => {
  it('read every area with its sheet, quoted or not, and nothing of a sheet name as an area', () => {
    expect(parseAreasAddress('分工方案!C3:C5, 分工方案!A7:A9')).toEqual([
      { top: 2, left: 2, rows: 3, columns: 1 },
      { top: 6, left: 0, rows: 3, columns: 1 },
    ]);
    expect(parseAreasAddress("'Q1, ''23 表'!$B$2:$D$2,'Q1, ''23 表'!E4:E9")).toEqual([
      { top: 1, left: 1, rows: 1, columns: 3 },
      { top: 3, left: 4, rows: 6, columns: 1 },
    ]);
    expect(parseAreasAddress('Sheet1!5:6, Sheet1!B:B')).toEqual([
      { top: 4, left: 0, rows: 2, columns: 16_384 },
      { top: 0, left: 1, rows: 1_048_576, columns: 1 },
    ]);
    expect(parseAreasAddress('')).toEqual([]);
  });

  it('come in blocks that cannot hold the first cells of more than 512 areas', () => {
    for (const columns of [1, 5, 12, 40, 300]) {
      const rows = mergeBlockRows(columns);
      expect((rows + 1) * (columns + 1)).toBeLessThanOrEqual(2 * MAX_MERGED_AREAS + 1);
      expect((rows + 2) * (columns + 1) > 2 * MAX_MERGED_AREAS + 1 || rows === 1).toBe(true);
    }
  });
});

describe('the fake’s getMergedAreasOrNullObject, as the reference describes it', () => {
  it('is not there below ExcelApi 1.13, and answers a range with no merged area with a null object', async () => {
    const old = mergedWorkbook('1.12');
    const refused = old.context.workbook.worksheets.getItem(MERGED_TABLE_SHEET).getRange('A1:E11').getMergedAreasOrNullObject();
    refused.load('address');
    await expect(old.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });

    const excel = mergedWorkbook();
    const sheet = excel.context.workbook.worksheets.getItem(MERGED_TABLE_SHEET);
    const none = sheet.getRange('D3:D11').getMergedAreasOrNullObject();
    const some = sheet.getRange('C4:E11').getMergedAreasOrNullObject();
    none.load('address');
    some.load('address');
    await excel.context.sync();
    expect(none.isNullObject).toBe(true);
    // C3:C5 starts above C4 and is not returned; E7:E9 starts inside.
    expect([some.isNullObject, some.address]).toEqual([false, '分工方案!E7:E9']);
  });

  it('fails beyond 512 areas and on an empty sheet’s used range', async () => {
    const excel = manyMerges(300);
    const sheet = excel.context.workbook.worksheets.getItem('分工方案');
    sheet.getRange().getMergedAreasOrNullObject().load('address');
    await expect(excel.context.sync()).rejects.toBeInstanceOf(ExcelApiError);
    excel.addSheet('Sheet2');
    excel.context.workbook.worksheets.getItem('Sheet2').getUsedRangeOrNullObject(true).getMergedAreasOrNullObject().load('address');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('校验表格 on a table with merged cells', () => {
  it('leads every task under a merged 牵头单位 by it from ExcelApi 1.13, in the same two syncs', async () => {
    const excel = mergedWorkbook();
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(leadMissingRows(result)).toEqual([EMPTY_LEAD_ROW]);
    expect(result.tasks.filter((t) => t.row <= 5).map((t) => t.lead)).toEqual([['市商务局'], ['市商务局'], ['市商务局']]);
    expect(excel.syncs).toHaveLength(2);
    expect(excel.syncs[0]?.calls).toContain('RangeAreas.load');
  });

  it('infers merges from empty cells below 1.13, as volume-licensed Office 2019 has, without asking for them', async () => {
    const excel = mergedWorkbook('1.7');
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(leadMissingRows(result)).toEqual([...MERGED_LEAD_ROWS, EMPTY_LEAD_ROW]);
    expect(result.tasks.filter((t) => t.no === '5').map((t) => t.deadline.due)).toEqual(['2023-12-31', '2023-12-31', '2023-12-31']);
    expect(excel.syncs.flatMap((s) => s.calls)).not.toContain('RangeAreas.load');
  });

  it('reads more than 512 merged areas again without them, then the areas in blocks: two syncs more, no area lost', async () => {
    const excel = manyMerges(300);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(leadMissingRows(result)).toEqual([]);
    expect(result.tasks).toHaveLength(600);
    expect(result.findings.filter((f) => f.code === 'DEADLINE_MISSING')).toEqual([]);
    expect(excel.syncs).toHaveLength(4);
    const read = await readTaskSheet(manyMerges(300).context, SETTINGS, MAX_REQUEST_BYTES, true);
    expect(read.task.grid.merges).toHaveLength(600);
  });

  it('reads the areas of an empty active sheet’s table elsewhere once that table is found', async () => {
    const excel = mergedWorkbook();
    excel.addSheet('Sheet2');
    excel.activeSheet = 'Sheet2';
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.sheet).toBe(MERGED_TABLE_SHEET);
    expect(leadMissingRows(result)).toEqual([EMPTY_LEAD_ROW]);
  });

  it('reads the areas of a table read in blocks after its cells, one sync more, to the same grid', async () => {
    const whole = await readTaskSheet(manyMerges(300).context, SETTINGS, MAX_REQUEST_BYTES, true);
    const limited = manyMerges(300);
    limited.payloadLimitBytes = 16 * 1024;
    const split = await readTaskSheet(limited.context, SETTINGS, 8 * 1024, true);
    expect(limited.syncs.some((sync) => sync.responseBytes > 16 * 1024)).toBe(true);
    expect(split.task.grid).toEqual(whole.task.grid);
    expect(limited.syncs[limited.syncs.length - 1]?.calls.every((call) => call === 'RangeAreas.load')).toBe(true);
  });

  it('reads the areas in blocks that each hold at most 512, in as few syncs as the request budget allows', async () => {
    const excel = manyMerges(2_000);
    const sheet = excel.context.workbook.worksheets.getItem('分工方案');
    const area = { top: 2, left: 0, rows: 4_000, columns: 4 };
    const [areas = []] = await readMergedAreas(excel.context, [{ sheet, area }], MAX_REQUEST_BYTES);
    expect(areas).toHaveLength(4_000);
    expect(new Set(areas.map((a) => `${a.top},${a.left}`)).size).toBe(4_000);
    expect(excel.syncs).toHaveLength(1);
    const tight = manyMerges(2_000);
    await readMergedAreas(tight.context, [{ sheet: tight.context.workbook.worksheets.getItem('分工方案'), area }], 6_000);
    expect(tight.syncs.length).toBe(Math.ceil(Math.ceil(4_000 / mergeBlockRows(4)) / 10));
  });
});
