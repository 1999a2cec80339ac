// Progress read from a table as the check reads it: period columns (the latest current), done words, percentages,
// a 是否达序 column, target / actual / rate columns of the task and per district, and the findings they give.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue, CheckResult, SheetGrid } from '../../../src/core/model';

const AS_OF = '2023-11-30';
const sheet = (rows: CellValue[][]): SheetGrid => ({ name: '推进情况', grid: rows, firstRow: 1, firstColumn: 1 });
const codes = (result: CheckResult) => result.findings.map((f) => [f.code, f.row, f.column]);

describe('progress columns of a task table', () => {
  const result = checkTaskTable(
    sheet([
      ['2023年重点工作推进情况'],
      ['序号', '工作任务', '牵头单位', '完成时限', '1-10月推进情况', '1-11月推进情况', '是否达序'],
      [1, '新建口袋公园10个', '区城管局', '年底前', '完成50%', '完成95%', ''],
      [2, '改造老旧小区12个', '区住建局', '年底前', '完成40%', '完成60%（滞后）', '否'],
      [3, '新增停车位500个', '区交通局', '10月底前', '完成70%', '完成90%', ''],
      [4, '建设智慧菜场2个', '区商务局', '年底前', '已完成', '已完成', ''],
      [5, '开展"四下基层"', '区委办', '持续推进', '常态化开展', '', ''],
      [6, '修缮文物点3处', '区文旅局', '年底前', '完成70%', '完成65%', '是'],
    ]),
    { asOf: AS_OF },
  );

  it('reads every period column and makes the latest the current one', () => {
    const first = result.tasks[0]!;
    expect(first.progress).toBe('完成95%');
    expect(first.progressRecord?.periods.map((p) => [p.column, p.month, p.text])).toEqual([
      ['E', 10, '完成50%'],
      ['F', 11, '完成95%'],
    ]);
  });

  it('lights each task: on schedule, behind, overdue, done, open-ended, a stated 达序 over the percentage', () => {
    expect(result.tasks.map((t) => [t.no, t.light, t.expected, t.progressRecord?.percent ?? null])).toEqual([
      ['1', 'green', 91.7, 95],
      ['2', 'yellow', 91.7, 60],
      ['3', 'red', 100, 90],
      ['4', 'done', 91.7, null],
      ['5', null, null, null],
      ['6', 'green', 91.7, 65],
    ]);
  });

  it('says who is behind and whose period is empty, and nothing of the rest', () => {
    expect(codes(result)).toEqual([
      ['PROGRESS_BEHIND', 4, 'F'],
      ['DEADLINE_OVERDUE', 5, 'D'],
      ['PROGRESS_NOT_REPORTED', 7, 'F'],
    ]);
    expect(result.findings[0]?.message).toBe('报告进度滞后（填报进度60%，序时进度为91.7%）。');
  });

  it('reports the lights counted once, the units it leads and the 通报', () => {
    expect(result.progress).toMatchObject({ lightColumn: 'F', total: 6, lights: { red: 1, yellow: 1, green: 2, done: 1, none: 1 }, onSchedule: 3 });
    expect(result.progress?.units.map((u) => [u.unit, u.led, u.done, u.behind, u.overdue, u.notReported])).toEqual([
      ['区城管局', 1, 0, 0, 0, 0],
      ['区住建局', 1, 0, 1, 0, 0],
      ['区交通局', 1, 0, 0, 1, 0],
      ['区商务局', 1, 1, 0, 0, 0],
      ['区委办', 1, 0, 0, 0, 1],
      ['区文旅局', 1, 0, 0, 0, 0],
    ]);
    expect(result.progress?.bulletin).toBe('截至11月30日，6项重点任务中，已完成1项，占16.7%；序时推进3项；滞后2项（其中逾期1项），分别是第2项（区住建局）、第3项（区交通局）。');
  });
});

describe('target, actual and rate columns', () => {
  it('checks a stated rate against actual ÷ target within one point, the task’s figures under 完成情况', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '指标名称', '责任单位', '完成时限', '完成情况', null, null],
        [null, null, null, null, '目标值', '完成值', '完成率'],
        [1, '新增城镇就业', '区人社局', '年底前', 15000, 14000, '93.3%'],
        [2, '新增市场主体', '区市场局', '年底前', 3000, 2900, '90%'],
        [3, '新增外资企业', '区商务局', '年底前', 30, 28, '93%'],
        [4, '城镇调查失业率控制在5.5%以内', '区人社局', '年底前', 5.5, 5.1, ''],
        [5, '新增高企', '区科技局', '10月底前', 40, 35, '87.5%'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.no, t.light, t.progressRecord?.percent !== null ? Math.round((t.progressRecord?.percent ?? 0) * 10) / 10 : null])).toEqual([
      ['1', 'green', 93.3],
      ['2', 'green', 96.7],
      ['3', 'green', 93.3],
      ['4', 'done', null],
      ['5', 'red', 87.5],
    ]);
    // 28 of 30 is 93.3%, printed 93%: within a point. 2900 of 3000 printed 90% is not.
    expect(codes(result)).toEqual([
      ['PROGRESS_RATE_MISMATCH', 4, 'G'],
      ['DEADLINE_OVERDUE', 7, 'D'],
      ['PROGRESS_TARGET_MISSED', 7, 'F'],
    ]);
    expect(result.findings[0]?.message).toBe('完成率填写为90%，按完成值2900÷目标值3000应为96.7%。');
  });

  it('reads figures per district where the header names the district above them', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限', '东坡区', null, '彭山区', null],
        [null, null, null, null, '目标值', '完成值', '目标值', '完成值'],
        [1, '新增城镇就业', '市人社局', '年底前', 8000, 9000, 3800, 2000],
      ]),
      { asOf: '2024-01-10', planYear: 2023 },
    );
    const figures = result.tasks[0]?.progressRecord?.figures.map((f) => [f.unit, f.target, f.actual, f.columns.actual]);
    expect(figures).toEqual([
      ['东坡区', 8000, 9000, 'F'],
      ['彭山区', 3800, 2000, 'H'],
    ]);
    expect(result.tasks[0]?.light).toBe('red');
    expect(codes(result)).toEqual([
      ['DEADLINE_OVERDUE', 3, 'D'],
      ['PROGRESS_TARGET_MISSED', 3, 'H'],
    ]);
    expect(result.findings[1]?.unit).toBe('彭山区');
  });

  it('closes no task on one district’s figure while another district’s actual is still empty', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限', '东坡区', null, '彭山区', null],
        [null, null, null, null, '目标值', '完成值', '目标值', '完成值'],
        [1, '新增城镇就业', '市人社局', '10月底前', 8000, 9000, 3800, null],
        [2, '新增市场主体', '市市场局', '10月底前', 800, 900, 380, 400],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.light, t.state])).toEqual([
      ['red', 'overdue'],
      ['done', 'done'],
    ]);
    expect(codes(result).map(([code, row]) => [code, row])).toEqual([['DEADLINE_OVERDUE', 3]]);
  });
});

describe('a lag the table states', () => {
  it('is said as stated, even where the percentage is ahead of 序时进度', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'],
        [1, '新建口袋公园10个', '区城管局', '年底前', '进度65%（滞后）'],
        [2, '建设智慧菜场2个', '区商务局', '年底前', '完成10%'],
      ]),
      { asOf: '2023-03-15', planYear: 2023 },
    );
    const behind = result.findings.filter((f) => f.code === 'PROGRESS_BEHIND').map((f) => f.message);
    expect(behind).toEqual(['报告进度滞后（填报进度65%，序时进度为20.7%）。', '进度10%，落后于序时进度20.7%。']);
  });
});

describe('a progress table without deadlines, after its plan year', () => {
  const table = sheet([
    ['序号', '工作任务', '牵头单位', '1-11月推进情况'],
    [1, '新建口袋公园10个', '区城管局', '完成95%'],
    [2, '建设智慧菜场2个', '区商务局', '已完成'],
  ]);

  it('lights an open task red by the year’s end and says why, beside the light', () => {
    const result = checkTaskTable(table, { asOf: '2024-01-10', planYear: 2023 });
    expect(result.tasks.map((t) => t.light)).toEqual(['red', 'done']);
    expect(codes(result)).toEqual([['PROGRESS_PAST_YEAR_END', 2, 'D']]);
    expect(result.findings[0]).toMatchObject({ severity: 'error', message: '没有可读的完成时限，按计划年度年底（2023-12-31）判断已过10天，进展未报告完成。' });
  });

  it('says nothing of the year’s end before it has passed', () => {
    const result = checkTaskTable(table, { asOf: '2023-11-30', planYear: 2023 });
    expect(result.findings.map((f) => f.code)).not.toContain('PROGRESS_PAST_YEAR_END');
  });
});

describe('a table without progress', () => {
  it('has no progress record, light or report, and its check is as it was', () => {
    const result = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], [1, '召开推进会', '区委办', '年底前']]), { asOf: AS_OF });
    expect(result.tasks[0]).not.toHaveProperty('progressRecord');
    expect(result.tasks[0]).not.toHaveProperty('light');
    expect(result).not.toHaveProperty('progress');
  });
});
