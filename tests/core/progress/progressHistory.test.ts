// 进展汇总's cells read back: each unit's line of a period's summary, in either language the tool writes, a report over
// several lines kept whole, and the parts closed in the periods before one.
import type { SheetGrid } from '../../../src/core/model';
import { closedParts, readProgressHistory, summaryLines } from '../../../src/core/progress/progressHistory';

describe('summaryLines', () => {
  it('reads each unit’s state and text, a text over several lines kept whole, and who sent nothing', () => {
    expect(summaryLines('【黄】\n市委办公厅（推进中）：召开会议2次\n第3次会议筹备中\n市委（已完成）\n市政府办公厅（未报送）', ['市委', '市委办公厅', '市政府办公厅'])).toEqual([
      { unit: '市委办公厅', state: 'ongoing', notReported: false, text: '召开会议2次\n第3次会议筹备中' },
      { unit: '市委', state: 'done', notReported: false, text: '' },
      { unit: '市政府办公厅', state: null, notReported: true, text: '' },
    ]);
  });

  it('reads the English lines too, and a line without a state', () => {
    expect(summaryLines('【Green】\n马尾区 (Done): signed\n闽侯县: drafting\n福清市 (not reported)', ['马尾区', '闽侯县', '福清市'])).toEqual([
      { unit: '马尾区', state: 'done', notReported: false, text: 'signed' },
      { unit: '闽侯县', state: null, notReported: false, text: 'drafting' },
      { unit: '福清市', state: null, notReported: true, text: '' },
    ]);
  });
});

describe('closedParts', () => {
  const sheet: SheetGrid = {
    name: '进展汇总',
    grid: [
      ['序号', '2023-12 进展', '2023-11 进展', '2023-10 进展', '任务标识'],
      ['1', '【已完成】\n鼓楼区（已完成）：2023年11月已报完成\n台江区（已完成）：已建成', '【黄】\n鼓楼区（已完成）：已建成\n台江区（推进中）：在建', '【黄】\n鼓楼区（已完成）：已建成', 'T1'],
    ],
  };
  const history = readProgressHistory(sheet);

  it('gives each unit the period it closed its part in, the run of 已完成 followed back', () => {
    expect([...closedParts(history, 'T1', '2024-01', ['鼓楼区', '台江区'])]).toEqual([
      ['鼓楼区', '2023-10'],
      ['台江区', '2023-12'],
    ]);
    expect([...closedParts(history, 'T1', '2023-12', ['鼓楼区', '台江区'])]).toEqual([['鼓楼区', '2023-10']]);
    expect([...closedParts(history, 'T2', '2024-01', ['鼓楼区'])]).toEqual([]);
  });

  it('reads the period the sheet was last merged for and that merge’s other cells', () => {
    expect(history.current).toBe('2023-12');
    expect(history.periods).toEqual(['2023-12', '2023-11', '2023-10']);
  });
});
