// Reads of large sheets through the fake of Excel's batched object model (tests/office/fakeExcel.ts stands for Excel,
// which cannot run here; its payload limit stands for Excel on the web's 5 MB). A read too large for one response is
// read again in row blocks, each response under the limit, to the same grid; a table that fits keeps its few syncs.
import type { CheckSettings } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import { MAX_REQUEST_BYTES } from '../../src/office/officeRuntime';
import { readTaskSheet } from '../../src/office/readTaskSheet';
import { seedRows } from '../fixtures/seedGrid';
import { FakeExcel } from './fakeExcel';
import { fakeRuntime } from './fakeRuntime';

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };
const LIMIT = 5 * 1024 * 1024;
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
/** 2023-10-31 and 2023-12-31 as Excel serials. */
const OCT_31 = 45230;
const DEC_31 = 45291;

type Cell = string | number | null;

/**
 * The seed table's tasks repeated to `count` rows, 序号 counting on, every third deadline a date cell (a serial under a
 * date format) as tables typed in Excel have them, the others the seed's own words (全年, 7月底前…).
 */
function seedTable(count: number): { rows: Cell[][]; formats: string[][] } {
  const seed = seedRows();
  const header = seed.findIndex((row) => row[0] === '序号');
  const tasks = seed.slice(header + 1).filter((row) => /^\d+$/.test(row[0] ?? ''));
  const rows: Cell[][] = [[seed[0]?.[0] ?? ''], [], seed[header] as string[]];
  const formats: string[][] = [[], [], []];
  for (let i = 0; i < count; i += 1) {
    const task = tasks[i % tasks.length] as string[];
    const dated = i % 3 === 0;
    rows.push([i + 1, task[1] ?? '', task[2] ?? '', task[3] ?? '', dated ? (i % 2 === 0 ? OCT_31 : DEC_31) : (task[4] ?? '')]);
    formats.push(['General', 'General', 'General', 'General', dated ? DATE_FORMAT : 'General']);
  }
  return { rows, formats };
}

function workbook(count: number, limit: number): FakeExcel {
  const excel = new FakeExcel();
  excel.payloadLimitBytes = limit;
  const { rows, formats } = seedTable(count);
  excel.addSheet('分工方案', rows, formats);
  return excel;
}

describe('reading a sheet too large for one response', () => {
  it('reads 100,000 rows under a 5 MB response limit in blocks, none over it, to the grid of an unlimited read', async () => {
    const unlimited = workbook(100_000, Number.POSITIVE_INFINITY);
    const whole = await readTaskSheet(unlimited.context, SETTINGS, MAX_REQUEST_BYTES);
    // The single read is what Excel on the web refuses.
    expect(Math.max(...unlimited.syncs.map((s) => s.responseBytes))).toBeGreaterThan(LIMIT);

    const limited = workbook(100_000, LIMIT);
    const split = await readTaskSheet(limited.context, SETTINGS, MAX_REQUEST_BYTES);
    expect(split.task.grid).toEqual(whole.task.grid);
    expect(split.task.grid.grid).toHaveLength(100_003);
    expect(split.task.grid.grid[3]?.[4]).toEqual(new Date(Date.UTC(2023, 9, 31)));
    expect(split.task.grid.grid[100_002]?.[0]).toBe(100_000);
    // One refused single read, the used range's size, its first rows (the table's columns), how far they are used,
    // then blocks; only the first sync went over.
    expect(limited.syncs[0]?.responseBytes).toBeGreaterThan(LIMIT);
    for (const sync of limited.syncs.slice(1)) expect(sync.responseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(limited.syncs.length).toBeLessThan(24);
    // The blocks carry the values and the formats of the columns holding dates (序号 passes 36,525, the serial of
    // 2000-01-01, so column A counts too): less than the values and half the whole range's formats.
    // Counted as the fake counts a response: UTF-8 JSON.
    const valuesBytes = Buffer.byteLength(JSON.stringify(limited.valuesOf('分工方案')));
    const wholeFormatsBytes = Buffer.byteLength(JSON.stringify(seedTable(100_000).formats.map((row) => [0, 1, 2, 3, 4].map((c) => row[c] ?? 'General'))));
    const blockBytes = limited.syncs.slice(1).reduce((sum, s) => sum + s.responseBytes, 0);
    expect(blockBytes).toBeLessThan(valuesBytes + wholeFormatsBytes / 2);
  });

  it('checks 10,000 rows of dates the same under a limit that forces blocks as without a limit', async () => {
    const tight = 256 * 1024;
    const limited = workbook(10_000, tight);
    const split = await createOfficeHost(fakeRuntime(limited, { maxRequestBytes: tight - 32 * 1024 })).validate(SETTINGS);
    const whole = await createOfficeHost(fakeRuntime(workbook(10_000, Number.POSITIVE_INFINITY))).validate(SETTINGS);
    expect(split.tasks).toEqual(whole.tasks);
    // Every third deadline is a date cell; its text is the date read from the serial, not the number.
    expect(split.tasks.filter((task) => /^2023-1[02]-31$/.test(task.deadline.text))).toHaveLength(3_334);
    for (const sync of limited.syncs.slice(1)) expect(sync.responseBytes).toBeLessThanOrEqual(tight);
  });

  it('splits a block again when rows after the sample are longer than it', async () => {
    const excel = new FakeExcel();
    excel.payloadLimitBytes = 64 * 1024;
    const long = seedRows()[5]?.[1] ?? '';
    const rows: Cell[][] = [['序号', '工作任务', '牵头单位', '完成时限']];
    // Short rows fill the sample; later rows carry the seed's longest kind of task text, fifteen times over.
    for (let i = 1; i <= 2_000; i += 1) rows.push([i, i <= 600 ? '对接' : long.repeat(15), '市人社局', '全年']);
    excel.addSheet('分工方案', rows);
    const read = await readTaskSheet(excel.context, SETTINGS, 48 * 1024);
    expect(read.task.grid.grid).toEqual(rows.map((row) => row.map((cell) => cell)));
    const refused = excel.syncs.filter((s) => s.responseBytes > 64 * 1024);
    expect(refused.length).toBeGreaterThan(1);
  });

  it('says RANGE_TOO_LARGE when a single row is over the limit, which no block can split', async () => {
    const excel = new FakeExcel();
    excel.payloadLimitBytes = 16 * 1024;
    excel.addSheet('分工方案', [['序号', '工作任务', '牵头单位', '完成时限'], [1, '对接'.repeat(10_000), '市人社局', '全年']]);
    await expect(createOfficeHost(fakeRuntime(excel, { maxRequestBytes: 12 * 1024 })).validate(SETTINGS)).rejects.toMatchObject({ code: 'RANGE_TOO_LARGE' });
  });

  it('reads again in blocks after Excel refuses the seed table\'s response once, with the same result', async () => {
    const refused = workbook(29, LIMIT);
    refused.failNextSync('ResponsePayloadSizeLimitExceeded');
    const result = await createOfficeHost(fakeRuntime(refused)).validate(SETTINGS);
    const plain = await createOfficeHost(fakeRuntime(workbook(29, LIMIT))).validate(SETTINGS);
    expect(result.tasks).toEqual(plain.tasks);
    expect(result.findings).toEqual(plain.findings);
  });

  it('finds the task table among other sheets when it is too large for one response', async () => {
    const excel = new FakeExcel();
    excel.payloadLimitBytes = 256 * 1024;
    excel.addSheet('说明', [['本工作簿用于2023年闽宁协作任务督办。']]);
    const { rows, formats } = seedTable(3_000);
    excel.addSheet('分工方案', rows, formats);
    const read = await readTaskSheet(excel.context, SETTINGS, 192 * 1024);
    expect(read.task.grid.name).toBe('分工方案');
    expect(read.task.grid.grid).toHaveLength(3_003);
    expect(read.task.grid.grid[3]?.[4]).toEqual(new Date(Date.UTC(2023, 9, 31)));
  });
});

describe('a table that fits one response', () => {
  it('checks 10 and 10,000 rows with date deadlines and a 单位名录 sheet in at most three syncs', async () => {
    for (const count of [10, 10_000]) {
      const excel = workbook(count, LIMIT);
      excel.addSheet('单位名录', [['标准名称', '类别'], ['市人社局', '市直部门']]);
      const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
      expect(result.tasks).toHaveLength(count);
      // The task sheet's cells, then the registry's values, then the writes.
      expect(excel.syncs.length).toBeLessThanOrEqual(3);
      // Requests within the adapter's budget; the single read's response within Excel on the web's limit (10,000
      // rows of the seed's text: 4.75 MB in UTF-8).
      for (const sync of excel.syncs) expect([sync.dataBytes <= MAX_REQUEST_BYTES, sync.responseBytes <= LIMIT]).toEqual([true, true]);
    }
  });

  it('takes at most three syncs for either button on 10 and 10,000 rows, with date cells or the seed\'s worded deadlines', async () => {
    for (const count of [10, 10_000]) {
      for (const dated of [true, false]) {
        const excel = new FakeExcel();
        const { rows, formats } = seedTable(count);
        excel.addSheet('分工方案', dated ? rows : rows.map((row) => row.map((cell, c) => (c === 4 && typeof cell === 'number' ? '11月底前' : cell))), formats);
        const host = createOfficeHost(fakeRuntime(excel));
        for (const press of [() => host.validate(SETTINGS), () => host.summarize(SETTINGS)]) {
          const before = excel.syncs.length;
          await press();
          const syncs = excel.syncs.slice(before);
          expect(syncs.length).toBeLessThanOrEqual(3);
          for (const sync of syncs) expect([sync.dataBytes <= MAX_REQUEST_BYTES, sync.responseBytes <= LIMIT]).toEqual([true, true]);
        }
      }
    }
  });
});

describe('a formula column filled down far below the table', () => {
  /** 200 tasks, and a headed 备注 column whose formula (showing "") the clerk filled down to `to`. */
  function filledDown(to: number, limit: number): FakeExcel {
    const excel = new FakeExcel();
    excel.payloadLimitBytes = limit;
    const rows: Cell[][] = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '备注']];
    for (let i = 1; i <= 200; i += 1) rows.push([i, `组织第${i}批劳务协作对接活动`, '市人社局', '马尾区', '11月底前', null]);
    excel.addSheet('分工方案', rows);
    excel.fillDownBlankFormula('分工方案', 6, 2, to);
    return excel;
  }

  it('stops reading a million formula rows after a run of empty ones', async () => {
    // 6,291,456 cells: every platform refuses the single read (RangeExceedsLimit, before any payload limit), so
    // desktop reads in blocks as the web does; one run stands for both.
    const excel = filledDown(1_048_576, LIMIT);
    const read = await readTaskSheet(excel.context, SETTINGS, MAX_REQUEST_BYTES);
    // The header and the 200 tasks, nothing of the empty rows below (before: 1,048,576 rows, 20.98 MB, 19 syncs).
    expect(read.task.grid.grid).toHaveLength(201);
    expect(read.task.grid.grid[200]?.[0]).toBe(200);
    const bytes = excel.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // The refused single read, the used range's size, its head, the columns' depth, two blocks (the tasks and 2,000
    // empty rows), the formats of the date columns: 6 syncs, 49 KB.
    expect(excel.syncs.length).toBeLessThanOrEqual(7);
    expect(bytes).toBeLessThan(64 * 1024);
  });

  it('leaves the empty rows out of a single read too', async () => {
    // 600,000 cells fit one read on desktop; the grid still ends with the table.
    const excel = filledDown(100_000, Number.POSITIVE_INFINITY);
    const read = await readTaskSheet(excel.context, SETTINGS, MAX_REQUEST_BYTES);
    expect(read.task.grid.grid).toHaveLength(201);
    const result = await createOfficeHost(fakeRuntime(excel)).validate(SETTINGS);
    expect(result.tasks).toHaveLength(200);
  });
});
