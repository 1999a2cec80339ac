import { checkPhases, checkTaskTable, checkTaskTableAsync } from '../../src/core/checkTaskTable';
import type { CheckPacing } from '../../src/core/model';
import type { CellValue, CheckProgress, CheckResult, FindingCode, SheetGrid } from '../../src/core/model';
import { seedRowOf, seedSheetGrid } from '../fixtures/seedGrid';

const AS_OF = '2023-11-20';
const sheet = (grid: CellValue[][], name = '任务表'): SheetGrid => ({ name, grid });
const codes = (result: CheckResult, code: FindingCode) => result.findings.filter((f) => f.code === code);
const taskNos = (result: CheckResult, code: FindingCode) => codes(result, code).map((f) => f.taskNo);

describe('checkTaskTable on the seed table, as of 2023-11-20', () => {
  const result = checkTaskTable(seedSheetGrid(), { asOf: AS_OF });

  it('reads 29 tasks of plan year 2023 from the title row', () => {
    expect(result.tasks).toHaveLength(29);
    expect(result.planYear).toBe(2023);
    expect(result.headerRow).toBe(3);
  });

  it('notes the 4 headers repeated at page breaks', () => {
    expect(codes(result, 'HEADER_REPEATED').map((f) => f.row)).toEqual([7, 13, 20, 25].map((n) => seedRowOf(n) - 1));
    expect(codes(result, 'HEADER_REPEATED').every((f) => f.severity === 'info')).toBe(true);
  });

  it('names the standard form of nonstandard units', () => {
    const nonstandard = codes(result, 'UNIT_NONSTANDARD');
    const pairs = new Set(nonstandard.map((f) => `${f.taskNo}:${f.suggestion}`));
    expect(pairs).toContain('2:闽侯县委');
    expect(pairs).toContain('2:福清市委');
    expect(pairs).toContain('2:连江县委');
    expect(pairs).toContain('13:市商务局');
    expect(pairs).toContain('24:团市委');
    const shangwu = nonstandard.find((f) => f.taskNo === '13' && f.suggestion === '市商务局');
    expect(shangwu).toMatchObject({ row: seedRowOf(13), column: 'C', severity: 'warning', message: '“市商务委”写法不规范，应为“市商务局”。' });
  });

  it('finds the three 政府 of task 24 as one duplicate', () => {
    expect(codes(result, 'UNIT_DUPLICATE')).toEqual([
      expect.objectContaining({ row: seedRowOf(24), column: 'C', taskNo: '24', unit: '福清市', message: '“福清市政府”在同一任务中出现3次。' }),
    ]);
  });

  it('finds 台江区 given a quota where it is not listed: tasks 8, 11, 18 and 23', () => {
    const found = codes(result, 'QUOTA_UNIT_NOT_RESPONSIBLE');
    expect(found.map((f) => f.taskNo)).toEqual(['8', '11', '18', '23']);
    expect(found.every((f) => f.unit === '台江区' && f.severity === 'error' && f.column === 'B')).toBe(true);
    expect(found[0]?.message).toBe('任务内容给“台江区”分解了8000万元，但其未列为牵头或配合单位。');
  });

  it('finds 台江区 left out of the tasks naming the other 8 districts', () => {
    expect(taskNos(result, 'DISTRICT_OMITTED')).toEqual(['7', '8', '10', '11', '13', '18', '22', '23', '26']);
    expect(new Set(codes(result, 'DISTRICT_OMITTED').map((f) => f.unit))).toEqual(new Set(['台江区']));
  });

  it('accepts the quota sums of tasks 8, 11 and 23', () => {
    const byNo = (no: string) => result.tasks.find((t) => t.no === no);
    expect(byNo('8')?.quotaTotal).toEqual({ amount: 750_000_000, measure: '元' });
    expect(byNo('11')?.quotaTotal).toEqual({ amount: 1_000_000_000, measure: '元' });
    expect(byNo('23')?.quotaTotal).toEqual({ amount: 27_000_000, measure: '元' });
    expect(codes(result, 'QUOTA_SUM_MISMATCH')).toEqual([]);
    expect(codes(result, 'QUOTA_SHARE_MISSING')).toEqual([]);
  });

  it('marks the 10月底前 and 7月底前 tasks overdue and the 11月底前 tasks due soon', () => {
    expect(taskNos(result, 'DEADLINE_OVERDUE')).toEqual(['3', '18', '23']);
    const dueSoon = result.tasks.filter((t) => t.deadline.text === '11月底前').map((t) => t.no);
    expect(taskNos(result, 'DEADLINE_DUE_SOON')).toEqual(dueSoon);
    expect(dueSoon).toHaveLength(19);
    expect(result.tasks.find((t) => t.no === '14')?.state).toBe('ongoing');
  });

  it('reports the unknown 市工党工委 of task 13 with the closest known unit', () => {
    expect(codes(result, 'UNIT_UNKNOWN').map((f) => f.unit)).toEqual(['市工党工委', '市工政府']);
    expect(codes(result, 'REGISTRY_NOT_COVERING')).toEqual([]);
  });

  it('finds no task without lead, text or deadline, and lists findings by row, column, code', () => {
    for (const code of ['LEAD_MISSING', 'TASK_TEXT_EMPTY', 'DEADLINE_MISSING', 'TASK_NO_DUPLICATE', 'TASK_NO_MISSING'] as const) expect(codes(result, code)).toEqual([]);
    const keys = result.findings.map((f) => [f.row ?? 0, f.column ?? '', f.code]);
    const sorted = [...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])) || String(a[2]).localeCompare(String(b[2])));
    expect(keys).toEqual(sorted);
  });

  it('speaks English on request', () => {
    const en = checkTaskTable(seedSheetGrid(), { asOf: AS_OF, lang: 'en-US' });
    expect(codes(en, 'UNIT_DUPLICATE')[0]?.message).toBe('"福清市政府" is listed 3 times in this task.');
    expect(en.lang).toBe('en-US');
  });
});

describe('checkTaskTable on other tables', () => {
  it('takes the plan year from the title rows, else the sheet name, else the as-of year', () => {
    const table = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '召开推进会', '市委办公厅', '7月底前']];
    const titled = checkTaskTable(sheet([['2022年重点工作任务分工方案'], ...table], '2024年台账'), { asOf: AS_OF });
    expect(titled.planYear).toBe(2022);
    const named = checkTaskTable(sheet(table, '2024年台账'), { asOf: AS_OF });
    expect(named.planYear).toBe(2024);
    expect(named.tasks[0]?.deadline.due).toBe('2024-07-31');
    expect(checkTaskTable(sheet(table, '台账'), { asOf: AS_OF }).planYear).toBe(2023);
  });

  it('says where the plan year came from: the setting, the table, or only the as-of date', () => {
    const table = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '召开推进会', '市委办公厅', '7月底前']];
    const from = (grid: CellValue[][], name: string, planYear?: number) =>
      checkTaskTable(sheet(grid, name), { asOf: AS_OF, ...(planYear === undefined ? {} : { planYear }) }).planYearFrom;
    expect(from([['2022年重点工作任务分工方案'], ...table], '台账')).toBe('table');
    expect(from(table, '2024年台账')).toBe('table');
    expect(from(table, '2024年台账', 2025)).toBe('settings');
    expect(from(table, '台账')).toBe('asOf');
    expect(from([], '通知')).toBe('asOf');
    expect(from([], '2024年通知')).toBe('table');
  });

  it('reports TABLE_NOT_FOUND for an empty grid and for a sheet without a header', () => {
    for (const grid of [[], [['关于印发方案的通知'], ['请认真落实。']]] as CellValue[][][]) {
      const result = checkTaskTable(sheet(grid, '2024年通知'), { asOf: AS_OF });
      expect(result.headerRow).toBeNull();
      expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['TABLE_NOT_FOUND', 'error']]);
      expect(result.planYear).toBe(2024);
      expect(result.tasks).toEqual([]);
    }
  });

  it('lets the first unit of a single unit column lead, or every unit when the cell says 分别牵头', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '责任单位', '完成时限'],
        [1, '推进宁夏特色农产品进机关', '市财政局、市供销合作社、市商务局', '11月底前'],
        [2, '开展劳务协作推介会', '马尾区、闽侯县、福清市分别牵头', '全年'],
        [3, '帮助销售农副产品', '马尾区党工委、政府，市商务局', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.columns.units).toBe('C');
    expect(result.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市财政局'], ['市供销合作社', '市商务局']],
      [['马尾区', '闽侯县', '福清市'], []],
      [['马尾区'], ['市商务局']],
    ]);
    expect(codes(result, 'UNIT_DUPLICATE')).toEqual([]);
    expect(codes(result, 'UNIT_LEAD_AND_SUPPORT')).toEqual([]);
  });

  it('reports a table with no lead or unit column once, not on every row', () => {
    const result = checkTaskTable(sheet([['序号', '工作任务', '完成时限'], [1, '调研', '全年'], [2, '对接', '全年']]), { asOf: AS_OF });
    expect(codes(result, 'LEAD_MISSING')).toEqual([expect.objectContaining({ row: null, column: null, severity: 'error' })]);
  });

  it('takes done tasks out of the deadline findings', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'],
        [1, '选派援宁干部', '市委组织部', '10月底前', '已完成'],
        [2, '推动文旅产业融合', '市文旅局', '10月底前', '正在推进'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => t.state)).toEqual(['done', 'overdue']);
    expect(taskNos(result, 'DEADLINE_OVERDUE')).toEqual(['2']);
  });

  it('reports error values and a lead lost to one', () => {
    const result = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], [1, '调研', { error: '#N/A' }, { error: '#REF!' }]]), { asOf: AS_OF });
    expect(result.findings.map((f) => [f.code, f.column])).toEqual([
      ['CELL_ERROR_VALUE', 'C'],
      ['LEAD_MISSING', 'C'],
      ['CELL_ERROR_VALUE', 'D'],
      ['DEADLINE_MISSING', 'D'],
    ]);
    expect(result.findings[0]?.message).toBe('单元格为错误值#N/A。');
  });

  it('reads numbers in text columns and a real date cell as the deadline', () => {
    const result = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], [7, 2023, '市商务局', new Date(Date.UTC(2023, 11, 1))]]), { asOf: AS_OF });
    expect(result.tasks[0]).toMatchObject({ no: '7', text: '2023', deadline: { text: '2023-12-01', due: '2023-12-01', kind: 'date' }, state: 'dueSoon' });
  });

  it('gives the rows of a merged 序号 the number above and does not call them duplicates', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '帮助农村劳动力就业', '市人社局', '全年'],
        [null, '开展创业致富带头人培训', '市人社局', '全年'],
        [1, '推动消费帮扶', '市商务局', '全年'],
        [null, '', '', ''],
        [3, '', '市商务局', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => t.no)).toEqual(['1', '1', '1', '3']);
    expect(codes(result, 'TASK_NO_DUPLICATE')).toEqual([expect.objectContaining({ row: 4, column: 'A', message: '序号“1”与第2行重复。' })]);
    expect(codes(result, 'TASK_TEXT_EMPTY').map((f) => f.row)).toEqual([6]);
  });

  it('counts the quotas of a task cell merged over two unit rows once', () => {
    const text = '落实社会帮扶资金600万元。马尾区、闽侯县各300万。';
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [23, text, '马尾区党工委、政府', '全年'],
        [null, null, '闽侯县委、政府', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.no, t.text, t.lead])).toEqual([
      ['23', text, ['马尾区']],
      ['23', text, ['闽侯县']],
    ]);
    expect(result.tasks[1]?.quotas).toEqual([]);
    expect(codes(result, 'QUOTA_UNIT_NOT_RESPONSIBLE')).toEqual([]);
    expect(codes(result, 'QUOTA_SUM_MISMATCH')).toEqual([]);
    expect(result.districts.map((d) => [d.name, d.quotas.length])).toEqual([
      ['马尾区', 1],
      ['闽侯县', 1],
    ]);
  });

  it('extends the registry with the workbook’s 单位名录 sheet', () => {
    const grid: CellValue[][] = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '调研', '福州市大数据委', '全年'], [2, '对接', '大数据专家', '全年']];
    const plain = checkTaskTable(sheet(grid), { asOf: AS_OF });
    expect(plain.tasks.map((t) => t.lead)).toEqual([['福州市大数据委'], ['大数据专家']]);
    expect(codes(plain, 'UNIT_UNKNOWN').map((f) => f.unit)).toEqual(['大数据专家']);
    const registrySheet = sheet([['标准名称', '类别', '别名', '备注'], ['市大数据局', '市直部门', '福州市大数据委、大数据专家', '']], '单位名录');
    const registered = checkTaskTable(sheet(grid), { asOf: AS_OF, registrySheet });
    expect(registered.tasks.map((t) => t.lead)).toEqual([['市大数据局'], ['市大数据局']]);
    expect(codes(registered, 'UNIT_UNKNOWN')).toEqual([]);
  });

  it('says which rows of the 单位名录 sheet it could not take, naming the registry sheet row', () => {
    const grid: CellValue[][] = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '调研', '市大数据局', '全年']];
    const registrySheet = sheet(
      [
        ['标准名称', '类别', '别名', '备注'],
        ['市大数据局', '市直部门', '', ''],
        ['市海洋局', '', '', ''],
        ['市大数据局', '市直部门', '', ''],
      ],
      '单位名录',
    );
    const problems = codes(checkTaskTable(sheet(grid), { asOf: AS_OF, registrySheet }), 'REGISTRY_SHEET_PROBLEM');
    expect(problems.map((f) => [f.message, f.severity, f.row, f.column])).toEqual([
      ['单位名录第3行：单位“市海洋局”缺少“类别”，已忽略。', 'warning', null, null],
      ['单位名录第4行：单位“市大数据局”已在第2行列出，此行已忽略。', 'warning', null, null],
    ]);
    const en = codes(checkTaskTable(sheet(grid), { asOf: AS_OF, registrySheet, lang: 'en-US' }), 'REGISTRY_SHEET_PROBLEM');
    expect(en[0]?.message).toBe('单位名录 sheet, row 3: Unit "市海洋局" has no 类别; it was ignored.');
    expect(codes(checkTaskTable(sheet(grid), { asOf: AS_OF }), 'REGISTRY_SHEET_PROBLEM')).toEqual([]);
  });

  it('reads another city’s table by its places and forms, the built-in registry set aside', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        [1, '调研', '厦门市发改委', '厦门市财政局、思明区政府', '全年'],
        [2, '对接', '厦门市商务局', '湖里区政府、市委办公厅', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.level).toEqual({ level: 'city', place: '厦门市', summaryLevel: 'county' });
    expect(result.tasks.map((t) => t.support)).toEqual([['厦门市财政局', '思明区'], ['湖里区', '市委办公厅']]);
    expect(result.districts.map((d) => d.name)).toEqual(['思明区', '湖里区']);
    expect(codes(result, 'REGISTRY_NOT_COVERING')).toEqual([]);
    expect(codes(result, 'UNIT_UNKNOWN')).toEqual([]);
  });

  it('uses the seed city’s registry for its own place only: elsewhere units stay as written, long names’ typos are pointed out', () => {
    const rows: CellValue[][] = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [1, '调研', '市卫生健康委员会', '市人力资源和社会保证局、市体育局、市残联', '全年'],
      [2, '对接', '市商务委', '市卫健局', '全年'],
    ];
    const unplaced = checkTaskTable(sheet(rows), { asOf: AS_OF });
    expect(unplaced.level?.place).toBeNull();
    expect(unplaced.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市卫生健康委员会'], ['市人力资源和社会保证局', '市体育局', '市残联']],
      [['市商务委'], ['市卫健局']],
    ]);
    expect(unplaced.findings.map((f) => [f.code, f.unit, f.suggestion])).toEqual([['UNIT_UNKNOWN', '市人力资源和社会保证局', '市人力资源和社会保障局']]);
    // The same units in a Fuzhou table are read by its registry: 市商务委 is its 市商务局, 市卫健局 its 市卫健委.
    const fuzhou = checkTaskTable(sheet([['2023年福州市重点工作任务分工方案'], ...rows]), { asOf: AS_OF });
    expect(fuzhou.tasks.map((t) => t.lead)).toEqual([['市卫健委'], ['市商务局']]);
    expect(codes(fuzhou, 'UNIT_NONSTANDARD').map((f) => f.message)).toEqual(['“市商务委”写法不规范，应为“市商务局”。', '“市卫健局”写法不规范，应为“市卫健委”。']);
  });

  it('says once that the registry does not cover a table whose units fit no form', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        [1, '调研', '张三', '李四、王五', '全年'],
        [2, '对接', '赵六', '钱七', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(codes(result, 'REGISTRY_NOT_COVERING')).toHaveLength(1);
    expect(codes(result, 'UNIT_UNKNOWN')).toEqual([]);
  });

  it('takes the plan year from the option first', () => {
    expect(checkTaskTable(seedSheetGrid(), { asOf: AS_OF, planYear: 2024 }).tasks[2]?.deadline.due).toBe('2024-07-31');
  });

  it('refuses a malformed as-of date', () => {
    expect(() => checkTaskTable(seedSheetGrid(), { asOf: '2023/11/20' })).toThrow(RangeError);
  });
});

describe('check phases and progress', () => {
  it('runs the phases in order with rising progress, also within a 10,000-row table', () => {
    const rows: CellValue[][] = Array.from({ length: 10_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府 台江区委、政府', '11月底前']);
    const phases = checkPhases(sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows]), { asOf: AS_OF });
    const seen: CheckProgress[] = [];
    let step = phases.next();
    while (!step.done) {
      seen.push(step.value);
      step = phases.next();
    }
    const order = ['locate', 'units', 'quotas', 'deadlines', 'findings', 'summaries'];
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(order);
    expect(seen.filter((p) => p.phase === 'units').length).toBeGreaterThanOrEqual(5);
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(seen.at(-1)?.fraction).toBe(1);
    expect(step.value.tasks).toHaveLength(10_000);
  });

  it('offers the host a turn after every slice of rows in every long phase, and takes it only when the host wants one', () => {
    const rows: CellValue[][] = Array.from({ length: 2_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府', '11月底前']);
    const table = sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows]);
    const steps = (pacing: CheckPacing): CheckProgress[] => {
      const seen: CheckProgress[] = [];
      const phases = checkPhases(table, { asOf: AS_OF }, pacing);
      for (let step = phases.next(); !step.done; step = phases.next()) seen.push(step.value);
      return seen;
    };
    const perPhase = (seen: CheckProgress[]) => Object.fromEntries(['locate', 'units', 'quotas', 'deadlines', 'findings', 'summaries'].map((p) => [p, seen.filter((s) => s.phase === p).length]));
    // 2,000 rows in slices of 100: 20 turns in each row phase, besides its start (locating the table takes its turns
    // between slices, 19); units 20 more while gathering the places the rows name; findings also while putting 4,000
    // into words; summaries also while gathering the units' categories.
    const every = steps({ sliceRows: 100 });
    expect(perPhase(every)).toMatchObject({ locate: 20, units: 41, quotas: 21, deadlines: 21 });
    const locating = every.filter((p) => p.phase === 'locate').map((p) => p.fraction);
    expect(locating).toEqual([...locating].sort((a, b) => a - b));
    expect(locating.at(-1)).toBeGreaterThan(0.09);
    expect(locating.at(-1)).toBeLessThanOrEqual(0.1);
    expect(perPhase(every).findings).toBeGreaterThan(21);
    expect(perPhase(every).summaries).toBeGreaterThan(60);
    // A host that wants no turns gets only the phases' starts and the end.
    let asked = 0;
    const none = steps({
      sliceRows: 100,
      shouldYield: () => {
        asked += 1;
        return false;
      },
    });
    expect(none.map((p) => p.phase)).toEqual(['locate', 'units', 'quotas', 'deadlines', 'findings', 'summaries', 'summaries']);
    expect(asked).toBeGreaterThan(100);
  });

  it('judges progress in slices too: reading the records, the lights, making the tasks again and the report', () => {
    const statuses = ['完成60%', '已完成', '滞后', '完成95%'];
    const rows: CellValue[][] = Array.from({ length: 2_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府', '年底前', statuses[i % 4]!]);
    const table = sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '进展情况'], ...rows]);
    const withoutProgress = sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows.map((r) => r.slice(0, 5))]);
    const run = (grid: SheetGrid, seen: CheckProgress[]) => {
      const phases = checkPhases(grid, { asOf: AS_OF }, { sliceRows: 100 });
      let step = phases.next();
      for (; !step.done; step = phases.next()) seen.push(step.value);
      return step.value;
    };
    const seen: CheckProgress[] = [];
    const plain: CheckProgress[] = [];
    const result = run(table, seen);
    run(withoutProgress, plain);
    const count = (list: CheckProgress[], phase: string) => list.filter((p) => p.phase === phase).length;
    // 20 slices each of making the tasks, reading their records, judging them and making them again, and the start.
    expect(count(seen, 'deadlines')).toBe(81);
    expect(count(plain, 'deadlines')).toBe(21);
    // The report, 20 slices of tasks at least.
    expect(count(seen, 'summaries')).toBeGreaterThanOrEqual(count(plain, 'summaries') + 20);
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(result.progress?.total).toBe(2_000);
    expect(result).toEqual(checkTaskTable(table, { asOf: AS_OF }));
  });

  it('puts the progress report together in slices, also for one unit that leads every task', () => {
    const statuses = ['完成60%', '已完成', '滞后', '完成95%'];
    const rows: CellValue[][] = Array.from({ length: 2_000 }, (_, i) => [i + 1, `任务${i + 1}`, '区人社局', '', '年底前', statuses[i % 4]!]);
    const table = sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '进展情况'], ...rows]);
    const seen: CheckProgress[] = [];
    const phases = checkPhases(table, { asOf: AS_OF }, { sliceRows: 100 });
    let step = phases.next();
    for (; !step.done; step = phases.next()) seen.push(step.value);
    // The report's turns (at 0.99): 20 slices each of grouping the tasks, counting their lights, finding each row's
    // first row, and the one unit's 2,000 tasks twice over.
    const reportTurns = seen.filter((p) => p.phase === 'summaries' && Math.abs(p.fraction - 0.99) < 1e-9).length;
    expect(reportTurns).toBeGreaterThanOrEqual(5 * 20 - 1);
    expect(step.value.progress?.units).toEqual([expect.objectContaining({ unit: '区人社局', led: 2_000, done: 500 })]);
    expect(step.value).toEqual(checkTaskTable(table, { asOf: AS_OF }));
  });

  it('finds the same, in the same order, whatever the slices', () => {
    const whole = checkTaskTable(seedSheetGrid(), { asOf: AS_OF });
    for (const sliceRows of [1, 3, 7]) {
      const phases = checkPhases(seedSheetGrid(), { asOf: AS_OF }, { sliceRows });
      let step = phases.next();
      while (!step.done) step = phases.next();
      expect(step.value).toEqual(whole);
    }
  });

  it('never parts the rows of one merged task cell between two slices of the findings checks', () => {
    const merged = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '落实帮扶资金：马尾区、闽侯县各300万元，福清市200万元。', '马尾区党工委', '全年'],
        ['', '', '闽侯县委', '全年'],
        ['', '', '福清市委', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(merged.findings.filter((f) => f.code === 'QUOTA_UNIT_NOT_RESPONSIBLE')).toEqual([]);
    const phases = checkPhases(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '落实帮扶资金：马尾区、闽侯县各300万元，福清市200万元。', '马尾区党工委', '全年'],
        ['', '', '闽侯县委', '全年'],
        ['', '', '福清市委', '全年'],
      ]),
      { asOf: AS_OF },
      { sliceRows: 1 },
    );
    let step = phases.next();
    while (!step.done) step = phases.next();
    expect(step.value.findings).toEqual(merged.findings);
  });

  it('hands control to the host between steps and reports progress', async () => {
    const progress: string[] = [];
    let turns = 0;
    const result = await checkTaskTableAsync(seedSheetGrid(), { asOf: AS_OF }, (p) => progress.push(p.phase), async () => {
      turns += 1;
    });
    expect(result.tasks).toHaveLength(29);
    expect(turns).toBe(progress.length);
    expect(progress[0]).toBe('locate');
  });
});

describe('checkTaskTable on shapes the real tables lack', () => {
  it('reads 整改时限 written 立行立改, 长期坚持, 每季度 and 5个工作日内 without a warning', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '存在问题', '整改责任单位', '整改时限', '整改进展'],
        [1, '消防通道堵塞', '区应急管理局', '立行立改', '已整改到位'],
        [2, '制度不健全', '区司法局', '长期坚持', ''],
        [3, '台账不规范', '区民政局', '每季度', ''],
        [4, '标识缺失', '区城管局', '5个工作日内', '正在整改'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.deadline.kind, t.state])).toEqual([
      ['relative', 'done'],
      ['ongoing', 'ongoing'],
      ['recurring', 'ongoing'],
      ['relative', 'unknown'],
    ]);
    // The deadlines raise nothing; the two rows that leave 整改进展 empty are said to report no progress.
    expect(result.findings.map((f) => [f.code, f.row])).toEqual([
      ['PROGRESS_NOT_REPORTED', 3],
      ['PROGRESS_NOT_REPORTED', 4],
    ]);
  });

  it('reads a two-row header with 完成情况 over 目标值 | 完成值 | 完成率, its lower row no task', () => {
    const result = checkTaskTable(
      sheet([
        ['2023年重点指标完成情况'],
        ['序号', '指标名称', '责任单位', '完成情况', null, null],
        [null, null, null, '目标值', '完成值', '完成率'],
        [1, '新增城镇就业', '区人社局', 15000, 16020, '106.8%'],
        [2, '新增市场主体', '区市场局', 3000, 2100, '70%'],
      ]),
      { asOf: AS_OF },
    );
    expect([result.headerRow, result.tasks.map((t) => t.row)]).toEqual([2, [4, 5]]);
    expect(result.headers?.map((h) => h.header)).toEqual(['序号', '指标名称', '责任单位', '完成情况/目标值', '完成情况/完成值', '完成情况/完成率']);
    expect(result.headers?.map((h) => h.role)).toEqual(['no', 'task', 'units', 'target', 'actual', 'rate']);
    // 2100 of 3000 is 70%, behind the 88.9% of the year gone by 20 November; the rates agree with the figures.
    expect(result.findings.map((f) => [f.code, f.row])).toEqual([['PROGRESS_BEHIND', 5]]);
  });

  it('reads 市发改委牵头，市财政局、市商务局配合 in a lead cell as one lead and two supports, and a label as no name', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        [1, '调研', '市发改委牵头，市财政局、市商务局配合', '', '全年'],
        [2, '对接', '牵头单位：市工信局', '配合单位：市财政局', '全年'],
        [3, '落实', '市商务局、市财政局（配合）', '', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市发改委'], ['市财政局', '市商务局']],
      [['市工信局'], ['市财政局']],
      [['市商务局'], ['市财政局']],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('applies a 下同 note from its row on, 分别牵头 only of a cell’s own units', () => {
    const result = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        [1, '调研', '市发改委、市财政局（除注明分别牵头的以外，排在第一位的为牵头单位，下同）', '市商务局', '全年'],
        [2, '对接', '市商务局、市财政局', '', '全年'],
        [3, '落实', '市商务局、市财政局分别牵头', '', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(result.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市发改委'], ['市财政局', '市商务局']],
      [['市商务局'], ['市财政局']],
      [['市商务局', '市财政局'], []],
    ]);
  });

  it('leads a row without 牵头单位 by its 责任单位, said once as info; beside 配合单位 an empty lead is an error', () => {
    const withUnits = checkTaskTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
        [1, '调研', '区发改局', '区财政局', '全年'],
        [2, '对接', '', '区商务局、区财政局', '全年'],
        [3, '落实', '', '区工信局', '全年'],
      ]),
      { asOf: AS_OF },
    );
    expect(withUnits.tasks.map((t) => t.lead)).toEqual([['区发改局'], ['区商务局', '区财政局'], ['区工信局']]);
    expect(codes(withUnits, 'LEAD_MISSING')).toEqual([]);
    expect(codes(withUnits, 'LEAD_FROM_UNITS').map((f) => [f.severity, f.message])).toEqual([
      ['info', '2项任务未填牵头单位，按“无牵头单位的，责任单位即为牵头单位”，由其责任单位牵头（第3、4行）。'],
    ]);
    const withSupport = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], [1, '对接', '', '区商务局', '全年']]), { asOf: AS_OF });
    expect(codes(withSupport, 'LEAD_MISSING').map((f) => f.severity)).toEqual(['error']);
  });

  it('says which header cells it saw and which roles are missing when it finds no table', () => {
    const result = checkTaskTable(sheet([['关于印发方案的通知'], ['序号', '牵头单位', '完成时限']]), { asOf: AS_OF });
    expect(result.findings[0]?.message).toBe('工作表“任务表”前30行中没有任务表的表头行（看到的表头：序号、牵头单位、完成时限；缺少任务列（如“工作任务”））。');
  });

  it('names the plan from the title above the header, else the sheet, and the cell each task’s text is in', () => {
    const titled = checkTaskTable(
      sheet([['2023年背街小巷整治任务清单'], ['序号', '工作任务', '牵头单位', '完成时限'], [1, '整治背街小巷', '市城管局', '全年'], ['', '', '区住建局', '全年']]),
      { asOf: AS_OF },
    );
    expect(titled.title).toBe('2023年背街小巷整治任务清单');
    expect(titled.tasks.map((t) => t.textCell)).toEqual(['B3', 'B3']);
    const untitled = checkTaskTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], [1, '整治背街小巷', '市城管局', '全年']]), { asOf: AS_OF });
    expect(untitled.title).toBe('任务表');
  });
});
