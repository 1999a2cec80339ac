// The small decisions behind the tool sheets' words and figures: a task's short name for a quota column, the unit a
// column's amounts are shown in, and how tall a row of wrapped text must be.
import { amountUnit, scaledAmount } from '../../../src/core/plan/amountUnits';
import { rowHeights } from '../../../src/core/plan/rowHeights';
import { headerRowOf } from '../../../src/core/plan/sheetLayout';
import { MAX_SHORT_NAME, taskShortName } from '../../../src/core/plan/taskShortName';

describe('taskShortName', () => {
  it('takes the work the text opens with, without its verbs', () => {
    expect(taskShortName('推动消费帮扶，拓宽销售渠道，建立健全消费帮扶工作进展情况定期调度通报制度。')).toBe('消费帮扶');
    expect(taskShortName('落实社会帮扶资金2700万元。马尾区、闽侯县各300万。', ['马尾区', '闽侯县'])).toBe('社会帮扶资金');
    expect(taskShortName('深化教育领域协作。')).toBe('教育领域协作');
  });

  it('passes over a frame and takes the target an amount is stated for', () => {
    const text = '按照优势互补、互惠互利原则，引导和支持更多企业赴宁夏投资兴业。招商引资实际到资额完成10亿元以上，具体任务是：马尾区1.33亿元、闽侯县1.33亿元。';
    expect(taskShortName(text, ['马尾区', '闽侯县'])).toBe('招商引资实际到资额');
  });

  it('never names a task by the places its shares go to', () => {
    expect(taskShortName('马尾区、闽侯县各9000万元，用于消费帮扶', ['马尾区', '闽侯县'])).toBe('消费帮扶');
  });

  it('reads an ordinal as part of the name, not as an amount', () => {
    expect(taskShortName('参加闽宁协作第27次联席会议，市委市政府领导赴宁夏调研对接')).toBe(`闽宁协作第27次联${'…'}`);
  });

  it('cuts a long opening short with an ellipsis, and has nothing to say of an empty text', () => {
    const name = taskShortName('承担对口帮扶任务的县（市、区）选派教师、医生、农业、科技等各类专业技术人员赴固原结对帮扶工作');
    expect(name).toBe('对口帮扶任务的县选…');
    expect(name.length).toBe(MAX_SHORT_NAME);
    expect(taskShortName('')).toBe('');
  });
});

describe('amountUnit', () => {
  it('shows money in 万元, or in 亿元 when every share is at least one, never in 元', () => {
    expect(amountUnit([90_000_000, 80_000_000], '元')).toEqual({ scale: 1e4, numberFormat: '#,##0' });
    expect(amountUnit([133_000_000, 100_000_000, 1_000_000_000], '元')).toEqual({ scale: 1e8, numberFormat: '#,##0.00' });
    expect(amountUnit([5_000, 50_000_000], '元')).toEqual({ scale: 1e4, numberFormat: '#,##0.0' });
  });

  it('keeps other measures as they are, with the decimals the column needs', () => {
    expect(amountUnit([12, 17], '名')).toEqual({ scale: 1, numberFormat: '#,##0' });
    expect(amountUnit([4.25, 3], '%')).toEqual({ scale: 1, numberFormat: '#,##0.00' });
  });

  it('divides without float noise', () => {
    expect(scaledAmount(133_000_000, 1e8)).toBe(1.33);
    expect(scaledAmount(0.1 + 0.2, 1)).toBe(0.3);
  });
});

describe('rowHeights', () => {
  const columns = [
    { header: '单位', width: 10 },
    { header: '牵头任务序号', width: 12, wrap: true },
  ];

  it('makes the title row taller, a wrapped header and body rows as tall as their lines, in sheet rows', () => {
    const rows = [['马尾区', '2、3'], ['闽侯县', '2、3、4、5、6'], ['福清市', '1\n2\n3']];
    const layout = { title: '汇总', subtitle: '截至 2023-11-20', wrapHeader: true };
    expect(headerRowOf(layout)).toBe(3);
    expect(rowHeights({ columns: [{ header: '牵头任务（项）', width: 6 }, ...columns], rows: rows.map((r) => [1, ...r]), layout })).toEqual([
      { row: 1, points: 23 },
      { row: 3, points: 47 },
      { row: 5, points: 32 },
      { row: 6, points: 47 },
    ]);
  });

  it('makes the text rows merged across a narrow table as tall as their lines across it: title, subtitle, note, closing text', () => {
    // 22 units across: a 14-point title fits 16 of its 33 units on a line (three lines), the default font 21.
    const layout = {
      title: '二〇二三年重点工作 各单位进展情况',
      subtitle: '校验工作表“推进情况” · 截至 2023-11-30',
      note: '说明：一行',
      closing: { heading: '进展通报', text: '截至11月30日，5项重点任务中，已完成1项。' },
    };
    expect(rowHeights({ columns, rows: [['马尾区', '2']], layout })).toEqual([
      { row: 1, points: 68 },
      { row: 2, points: 32 },
      { row: 9, points: 32 },
    ]);
  });

  it('leaves rows of one line and sheets without wrapped columns at their default height', () => {
    expect(rowHeights({ columns: [{ header: '单位', width: 10 }], rows: [['马尾区党工委、政府、福清市党委']] })).toEqual([]);
  });
});
