// The progress loop on real files: the seed's returns written for November, filled in by the units as LibreOffice
// writes them (flat ODS files this test builds from each return, turned into .xlsx by one soffice call: one unit
// keeps the key column, one retypes its return, re-sorted, without the key, with a task's text changed and a row of
// its own; one returns the file untouched, re-saved by LibreOffice; a supporting unit reports a lag), merged into the
// table, then December's merged on top; LibreOffice reads the returns and both merged workbooks (a second call).
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue, CheckResult, Finding, SheetGrid } from '../../src/core';
import { mergeReturnWorkbooks, openWorkbookFile, readReturnWorkbook, writeReturnWorkbooks, type ReturnFile } from '../../src/xlsx';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { makeTempDir } from '../fixtures/tempDirs';
import { CSV_ALL_SHEETS, libreOffice, writeFods, type OdsCell } from '../fixtures/workbooks/flatOds';

const NOVEMBER = { asOf: '2023-11-20', lang: 'zh-CN', period: '2023-11' } as const;
const DECEMBER = { asOf: '2023-12-20', lang: 'zh-CN', period: '2023-12' } as const;
/** The return's columns, as the tool writes them. */
const COLUMN = { no: 0, task: 1, progress: 8, actual: 9, state: 10, problems: 11, nextSteps: 12, key: 13 } as const;

interface Fill {
  readonly progress: string;
  readonly state: string;
  readonly actual?: number;
  readonly problems?: string;
}

const text = (value: CellValue | undefined): string => (value === null || value === undefined ? '' : String(value));

/** A return as a unit fills it in: its rows as written, the fill-in cells of the tasks it reports on. */
function filledIn(grid: SheetGrid, fills: Readonly<Record<string, Fill>>): OdsCell[][] {
  return grid.grid.map((cells, r) => {
    const row: OdsCell[] = cells.map((c) => (typeof c === 'number' ? c : text(c)));
    const fill = r >= 2 ? fills[text(cells[COLUMN.no])] : undefined;
    if (fill) {
      row[COLUMN.progress] = fill.progress;
      row[COLUMN.state] = fill.state;
      if (fill.actual !== undefined) row[COLUMN.actual] = fill.actual;
      if (fill.problems !== undefined) row[COLUMN.problems] = fill.problems;
    }
    return row;
  });
}

let dir: string;
let table: Uint8Array;
let written: ReturnFile[];
let november: { result: CheckResult; output: Uint8Array };
let december: { result: CheckResult; output: Uint8Array };
let resaved: ReturnFile;
let taskText8: string;

beforeAll(async () => {
  dir = makeTempDir('task-check-progress-');
  const inDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(inDir);
  fs.mkdirSync(outDir);
  table = new Uint8Array(fs.readFileSync(SAMPLE_WORKBOOK_PATH));
  written = [...(await writeReturnWorkbooks(table, NOVEMBER)).files];
  const returnOf = (unit: string): ReturnFile => written.find((f) => f.name.endsWith(` ${unit}.xlsx`))!;
  const gridOf = (unit: string): SheetGrid => openWorkbookFile(returnOf(unit).bytes).sheetGrid('进展报送')!;
  const mawei = gridOf('马尾区');
  taskText8 = text(mawei.grid.find((cells) => text(cells[0]) === '8')![COLUMN.task]);
  const key8 = text(mawei.grid.find((cells) => text(cells[0]) === '8')![COLUMN.key]);

  const fods: Record<string, OdsCell[][]> = {
    // 马尾区 fills in its return and keeps every column.
    '2023-11 进展报送 马尾区': filledIn(mawei, {
      '2': { progress: '召开推进会3次，完成80%', state: '推进中' },
      '3': { progress: '已赴宁夏结对县签订帮扶协议', state: '已完成' },
      '8': { progress: '已销售农副产品9500万元', state: '已完成', actual: 9500 },
    }),
    '2023-11 进展报送 闽侯县': filledIn(gridOf('闽侯县'), {
      '3': { progress: '已签订帮扶协议', state: '已完成' },
      '8': { progress: '已销售8000万元', state: '推进中', actual: 8000 },
      '23': { progress: '资金尚未拨付', state: '滞后', problems: '财政资金未到位' },
    }),
    '2023-11 进展报送 市人社局': filledIn(gridOf('市人社局'), {
      '6': { progress: '已完成', state: '已完成' },
      '7': { progress: '完成95%', state: '推进中' },
    }),
    // 福清市 retypes its return in a sheet of its own: other headers, no key, its rows re-sorted, 序号 as numbers,
    // task 8 cut short, and a row of its own.
    福清市进展: [
      ['2023年11月进展情况（福清市）'],
      ['序号', '工作任务', '进展情况', '完成状态', '存在的问题', '下步打算'],
      [99, '福清市自行增加的帮扶工作', '已开展', '推进中', '', ''],
      [8, taskText8.slice(0, 20), '已销售9100万元', '推进中', '', '12月完成'],
      [3, text(gridOf('福清市').grid.find((cells) => text(cells[0]) === '3')![COLUMN.task]), '已签订帮扶协议', '已完成', '', ''],
    ],
    // A supporting unit that leads nothing reports on task 8 in a sheet shaped like a return.
    '2023-11 进展报送 鼓楼区': [
      ['2023年11月重点任务进展报送表（鼓楼区）'],
      ['序号', '工作任务', '本期进展情况', '状态', '任务标识'],
      ['8', taskText8, '对接销售渠道不足', '滞后', key8],
    ],
    // December: 马尾区 copies task 2's text forward and closes it.
    '2023-12 进展报送 马尾区': [
      ['2023年12月重点任务进展报送表（马尾区）'],
      ['序号', '工作任务', '本期进展情况', '状态', '任务标识'],
      ...mawei.grid.slice(2).map((cells): OdsCell[] => {
        const no = text(cells[0]);
        return [no, text(cells[COLUMN.task]), no === '2' ? '召开推进会3次，完成80%' : no === '22' ? '已完成' : '', no === '22' ? '已完成' : no === '2' ? '推进中' : '', text(cells[COLUMN.key])];
      }),
    ],
  };
  const files = Object.entries(fods).map(([name, rows]) => writeFods(inDir, name, { sheets: [{ name: '进展报送', rows, titleSpan: rows[1]!.length }] }));
  // 市委办公厅 sends its return back untouched, as LibreOffice saves it.
  const untouched = path.join(inDir, '2023-11 进展报送 市委办公厅.xlsx');
  fs.writeFileSync(untouched, returnOf('市委办公厅').bytes);
  libreOffice([...files, untouched], 'xlsx', outDir);

  const back = (name: string): ReturnFile => ({ name: `${name}.xlsx`, bytes: new Uint8Array(fs.readFileSync(path.join(outDir, `${name}.xlsx`))) });
  resaved = back('2023-11 进展报送 市委办公厅');
  const novemberReturns = ['2023-11 进展报送 马尾区', '2023-11 进展报送 闽侯县', '2023-11 进展报送 市人社局', '福清市进展', '2023-11 进展报送 鼓楼区', '2023-11 进展报送 市委办公厅'].map(back);
  november = await mergeReturnWorkbooks(table, novemberReturns, NOVEMBER);
  december = await mergeReturnWorkbooks(november.output, [back('2023-12 进展报送 马尾区')], DECEMBER);
  fs.writeFileSync(path.join(dir, 'merged-11.xlsx'), november.output);
  fs.writeFileSync(path.join(dir, 'merged-12.xlsx'), december.output);
  fs.writeFileSync(path.join(dir, 'return.xlsx'), returnOf('马尾区').bytes);
}, 240_000);

const findingsOf = (result: CheckResult, code: Finding['code']) => result.findings.filter((f) => f.code === code);
const taskNamed = (result: CheckResult, no: string) => result.tasks.find((t) => t.no === no && t.subRowOf === undefined)!;

describe('a return LibreOffice saved untouched', () => {
  it('is still a return: its identity, its rows and their keys, its sheet protected and 状态 a list', () => {
    const report = readReturnWorkbook(resaved);
    expect(report).toMatchObject({ unit: '市委办公厅', period: '2023-11', recognized: true });
    expect(report.rows.map((r) => [r.no, /^T[0-9A-Z]{7}$/.test(r.key)])).toEqual([['1', true]]);
    const sheet = Object.entries(unzipSync(resaved.bytes)).find(([name]) => /^xl\/worksheets\/sheet1\.xml$/.test(name))![1];
    expect(strFromU8(sheet)).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
    expect(strFromU8(sheet)).toMatch(/<dataValidation[^>]*type="list"/);
  });
});

describe('November merged', () => {
  it('keeps each unit’s report on its task, the retyped and re-sorted ones matched by 序号 and text', () => {
    const merged = november.result.progress!.merged!;
    const reportsOf = (no: string) => merged.find((m) => m.row === taskNamed(november.result, no).row)!.reports.map((r) => [r.unit, r.role, r.state, r.actual]);
    expect(reportsOf('3')).toEqual([
      ['马尾区', 'lead', 'done', null],
      ['闽侯县', 'lead', 'done', null],
      ['福清市', 'lead', 'done', null],
    ]);
    expect(reportsOf('8')).toEqual([
      ['马尾区', 'lead', 'done', 95_000_000],
      ['闽侯县', 'lead', 'ongoing', 80_000_000],
      ['福清市', 'lead', 'ongoing', null],
      ['鼓楼区', 'support', 'lagging', null],
    ]);
  });

  it('lights task 3 done though past its deadline, since every lead unit reports it done, and task 23 red', () => {
    expect(taskNamed(november.result, '3').light).toBe('done');
    expect(taskNamed(november.result, '23').light).toBe('red');
    expect(taskNamed(november.result, '8').progressRecord?.figures.map((f) => [f.unit, f.actual, f.target])).toEqual([
      ['马尾区', 95_000_000, 90_000_000],
      ['闽侯县', 80_000_000, 90_000_000],
      ['福清市', null, 90_000_000],
      ['鼓楼区', null, 80_000_000],
    ]);
  });

  it('says what a supervisor chases', () => {
    const fuqing = findingsOf(november.result, 'RETURN_TEXT_CHANGED');
    expect(fuqing.map((f) => [f.unit, f.taskNo])).toEqual([['福清市', '8']]);
    expect(findingsOf(november.result, 'RETURN_ROW_UNMATCHED').map((f) => f.message)).toEqual([
      '“福清市”的福清市进展.xlsx 第3行（序号99，“福清市自行增加的帮扶工作”）对不上分工方案中的任务，未合并。',
    ]);
    expect(findingsOf(november.result, 'PROGRESS_CONFLICT').map((f) => f.message)).toEqual(['“马尾区”报告已完成，配合单位“鼓楼区”报告滞后。']);
    const silent = findingsOf(november.result, 'PROGRESS_NOT_REPORTED').filter((f) => f.taskNo === '1');
    expect(silent.map((f) => f.message)).toEqual(['“市委办公厅”的本期（2023-11）报送表未填写此项任务的进展。', '“市政府办公厅”未报送本期（2023-11）进展。']);
    expect(november.result.progress?.notReturned).not.toContain('市委办公厅');
    expect(november.result.progress?.notReturned).toContain('市政府办公厅');
  });

  it('writes 进展汇总 into the copy, found by its name, the user’s table untouched', () => {
    const opened = openWorkbookFile(november.output);
    const sheet = opened.sheetGrid('进展汇总')!;
    // Titled as every tool sheet (the plan's name, then the sheet's), the header under the title and subtitle.
    expect(text(sheet.grid[0]?.[0])).toBe('2023年闽宁协作福州市重点工作分方案 2023年11月重点任务进展汇总');
    const header = sheet.grid[2]!.map(text);
    expect(header.slice(-2)).toEqual(['2023-11 进展', '任务标识']);
    const three = sheet.grid.find((cells) => text(cells[0]) === '3')!;
    expect(text(three[header.indexOf('亮灯')])).toBe('已完成');
    expect(text(three[header.indexOf('2023-11 进展')])).toBe('【已完成】\n马尾区（已完成）：已赴宁夏结对县签订帮扶协议\n闽侯县（已完成）：已签订帮扶协议\n福清市（已完成）：已签订帮扶协议');
    const before = openWorkbookFile(table).sheetGrid('分工方案')!;
    expect(opened.sheetGrid('分工方案')!.grid).toEqual(before.grid);
    expect(strFromU8(unzipSync(november.output)['xl/workbook.xml']!)).toContain('<definedName name="TaskCheck.Progress">');
  });

  it('colours each 亮灯 cell of 进展汇总 as the task sheet’s lights, the legend below the table', () => {
    const parts = unzipSync(november.output);
    const progressPart = Object.entries(parts).find(([name, bytes]) => name.startsWith('xl/worksheets/') && strFromU8(bytes).includes('>2023-11 进展<'))!;
    const sheet = openWorkbookFile(november.output).sheetGrid('进展汇总')!;
    const three = sheet.grid.findIndex((cells) => text(cells[0]) === '3') + 1;
    const rules = [...strFromU8(progressPart[1]).matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)"[^>]*><formula>N\("TaskCheck:(\w+)"\)=0/g)];
    expect(rules.find((r) => r[3] === 'closed')?.[1]?.split(' ')).toContain(`F${three}`);
    // The dxf the rule names is the lights' grey, as on the task sheet.
    const dxfs = [...strFromU8(parts['xl/styles.xml']!).matchAll(/<dxf>(.*?)<\/dxf>/g)].map((m) => m[1]);
    expect(dxfs[Number(rules.find((r) => r[3] === 'closed')?.[2])]).toContain('FFEDEDED');
    expect(sheet.grid.flat()).toContain('亮灯：红＝逾期未完成；黄＝滞后或临近完成时限；绿＝按序时推进；已完成＝已办结。');
  });
});

describe('December merged on top of November', () => {
  it('keeps November beside December and marks what changed', () => {
    const sheet = openWorkbookFile(december.output).sheetGrid('进展汇总')!;
    const header = sheet.grid[2]!.map(text);
    expect(header.slice(-3)).toEqual(['2023-12 进展', '2023-11 进展', '任务标识']);
    const row = (no: string) => sheet.grid.find((cells) => text(cells[0]) === no)!;
    expect(text(row('3')[header.indexOf('2023-11 进展')])).toContain('马尾区（已完成）：已赴宁夏结对县签订帮扶协议');
    expect(text(row('2')[header.indexOf('较上期变化')])).toContain('进展与上期相同');
    expect(text(row('22')[header.indexOf('2023-12 进展')])).toContain('马尾区（已完成）：已完成\n闽侯县（未报送）');
    expect(december.result.progress?.earlierPeriods).toEqual(['2023-11']);
  });
});

describe('LibreOffice reading the returns and the merged workbooks', () => {
  let csv: (file: string, sheet: string) => string;

  beforeAll(() => {
    const outDir = path.join(dir, 'csv');
    fs.mkdirSync(outDir);
    libreOffice(['merged-11.xlsx', 'merged-12.xlsx', 'return.xlsx'].map((f) => path.join(dir, f)), CSV_ALL_SHEETS, outDir);
    csv = (file, sheet) => fs.readFileSync(path.join(outDir, `${file}-${sheet}.csv`), 'utf8');
  }, 240_000);

  it('reads every sheet the merge wrote, and the return', () => {
    // Each tool sheet's header is its third row, under the title and subtitle.
    expect(csv('merged-12', '进展汇总').split('\n')[2]).toContain('2023-12 进展,2023-11 进展,任务标识');
    expect(csv('merged-11', '单位进展排名').split('\n')[2]).toBe('单位,牵头任务,已完成,序时推进,滞后,逾期,未报送,完成率');
    expect(csv('merged-11', '区县汇总表')).toContain('进展通报');
    expect(csv('merged-11', '分工方案')).toContain('参加闽宁协作第27次联席会议');
    expect(csv('return', '进展报送').split('\n')[0]).toContain('2023年11月重点任务进展报送表（马尾区）');
  });
});
