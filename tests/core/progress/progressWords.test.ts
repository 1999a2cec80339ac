// The words of progress: a percentage that is the task's progress, a stated lag or being on schedule, not started.
import { readPercent } from '../../../src/core/progress/readPercent';
import { isNotStarted, lagInAnswer, lagInText } from '../../../src/core/progress/statedLag';

describe('readPercent', () => {
  it.each([
    ['已进场施工,完成60%。', 60],
    ['进度 65%（滞后）', 65],
    ['完成全年任务的75%', 75],
    ['完成全年任务的七成', 70],
    ['形象进度达到95.5%', 95.5],
    ['完成率：１００％', 100],
    ['1-10月完成30%，1-11月完成60%', 60],
  ])('reads %s as %d', (text, percent) => {
    expect(readPercent(text)).toBe(percent);
  });

  it.each(['同比增长5%', '覆盖率达到95%', '已建成建筑垃圾中转站7个、分类池17个', '已完成投资60%', ''])('reads no progress in %s', (text) => {
    expect(readPercent(text)).toBeNull();
  });
});

describe('lagInText', () => {
  it.each([
    ['进度 65%（滞后）', true],
    ['项目于9月28才签订合同，滞后了2个月', true],
    ['未达序时进度', true],
    ['严重滞后', true],
    ['推进缓慢', true],
    ['未滞后', false],
    ['无滞后情况', false],
    ['已达到序时进度', false],
    ['按计划推进', false],
    ['已进场施工,完成60%。', null],
    ['', null],
  ])('says of %s: %s', (text, lag) => {
    expect(lagInText(text)).toBe(lag);
  });
});

describe('lagInAnswer', () => {
  it('reads 是否达序 and 是否滞后 the way each asks', () => {
    expect(lagInAnswer('是否达序', '否')).toBe(true);
    expect(lagInAnswer('是否达序', '是')).toBe(false);
    expect(lagInAnswer('是否滞后', '是')).toBe(true);
    expect(lagInAnswer('是否滞后', '否')).toBe(false);
    expect(lagInAnswer('是否达到序时进度', '×')).toBe(true);
  });

  it('reads words that are no yes or no as text', () => {
    expect(lagInAnswer('是否达序', '基本达序')).toBe(false);
    expect(lagInAnswer('是否达序', '待定')).toBeNull();
  });
});

describe('isNotStarted', () => {
  it('knows 未启动 and 尚未开工, and nothing in a progress report', () => {
    expect(isNotStarted('项目尚未开工')).toBe(true);
    expect(isNotStarted('未启动')).toBe(true);
    expect(isNotStarted('已启动建设流程')).toBe(false);
  });
});
