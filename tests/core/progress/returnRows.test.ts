// A return read back (its header as written or retyped, who sent it, for which period) and its rows matched to the
// table's tasks; the keys that tie them.
import type { CellValue, ReturnRow } from '../../../src/core/model';
import { returnMatcher } from '../../../src/core/progress/matchReturns';
import { readReturn, returnState } from '../../../src/core/progress/readReturn';
import { taskKeys } from '../../../src/core/progress/taskKeys';

const grid = (rows: CellValue[][]) => ({ name: '进展报送', grid: rows, firstRow: 1, firstColumn: 1 });

describe('readReturn', () => {
  it('reads a return as the tool writes it, the unit and period from its identity', () => {
    const report = readReturn(
      grid([
        ['2023年11月重点任务进展报送表（区人社局）'],
        ['序号', '工作任务', '本单位职责', '牵头单位', '配合单位', '完成时限', '目标值', '计量单位', '本期进展情况', '完成值', '状态', '存在问题', '下一步打算', '任务标识'],
        ['2', '新增城镇就业', '牵头', '区人社局', '区财政局', '年底前', 1000, '人', '完成80%', 800, '推进中', '需求下降', '举办招聘会', 'T0ABCDEF'],
        ['4', '开展培训', '牵头', '区人社局', '', '年底前', '—', null, null, '—', null, null, null, 'T0GHIJKL'],
      ]),
      '2023-11 进展报送 区人社局.xlsx',
      '2023-11|区人社局',
    );
    expect(report).toMatchObject({ unit: '区人社局', period: '2023-11', recognized: true });
    expect(report.rows[0]).toEqual({ row: 3, key: 'T0ABCDEF', no: '2', text: '新增城镇就业', progress: '完成80%', state: '推进中', actual: 800, measure: '人', problems: '需求下降', nextSteps: '举办招聘会' });
    expect(report.rows[1]).toMatchObject({ key: 'T0GHIJKL', progress: '', actual: null });
  });

  it('reads a retyped one: other header words, no key, the unit from the title, the period from the title', () => {
    const report = readReturn(
      grid([
        ['区城管局2023年11月份进展情况'],
        [],
        ['序号', '重点任务', '进展情况', '完成状态', '存在的问题', '下步打算'],
        [3, '建设口袋公园10个', '完成7个', '进度滞后', '', ''],
      ]),
      '城管局.xlsx',
      null,
    );
    expect(report).toMatchObject({ unit: null, period: '2023-11', recognized: true });
    expect(report.rows).toEqual([{ row: 4, key: '', no: '3', text: '建设口袋公园10个', progress: '完成7个', state: '进度滞后', actual: null, measure: '', problems: '', nextSteps: '' }]);
    expect(readReturn(grid([['2023年第三季度进展（区城管局）'], ['序号', '工作任务', '状态']]), 'a.xlsx', null)).toMatchObject({ unit: '区城管局', period: '2023-Q3' });
    expect(readReturn(grid([['序号', '工作任务', '本期进展情况']]), '2023-11 进展报送 区住建局.xlsx', null)).toMatchObject({ unit: '区住建局', period: '2023-11' });
  });

  it('says which 完成值 it cannot read (no number, below zero), with its cell, and passes over the tool’s —', () => {
    const report = readReturn(
      grid([
        ['2023年11月重点任务进展报送表（区财政局）'],
        ['序号', '工作任务', '本期进展情况', '完成值', '状态'],
        ['1', '落实帮扶资金', '已拨付', '八千万', '推进中'],
        ['2', '压减一般性支出', '已压减', -50000, '推进中'],
        ['3', '开展培训', '已开展', '—', '推进中'],
        ['4', '新增就业', '已完成', '1,200人', '已完成'],
      ]),
      '2023-11 进展报送 区财政局.xlsx',
      null,
    );
    expect(report.rows.map((r) => [r.actual, r.unreadableActual ?? null])).toEqual([
      [null, { written: '八千万', cell: 'D3', negative: false }],
      [null, { written: '-50000', cell: 'D4', negative: true }],
      [null, null],
      [1200, null],
    ]);
  });

  it('recognises no return where no row names its columns', () => {
    expect(readReturn(grid([['会议通知'], ['时间', '地点']]), '通知.xlsx', null)).toEqual({ file: '通知.xlsx', unit: null, period: null, recognized: false, title: '', rows: [] });
  });

  it('reads the 状态 a unit picks or writes', () => {
    expect(['已完成', '推进中', '滞后', '未启动', 'Done', '严重滞后', '已办结', '正在施工', ''].map(returnState)).toEqual(['done', 'ongoing', 'lagging', 'notStarted', 'done', 'lagging', 'done', null, null]);
  });
});

describe('taskKeys', () => {
  it('gives a task the same key wherever it stands, and rows of one merged task keys of their own', () => {
    const tasks = [
      { no: '1', text: '召开推进会' },
      { no: '2', text: '建设公园' },
      { no: '2', text: '建设公园' },
    ];
    const keys = taskKeys(tasks);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe(`${keys[1]}-2`);
    expect(taskKeys([{ no: '2', text: '建设 公园' }, { no: '1', text: '召开推进会' }])).toEqual([keys[1], keys[0]]);
  });
});

describe('returnMatcher', () => {
  const tasks = [
    { no: '1', text: '召开工作推进会，研究部署全年工作', key: 'K1' },
    { no: '2', text: '建设口袋公园', key: 'K2' },
    { no: '3', text: '开展职业技能培训', key: 'K3' },
  ];
  const match = returnMatcher(tasks);
  const row = (over: Partial<ReturnRow>): ReturnRow => ({ row: 3, key: '', no: '', text: '', progress: '', state: '', actual: null, measure: '', problems: '', nextSteps: '', ...over });

  it('matches by key first, noting a changed text', () => {
    expect(match(row({ key: 'K2', no: '9', text: '建设口袋公园' }), [])).toEqual({ task: 1, by: 'key', textChanged: false });
    expect(match(row({ key: 'K2', text: '建设口袋公园10个' }), [])).toEqual({ task: 1, by: 'key', textChanged: true });
  });

  it('matches a row without its key by 序号 and text, the unit’s own tasks first', () => {
    expect(match(row({ no: '1', text: '召开工作推进会' }), [])).toEqual({ task: 0, by: 'text', textChanged: true });
    expect(match(row({ no: '', text: '开展职业技能培训' }), [0])).toEqual({ task: 2, by: 'text', textChanged: false });
    expect(match(row({ no: '1.', text: '召开工作推进会，研究部署全年工作' }), [])).toEqual({ task: 0, by: 'text', textChanged: false });
    // Cut short by the unit, with its 序号: the same task; without a 序号 to agree, no guess.
    expect(match(row({ no: '1', text: '召开工作推进会，研究部署' }), [])).toEqual({ task: 0, by: 'text', textChanged: true });
    expect(match(row({ no: '', text: '召开工作推进会，研究部署' }), [])).toBeNull();
  });

  it('matches nothing it would have to guess', () => {
    expect(match(row({ no: '2', text: '召开表彰大会' }), [])).toBeNull();
    expect(match(row({ no: '', text: '口袋公园' }), [])).toBeNull();
    expect(match(row({ key: 'K9' }), [])).toBeNull();
  });
});
