// The write plan's long pieces in slices, for a host on a UI thread (Excel's pane takes a turn between them): each
// gives what it gives in one piece, and yields as often as its slices say.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { messagesFor } from '../../../src/core/messages/messagesFor';
import type { CellValue, PlanCell } from '../../../src/core/model';
import { fitSheetCells, fitSheetCellsSteps } from '../../../src/core/plan/cellTextLimit';
import { districtSheet, districtSheetSteps } from '../../../src/core/plan/districtSheet';
import { findingsSheet, findingsSheetSteps } from '../../../src/core/plan/findingsSheet';
import { highlightRules, highlightRulesSteps } from '../../../src/core/plan/highlightRanges';
import { rowHeights, rowHeightsSteps } from '../../../src/core/plan/rowHeights';
import type { SheetBody } from '../../../src/core/plan/sheetBody';

function run<R>(steps: Generator<unknown, R>): { yields: number; value: R } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { yields, value: step.value };
    yields += 1;
  }
}

const messages = messagesFor('zh-CN');
// 600 tasks, each giving 马尾区 and 鼓楼区 a share, with two misspelt units each.
const rows: CellValue[][] = Array.from({ length: 600 }, (_, i) => [i + 1, `开展第${i + 1}批消费帮扶，马尾区100万元、鼓楼区200万元`, '马尾区党工委、鼓楼区党工委', '市商务委', '11月底前']);
const result = checkTaskTable({ name: '分工方案', grid: [['2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows] }, { asOf: '2023-11-20' });

describe('the write plan in slices', () => {
  it('measures row heights a slice of rows at a time, the same heights', () => {
    const body: Pick<SheetBody, 'columns' | 'rows' | 'layout'> = {
      columns: [{ header: '工作任务', width: 12, wrap: true }],
      rows: Array.from({ length: 1_000 }, (_, i): PlanCell[] => [i % 2 === 0 ? '一项需要折成好几行才能显示完整的任务' : '短']),
    };
    const { yields, value } = run(rowHeightsSteps(body, 100));
    expect(yields).toBe(10);
    expect(value).toEqual(rowHeights(body));
    expect(value).toHaveLength(500);
  });

  it('makes the highlights\' ranges a slice of rows at a time, the same rules', () => {
    const { yields, value } = run(highlightRulesSteps(result, 50));
    expect(value).toEqual(highlightRules(result));
    const warned = value.find((rule) => rule.style === 'warning');
    expect(warned?.ranges).toContain('C3:C602');
    // The findings and tasks read, a yield every 50; then the 600 warned rows of column C turned into ranges, likewise.
    expect(yields).toBeGreaterThanOrEqual(Math.floor((result.findings.length + result.tasks.length) / 50) + 600 / 50);
  });

  it('fits cell texts a slice of rows at a time, cutting only what is too long', () => {
    const long = 'x'.repeat(40_000);
    const body: SheetBody = { columns: [{ header: '说明', width: 10 }], rows: Array.from({ length: 250 }, (_, i): PlanCell[] => [i === 7 ? long : '短']), boldRows: [] };
    const { yields, value } = run(fitSheetCellsSteps(body, 50));
    expect(yields).toBe(5);
    expect(value).toEqual(fitSheetCells(body));
    expect((value.rows[7]?.[0] as string).length).toBe(32_767);
    expect(value.rows[8]).toBe(body.rows[8]);
  });

  it('adds up the places’ shares a slice of quotas at a time, the same summary', () => {
    const { yields, value } = run(districtSheetSteps(result, messages, undefined, 50));
    expect(value).toEqual(districtSheet(result, messages));
    // 1,200 shares read for the columns and 1,200 added up, in slices of 50, besides the places and the totals.
    expect(yields).toBeGreaterThan(48);
  });

  it('builds the findings sheet a group at a time when the host takes turns, the same rows', () => {
    const { yields, value } = run(findingsSheetSteps(result, messages, undefined, 100));
    const whole = findingsSheet(result, messages);
    expect(value).toEqual(whole);
    const groups = whole.rows.filter((row) => typeof row[7] === 'number').length;
    expect(yields).toBeGreaterThanOrEqual(groups);
  });
});
