import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue, SheetGrid } from '../../../src/core/model';
import { locateTable } from '../../../src/core/table/locateTable';
import type { TableRow, TaskRow } from '../../../src/core/table/tableLayout';
import { tableGrid } from '../../fixtures/tables/tableGrid';

const tasksOf = (rows: readonly TableRow[]): TaskRow[] => rows.filter((r): r is TaskRow => r.kind === 'task');
const sheet = (grid: CellValue[][]): SheetGrid => ({ name: '任务表', grid });

describe('merged cells', () => {
  it('give their value to every row of the merge, in every column (Jingzhou, point 2)', () => {
    const rows = tasksOf(locateTable(tableGrid('jingzhou-2019-chuangwen-zhenggai'))?.rows ?? []).filter((r) => r.no === '2');
    expect(rows.map((r) => [r.row, r.units, r.deadline, r.subRowOf])).toEqual([
      [6, '市卫生健康委员会', '5天', null],
      [7, '市卫生健康委员会', '5天', 6],
      [8, '市卫生健康委员会', '5天', 6],
    ]);
    expect(rows[1]?.text).toBe('(2)宣传牌内容不规范;');
  });

  it('count a merged task text once: its sub-rows carry it but read no quota from it', () => {
    const layout = locateTable(tableGrid('zhonglou-2021-minsheng-fenjie'));
    const project3 = tasksOf(layout?.rows ?? []).filter((r) => r.no === '3');
    expect(project3.map((r) => r.ownText.startsWith('推进大庙弄'))).toEqual([false, true]);
    expect(project3[1]?.text.startsWith('老城厢复兴发展\n')).toBe(true);
    expect(project3.map((r) => r.leader)).toEqual(['何海平', '芮春祥']);
  });

  it('of a grouping column over numbered tasks make no task text (Shengsi’s 考核指标)', () => {
    const tasks = tasksOf(locateTable(tableGrid('shengsi-2021-xiangcun-qingdan'))?.rows ?? []);
    expect(tasks.map((t) => t.text).slice(0, 2)).toEqual(['农林牧渔业增加值增幅', '农业劳动生产率及增幅']);
    expect(tasks.every((t) => t.subRowOf === null)).toBe(true);
  });
});

describe('merged ranges a host reports', () => {
  // Rows 3-5 are tasks 1-3, each with its own 序号, under one 牵头单位 (C3:C5) and one 完成时限 (E3:E5); task 4 (row 6)
  // really has no lead; task 5 (rows 7-9) has its 序号 and deadline merged over two measures of its own.
  const grid: CellValue[][] = [
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
    [1, '推动消费帮扶', '市商务局', '市财政局', '11月底前'],
    [2, '组织产销对接', null, '市农业农村局', null],
    [3, '开展展销活动', null, null, null],
    [4, '引进企业', null, '市工信局', '全年'],
    [5, '推进劳务协作', '市人社局', null, '12月底前'],
    [null, '开展技能培训', '市教育局', null, null],
    [null, '组织专场招聘', null, '市总工会', null],
  ];
  const merges = [
    { firstRow: 3, firstColumn: 3, lastRow: 5, lastColumn: 3 },
    { firstRow: 3, firstColumn: 5, lastRow: 5, lastColumn: 5 },
    { firstRow: 7, firstColumn: 1, lastRow: 9, lastColumn: 1 },
    { firstRow: 7, firstColumn: 5, lastRow: 9, lastColumn: 5 },
  ];
  const withTitle = (rows: CellValue[][]): CellValue[][] => [['2023年重点工作任务分工方案'], ...rows];
  const read = (rows: CellValue[][], ranges?: SheetGrid['merges']): TaskRow[] =>
    tasksOf(locateTable({ name: '分工方案', grid: withTitle(rows), ...(ranges ? { merges: ranges } : {}) })?.rows ?? []);

  it('give every row of a range its value, numbered rows too, and leave a cell no range covers empty', () => {
    const rows = read(grid, [...merges, { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5 }]);
    expect(rows.map((r) => [r.row, r.no, r.lead, r.deadline, r.subRowOf])).toEqual([
      [3, '1', '市商务局', '11月底前', null],
      [4, '2', '市商务局', '11月底前', null],
      [5, '3', '市商务局', '11月底前', null],
      [6, '4', '', '全年', null],
      [7, '5', '市人社局', '12月底前', null],
      [8, '5', '市教育局', '12月底前', 7],
      // No range covers C9: a continuation row takes the value above, as without merges.
      [9, '5', '市教育局', '12月底前', 7],
    ]);
  });

  it('are what a host that cannot tell merges lacks: there the numbered rows under the range have no lead', () => {
    const leads = ['市商务局', '', '', '', '市人社局', '市教育局', '市教育局'];
    expect(read(grid).map((r) => r.lead)).toEqual(leads);
    expect(read(grid, []).map((r) => r.lead)).toEqual(leads);
  });

  it('give a text merged over numbered rows to each, counted once: only the first reads its quotas', () => {
    const rows = read(
      [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '消费帮扶鼓楼区100万元、台江区200万元', '鼓楼区', '全年'],
        [2, null, '台江区', '全年'],
      ],
      [{ firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 2 }],
    );
    expect(rows.map((r) => [r.no, r.text, r.ownText, r.textInherited, r.subRowOf])).toEqual([
      ['1', '消费帮扶鼓楼区100万元、台江区200万元', '消费帮扶鼓楼区100万元、台江区200万元', false, null],
      ['2', '消费帮扶鼓楼区100万元、台江区200万元', '', true, null],
    ]);
  });

  it('read a range across columns in its first column on every row, and one starting in the header not at all', () => {
    const rows = read(
      [
        ['序号', '工作任务', '牵头单位', '配合单位'],
        [1, '推动消费帮扶', '市商务局', null],
        [2, '组织产销对接', null, null],
        [3, '开展展销活动', null, null],
      ],
      [
        { firstRow: 2, firstColumn: 4, lastRow: 3, lastColumn: 4 },
        { firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 4 },
      ],
    );
    expect(rows.map((r) => [r.lead, r.support])).toEqual([
      ['市商务局', ''],
      ['市商务局', ''],
      ['', ''],
    ]);
  });

  it('never make a row of their own: a row a range covers and nothing else fills is blank', () => {
    const layout = locateTable({
      name: '分工方案',
      grid: withTitle([['序号', '工作任务', '牵头单位'], [1, '推动消费帮扶', '市商务局'], []]),
      merges: [{ firstRow: 3, firstColumn: 1, lastRow: 4, lastColumn: 1 }, { firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 2 }, { firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 3 }],
    });
    expect(layout?.rows.map((r) => r.kind)).toEqual(['task', 'blank']);
  });

  it('make a text under a merged unit cell a task of it, not a heading, where the table has no 序号', () => {
    const rows = read([['工作任务', '牵头单位', '完成时限'], ['推动消费帮扶', '市商务局', '全年'], ['组织产销对接', null, null]], [
      { firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 2 },
      { firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 3 },
    ]);
    expect(rows.map((r) => [r.text, r.lead, r.deadline])).toEqual([
      ['推动消费帮扶', '市商务局', '全年'],
      ['组织产销对接', '市商务局', '全年'],
    ]);
  });

  it('hold a unit cell’s first-listed rule on every row the cell is merged over', () => {
    const rows = read(
      [['序号', '工作任务', '牵头单位'], [1, '调研', '市发改委、市财政局（排在第一位的为牵头单位）'], [2, '对接', null]],
      [{ firstRow: 3, firstColumn: 3, lastRow: 4, lastColumn: 3 }],
    );
    expect(rows.map((r) => r.firstListedLeads)).toEqual([true, true]);
  });
});

describe('row kinds', () => {
  const layout = locateTable(
    sheet([
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['一、经济发展'],
      ['（一）产业协作', null, '市商务局', null, '全年'],
      [1, '推动消费帮扶', '市商务局', '市财政局', '11月底前'],
      ['——招商引资'],
      [2, '引进企业', '市工信局', null, '全年'],
      ['注：除注明分别牵头的以外，排在第一位的为牵头单位。'],
    ]),
  );

  it('tell sections from tasks: a （二）… row with units or a deadline of its own is a task', () => {
    expect(layout?.rows.map((r) => r.kind)).toEqual(['section', 'task', 'task', 'section', 'task', 'note']);
    expect(tasksOf(layout?.rows ?? [])[0]).toMatchObject({ lead: '市商务局' });
  });

  it('read a heading written in the 序号 of a task whose task cell is empty as its number and its text', () => {
    expect(tasksOf(layout?.rows ?? [])[0]).toMatchObject({ no: '（一）', text: '产业协作', ownText: '产业协作' });
    const result = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], ['（一）产业协作', null, '市商务局', '全年']]), { asOf: '2023-11-20' });
    expect(result.findings.map((f) => f.code)).not.toContain('TASK_TEXT_EMPTY');
  });

  it('take a row whose one text is a heading for a section, in whatever column it stands', () => {
    const grid: CellValue[][] = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [null, null, '（二）招商引资', null, null],
      [1, '引进企业', '市工信局', null, '全年'],
      [null, null, null, null, '三、保障措施'],
      [2, '落实资金', '市财政局', null, '全年'],
    ];
    expect(locateTable(sheet(grid))?.rows.map((r) => r.kind)).toEqual(['section', 'task', 'section', 'task']);
    const findings = checkTaskTable(sheet(grid), { asOf: '2023-11-20' }).findings;
    expect(findings.filter((f) => f.row === 3 || f.row === 5)).toEqual([]);
  });

  it('take a note below the table stating the first-listed rule for every row', () => {
    expect(tasksOf(layout?.rows ?? []).every((t) => t.firstListedLeads)).toBe(true);
  });

  it('start the first-listed rule at the row whose cell says it with 下同', () => {
    const rows = tasksOf(
      locateTable(
        sheet([
          ['序号', '工作任务', '牵头单位', '配合单位'],
          [1, '调研', '市发改委、市财政局', null],
          [2, '对接', '市发改委、市财政局（排在第一位的为牵头单位，下同）', null],
          [3, '落实', '市商务局、市财政局', null],
        ]),
      )?.rows ?? [],
    );
    expect(rows.map((r) => r.firstListedLeads)).toEqual([false, true, true]);
  });

  it('name the leader of a section’s tasks from the section row (Hangzhou)', () => {
    const tasks = tasksOf(locateTable(tableGrid('hangzhou-2021-zhongdian-fenjie'))?.rows ?? []);
    expect([tasks[0]?.leader, tasks[2]?.leader]).toEqual(['刘忻', '戴建平']);
  });
});

describe('tables that do not number their rows', () => {
  it('read each row with its own task text as a task, not as a sub-row of the first', () => {
    const rows = tasksOf(
      locateTable(
        sheet([
          ['序号', '工作任务', '牵头单位', '完成时限'],
          [null, '推动消费帮扶', '市商务局', '全年'],
          [null, '引进企业', null, '全年'],
          [null, null, '市工信局', '11月底前'],
        ]),
      )?.rows ?? [],
    );
    expect(rows.map((r) => [r.text, r.lead, r.subRowOf])).toEqual([
      ['推动消费帮扶', '市商务局', null],
      ['引进企业', '', null],
      ['引进企业', '市工信局', 3],
    ]);
  });

  it('read a 单位 column of department names as the responsible units, one of measures as measures', () => {
    const layout = locateTable(sheet([['序号', '工作任务', '单位', '完成时限'], [1, '推动消费帮扶', '区商务局、区财政局', '全年']]));
    expect(layout?.columns.units).toBe('C');
    expect(locateTable(tableGrid('shengsi-2021-xiangcun-qingdan'))?.headers.find((h) => h.column === 'E')?.role).toBe('measure');
  });

  it('take a note above the header for no header row', () => {
    const layout = locateTable(sheet([['附件1', '2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '完成时限'], [1, '调研', '市商务局', '全年']]));
    expect([layout?.headerRow, layout?.titleTexts]).toEqual([2, ['附件1', '2023年重点工作任务分工方案', '任务表']]);
  });
});

describe('a table whose only unit column is headed as an assessor’s', () => {
  it('reads that column as the responsible units', () => {
    const layout = locateTable(sheet([['序号', '考核指标', '考核单位'], [1, '营商环境评价', '区发改局']]));
    expect(layout?.columns.units).toBe('C');
    expect(locateTable(tableGrid('shengsi-2021-xiangcun-qingdan'))?.columns.units).toBe('G');
  });
});
