// What the progress puts into the write plan: the lights on the task sheet, 单位进展排名, the 通报 under the
// district summary (below its table and note, laid out by the hosts), and the return workbooks of a period.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue, SheetGrid } from '../../../src/core/model';
import { planWorkbookOutput } from '../../../src/core/plan/planWorkbookOutput';
import { planReturnWorkbooks } from '../../../src/core/plan/returnWorkbooks';
import { rowsBelowBody } from '../../../src/core/plan/sheetLayout';
import { taskKeys } from '../../../src/core/progress/taskKeys';
import { seedSheetGrid } from '../../fixtures/seedGrid';

const TABLE: SheetGrid = {
  name: '推进情况',
  firstRow: 1,
  firstColumn: 1,
  grid: [
    ['2023年重点工作推进情况'],
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '进展情况'],
    [1, '新建口袋公园10个', '区城管局', '各街道', '年底前', '完成95%'],
    [2, '改造老旧小区，区住建局12个、区城管局3个', '区住建局', '区城管局', '年底前', '完成60%'],
    [3, '新增停车位500个', '区交通局', '', '10月底前', '完成90%'],
    [4, '建设智慧菜场2个', '区商务局', '', '年底前', '已完成'],
    [5, '整治市容市貌', '区城管局、市工党工委', '', '持续推进', '常态化开展'],
  ] as CellValue[][],
};
const result = checkTaskTable(TABLE, { asOf: '2023-11-30' });
const plan = planWorkbookOutput(result, { parts: ['highlights', 'summaries'], lang: 'zh-CN', existingSheets: [TABLE.name], ownedSheets: {} });

describe('lights on the task sheet', () => {
  it('colour each task’s progress cell, a finding’s colour first', () => {
    expect(plan.highlights).toEqual([
      { style: 'error', ranges: ['E5', 'F5'] },
      { style: 'warning', ranges: ['C7', 'F4'] },
      { style: 'good', ranges: ['F3'] },
      { style: 'closed', ranges: ['F6'] },
    ]);
  });
});

describe('the progress sheets of a table', () => {
  it('are 单位进展排名, not 进展汇总, which only a merge writes', () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(['districts', 'unitTasks', 'unitProgress']);
    const ranking = plan.sheets[2]!;
    expect(ranking.name).toBe('单位进展排名');
    expect(ranking.rows).toEqual([
      ['区城管局', 2, 0, 2, 0, 0, 0, 0],
      ['区住建局', 1, 0, 0, 1, 0, 0, 0],
      ['区交通局', 1, 0, 0, 0, 1, 0, 0],
      ['区商务局', 1, 1, 0, 0, 0, 0, 1],
      ['合计', 5, 1, 2, 1, 1, 0, 1 / 5],
    ]);
    // 市工党工委, a name that fits no unit (a slip), reports nothing and is not ranked; a co-led task counts for each lead.
    expect(ranking.layout?.note).toBe('合计按单位累加：一项任务有几个牵头单位就计几次（表中共5项任务）。');
    expect(ranking.boldRows).toEqual([4]);
    expect(ranking.columns[7]?.numberFormat).toBe('0.0%');
    expect(ranking.columns.map((c) => c.center ?? false)).toEqual([false, true, true, true, true, true, true, false]);
    // Laid out as every tool sheet: the plan's name before the sheet's, what was checked below it.
    expect(ranking.layout).toMatchObject({
      title: '2023年重点工作推进情况 各单位进展情况',
      subtitle: '校验工作表“推进情况” · 2023 年度 · 截至 2023-11-30',
      autoFilter: true,
      // The filter ends above 合计.
      totalsRow: true,
      print: { orientation: 'landscape', fitToPagesWide: 1, footer: { left: ['截至 2023-11-30'] } },
    });
  });

  it('put the 通报 under the district summary, out of the table, after an empty row', () => {
    const districts = plan.sheets[0]!;
    // The table names no town: the summary has no rows, and a note saying why instead of the totals note.
    expect(districts.rows).toEqual([]);
    expect(districts.layout?.note).toBe('说明：牵头单位和配合单位中没有乡镇（街道），无可汇总的内容。');
    expect(districts.layout?.closing).toEqual({ heading: '进展通报', text: '截至11月30日，5项重点任务中，已完成1项，占20%；序时推进2项；滞后2项（其中逾期1项），分别是第2项（区住建局）、第3项（区交通局）。' });
    expect(rowsBelowBody(districts.layout, 0)).toEqual({ note: 5, closingHeading: 7, closingText: 8, last: 8 });
    // Its text wraps across the table's width, and its row is as tall as that.
    expect(districts.rowHeights?.at(-1)?.row).toBe(8);
    expect(districts.rowHeights?.at(-1)?.points).toBeGreaterThan(30);
  });

  it('put the 通报 below the totals note where the summary has rows', () => {
    expect(rowsBelowBody({ title: '汇总', subtitle: '截至', note: '说明', closing: { heading: '进展通报', text: '截至' } }, 4)).toEqual({ note: 9, closingHeading: 11, closingText: 12, last: 12 });
  });
});

describe('the return workbooks of a period', () => {
  const returns = planReturnWorkbooks(result, '2023-11', 'zh-CN');

  it('go to every lead unit but collective terms and names that fit no unit, with the tasks it leads and supports', () => {
    expect(returns.map((r) => [r.unit, r.fileName, r.sheet.rows.map((row) => row[0])])).toEqual([
      ['区城管局', '2023-11 进展报送 区城管局.xlsx', ['1', '2', '5']],
      ['区住建局', '2023-11 进展报送 区住建局.xlsx', ['2']],
      ['区交通局', '2023-11 进展报送 区交通局.xlsx', ['3']],
      ['区商务局', '2023-11 进展报送 区商务局.xlsx', ['4']],
    ]);
    expect(returns[0]?.names).toEqual([{ name: 'TaskCheck.Return', value: '"2023-11|区城管局"', hidden: true }]);
  });

  it('lock what the table says and unlock what the unit fills in', () => {
    const sheet = returns[0]!.sheet;
    expect(sheet.columns.map((c) => [c.header, c.unlocked ?? false])).toEqual([
      ['序号', false],
      ['工作任务', false],
      ['本单位职责', false],
      ['牵头单位', false],
      ['配合单位', false],
      ['完成时限', false],
      ['本期进展情况', true],
      ['状态', true],
      ['存在问题', true],
      ['下一步打算', true],
      ['任务标识', false],
    ]);
    expect(sheet.columns[7]?.choices).toEqual(['已完成', '推进中', '滞后', '未启动']);
    expect(sheet.columns[10]?.hidden).toBe(true);
    const keys = taskKeys(result.tasks);
    expect(sheet.rows.map((r) => [r[2], r[6], r[10]])).toEqual([
      ['牵头', null, keys[0]],
      ['配合', null, keys[1]],
      ['牵头', null, keys[4]],
    ]);
    expect(sheet.layout).toMatchObject({ title: '2023年11月重点任务进展报送表（区城管局）', protect: true, freezeHeader: true });
  });

  it('ask for 完成值 only where the task carries a target for the unit, shown in the measure offices write', () => {
    const seed = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });
    const mawei = planReturnWorkbooks(seed, '2023-11', 'zh-CN').find((r) => r.unit === '马尾区')!.sheet;
    expect(mawei.columns.map((c) => [c.header, c.unlocked ?? false])).toEqual([
      ['序号', false],
      ['工作任务', false],
      ['本单位职责', false],
      ['牵头单位', false],
      ['配合单位', false],
      ['完成时限', false],
      ['目标值', false],
      ['计量单位', false],
      ['本期进展情况', true],
      ['完成值', true],
      ['状态', true],
      ['存在问题', true],
      ['下一步打算', true],
      ['任务标识', false],
    ]);
    const eight = mawei.rows.find((r) => r[0] === '8')!;
    expect([eight[6], eight[7], eight[9]]).toEqual([9000, '万元', null]);
    const two = mawei.rows.find((r) => r[0] === '2')!;
    expect([two[6], two[7], two[9]]).toEqual(['—', null, '—']);
  });

  it('ask for 完成值 against a target column too, with or without a measure, for the task’s only lead', () => {
    const table = checkTaskTable(
      {
        name: '任务',
        grid: [
          ['2023年鼓楼区重点工作任务分工方案'],
          ['序号', '工作任务', '牵头单位', '完成时限', '年度目标'],
          [1, '新建口袋公园', '区住建局', '12月底前', 5],
          [2, '改造老旧小区', '区住建局、区城管局', '12月底前', 12],
        ],
      },
      { asOf: '2023-11-20' },
    );
    const sheet = planReturnWorkbooks(table, '2023-11', 'zh-CN').find((r) => r.unit === '区住建局')!.sheet;
    const header = sheet.columns.map((c) => c.header);
    expect(header).toEqual(expect.arrayContaining(['目标值', '计量单位', '完成值']));
    // The sole lead owes the column's target; a co-led task's target is no one unit's.
    expect(sheet.rows.map((r) => [r[0], r[header.indexOf('目标值')], r[header.indexOf('完成值')]])).toEqual([
      ['1', 5, null],
      ['2', '—', '—'],
    ]);
  });
});
