// The small decisions behind the tool sheets' words and figures: a task's short name for a quota column, the unit a
// column's amounts are shown in, and how tall a row of wrapped text must be.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { amountUnit, scaledAmount } from '../../../src/core/plan/amountUnits';
import { fitNumberWidths, formattedNumber, sheetColumns } from '../../../src/core/plan/columnWidth';
import { planWorkbookOutput } from '../../../src/core/plan/planWorkbookOutput';
import { tableGrid } from '../../fixtures/tables/tableGrid';
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

  it('reads an ordinal or a date as no amount, and cuts a long name before a phrase, never inside a word', () => {
    expect(taskShortName('参加闽宁协作第27次联席会议，市委市政府领导赴宁夏调研对接')).toBe(`闽宁协作${'…'}`);
    expect(taskShortName('鼓励科技特派员跨省区开展技术服务，支持闽宁双方企业、科研机构在技术研发等方面开展全方位合作。')).toBe(`科技特派员跨省区${'…'}`);
    expect(taskShortName('逐项落实两地市各相关部门签订协议的工作任务，落实情况于11月25日前反馈市乡村振兴局。')).toBe(`两地市各相关部门${'…'}`);
  });

  it('names a list by the category it ends in, and an amount by what it counts', () => {
    const text = '承担对口帮扶任务的县（市、区）选派教师、医生、农业、科技等各类专业技术人员赴固原结对帮扶工作。具体任务是：马尾区12名，鼓楼区11名，帮扶时限6个月以上。';
    expect(taskShortName(text, ['马尾区', '鼓楼区'])).toBe('专业技术人员');
    expect(taskShortName('深化拓展“福州企业+固原资源”“福州总部+固原基地”等协作模式。')).toBe('协作模式');
    expect(taskShortName('2023年帮助宁夏3000名以上农村劳动力就业，帮助1000名以上脱贫人口就业。')).toBe('农村劳动力就业');
    expect(taskShortName('配合开展“百家闽商塞上行”活动。')).toBe('百家闽商塞上行活动');
  });

  it('cuts a text without a break short with an ellipsis, and has nothing to say of an empty text', () => {
    const name = taskShortName('建设智慧城市数字底座平台体系工程项目');
    expect(name).toBe(`建设智慧城市数字底${'…'}`);
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

describe('column widths', () => {
  it('judges a number by the text its format shows, and widens a column Excel would fill with ###', () => {
    expect(formattedNumber(1, '0.0%')).toBe('100.0%');
    expect(formattedNumber(75_000, '#,##0')).toBe('75,000');
    expect(formattedNumber(1.333, '#,##0.00')).toBe('1.33');
    expect(formattedNumber(12_345.5, '#,##0.00"万元"')).toBe('12,345.50万元');
    expect(formattedNumber(7, undefined)).toBe('7');
    const rate = { header: '完成率', width: 6, numberFormat: '0.0%' };
    expect(fitNumberWidths([rate, { header: '单位', width: 6 }], [[1, '市总工会']]).map((c) => c.width)).toEqual([8, 6]);
  });

  it('prints Meishan’s completion rate of 100.0% whole: the column is as wide as the rate shown', () => {
    const meishan = checkTaskTable(tableGrid('meishan-2019-minsheng-wancheng'), { asOf: '2026-06-01' });
    const ranking = planWorkbookOutput(meishan, { parts: ['summaries'], lang: 'zh-CN', existingSheets: [meishan.sheet], ownedSheets: {} }).sheets.find((s) => s.key === 'unitProgress')!;
    const rate = ranking.columns.findIndex((c) => c.numberFormat === '0.0%');
    expect(ranking.rows.map((r) => r[rate])).toContain(1);
    expect(ranking.columns[rate]!.width).toBeGreaterThanOrEqual('100.0%'.length + 2);
  });

  it('wraps a column whose text is wider than its cap, and leaves one that fits as it is', () => {
    const columns = sheetColumns(['单位', '问题'], [['马尾区', '“马尾区区委”写法不规范，应为“马尾区党工委”。']], [10, 20]);
    expect(columns).toEqual([{ header: '单位', width: 8 }, { header: '问题', width: 20, wrap: true }]);
  });

  it('breaks a wrapped header before its bracketed unit and between words, never inside a short word', () => {
    const options = { headerWraps: true, headerBreaks: true };
    const columns = sheetColumns(['牵头任务（项）', '牵头任务', '任务8 消费帮扶（万元）', 'Lead tasks (count)'], [[16, 4, 9000, 16]], [10, 10, 13, 12], options);
    expect(columns.map((c) => c.header)).toEqual(['牵头任务\n（项）', '牵头任务', '任务8\n消费帮扶\n（万元）', 'Lead tasks\n(count)']);
    // 牵头任务 stays on one line: the column holds the word, not half of it.
    expect(columns.map((c) => c.width)).toEqual([10, 10, 13, 12]);
    expect(rowHeights({ columns: columns.slice(1, 2), rows: [], layout: { wrapHeader: true } })).toEqual([]);
    // Without written breaks (a header something reads back) the text stays as it is, and the width rule holds.
    expect(sheetColumns(['牵头任务（项）'], [[16]], [10], { headerWraps: true })).toEqual([{ header: '牵头任务（项）', width: 10 }]);
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
