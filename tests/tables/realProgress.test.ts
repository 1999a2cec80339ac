// The progress of the two real progress tables: Chongchuan's 1-11月 推进情况 beside 1-10月 with its 是否达序, and
// Meishan's year-end target-and-result matrix, from their transcriptions and (Chongchuan) from its .xlsx.
import * as fs from 'fs';
import { checkTaskTable } from '../../src/core/checkTaskTable';
import { checkWorkbookTable } from '../../src/xlsx/checkWorkbook';
import { tableGrid, tablePath } from '../fixtures/tables/tableGrid';

describe('chongchuan-2023-minsheng-jindu (1-10月 and 1-11月 推进情况, 是否达序)', () => {
  const result = checkTaskTable(tableGrid('chongchuan-2023-minsheng-jindu'), { asOf: '2023-11-30' });

  it('reads both period columns, 1-11月 current', () => {
    expect(result.tasks.map((t) => t.progressRecord?.periods.map((p) => p.month))).toEqual([
      [10, 11],
      [10, 11],
      [10, 11],
    ]);
    expect(result.tasks[0]?.progressRecord).toMatchObject({ text: '已进场施工,完成60%。', percent: 60, lag: false });
  });

  it('lights item 25 yellow on its 是否达序 否, items 24 and 26 green on 是, though 24 is at 60% of a 91.7% year', () => {
    expect(result.tasks.map((t) => [t.no, t.light, t.expected])).toEqual([
      ['24', 'green', 91.7],
      ['25', 'yellow', 91.7],
      ['26', 'green', 91.7],
    ]);
    expect(result.findings.map((f) => [f.code, f.row, f.column, f.message])).toEqual([['PROGRESS_BEHIND', 4, 'H', '报告进度滞后（序时进度为91.7%）。']]);
  });

  it('writes the 通报 of the three items as the district would', () => {
    expect(result.progress?.bulletin).toBe('截至11月30日，3项重点任务中，已完成0项，占0%；序时推进2项；滞后1项，分别是第25项（城管局）。');
  });

  it('reads the same from the .xlsx', async () => {
    const { result: fromFile } = await checkWorkbookTable(fs.readFileSync(tablePath('chongchuan-2023-minsheng-jindu', 'xlsx')), { asOf: '2023-11-30', lang: 'zh-CN' });
    expect(fromFile.tasks.map((t) => t.light)).toEqual(result.tasks.map((t) => t.light));
    expect(fromFile.progress).toEqual(result.progress);
  });
});

describe('meishan-2019-minsheng-wancheng (a year-end target-and-result matrix)', () => {
  const result = checkTaskTable(tableGrid('meishan-2019-minsheng-wancheng'), { asOf: '2019-12-31' });

  it('reads each area’s target, actual and stated rate, the 全市 row as the indicator’s own', () => {
    const jobs = result.tasks[0]?.progressRecord?.figures ?? [];
    expect(jobs.map((f) => f.unit)).toEqual([null, '东坡区', '彭山区', '仁寿县', '洪雅县', '丹棱县', '青神县']);
    expect(jobs[0]).toMatchObject({ target: 27800, actual: 52242, statedRate: 187.9, measure: '人', row: 7, columns: { target: 'B', actual: 'C', rate: 'D' } });
    expect(result.tasks[4]?.progressRecord?.figures.find((f) => f.unit === '市本级')).toMatchObject({ target: 60, actual: 577, statedRate: 961.7 });
  });

  it('finds every printed rate within a point of actual ÷ target, and the unemployment rate met by staying under 4.3%', () => {
    expect(result.findings.filter((f) => f.code === 'PROGRESS_RATE_MISMATCH')).toEqual([]);
    expect(result.tasks[3]?.progressRecord?.figures.every((f) => f.lowerIsBetter)).toBe(true);
    expect(result.tasks.map((t) => t.light)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(result.progress).toMatchObject({ total: 5, lights: { done: 5 }, lightColumn: null });
  });

  it('does not question a target beaten by far when the table prints the rate itself (市本级’s 961.7%)', () => {
    expect(result.findings.filter((f) => f.code === 'PROGRESS_TARGET_EXCEEDED')).toEqual([]);
  });

  it('points out a target beaten by half again and more where no rate is printed', () => {
    // The same matrix with its 完成比例(%) columns' headers blanked out: the rates are no longer read as such.
    const sheet = tableGrid('meishan-2019-minsheng-wancheng');
    const withoutRates = { ...sheet, grid: sheet.grid.map((cells) => cells.map((cell) => (typeof cell === 'string' && cell.startsWith('完成比例') ? '' : cell))) };
    const exceeded = checkTaskTable(withoutRates, { asOf: '2019-12-31' }).findings.filter((f) => f.code === 'PROGRESS_TARGET_EXCEEDED');
    expect(exceeded.find((f) => f.unit === '市本级')?.message).toBe('“市本级”完成值577人超过目标值60人（961.7%）。');
  });
});
