import type { CellValue, MergedRange, SheetGrid } from '../../../src/core/model';
import { finish } from '../../../src/core/steps';
import { HEADER_SEARCH_ROWS, hasTaskTable, locateTable, locateTableSteps } from '../../../src/core/table/locateTable';
import type { TableRow, TaskRow } from '../../../src/core/table/tableLayout';
import { seedRowOf, seedSheetGrid } from '../../fixtures/seedGrid';

const tasksOf = (rows: readonly TableRow[]): TaskRow[] => rows.filter((r): r is TaskRow => r.kind === 'task');
const sheet = (grid: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name: '任务表', grid, ...extra });

describe('locateTable on the seed table', () => {
  const layout = locateTable(seedSheetGrid());

  it('finds the header below the title and maps the five columns', () => {
    expect(layout?.headerRow).toBe(3);
    expect(layout?.columns).toEqual({ no: 'A', task: 'B', lead: 'C', support: 'D', units: null, deadline: 'E', status: null });
    expect(layout?.titleTexts).toContain('2023年闽宁协作福州市重点工作分方案');
  });

  it('reads 29 tasks and skips the 4 headers repeated at page breaks', () => {
    const tasks = tasksOf(layout?.rows ?? []);
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(layout?.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([7, 13, 20, 25].map((n) => seedRowOf(n) - 1));
    expect(tasks.find((t) => t.no === '8')?.row).toBe(seedRowOf(8));
    expect(tasks.find((t) => t.no === '24')?.lead).toContain('福清市党委、政府、政府、政府');
  });
});

describe('locateTable on other layouts', () => {
  it('finds nothing in an empty grid or a grid without a header', () => {
    expect(locateTable(sheet([]))).toBeNull();
    expect(locateTable(sheet([['关于印发方案的通知'], ['各单位：'], ['请认真落实。']]))).toBeNull();
  });

  it('gives up on a header below the first 30 rows', () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`说明${i}`]);
    expect(locateTable(sheet([...filler, ['序号', '工作任务', '牵头单位']]))).toBeNull();
  });

  it('reads a single unit column, spaced headers and a second text column', () => {
    const layout = locateTable(
      sheet([
        ['序 号', '重点任务', '具体要求', '责任单位', '完成\n时限', '备注'],
        [1, '推动消费帮扶', '组织采购', '市商务局、市财政局', '11月底前', '无'],
      ]),
    );
    expect(layout?.columns).toMatchObject({ no: 'A', task: 'B', lead: null, support: null, units: 'D', deadline: 'E' });
    expect(tasksOf(layout?.rows ?? [])[0]).toMatchObject({ no: '1', text: '推动消费帮扶\n组织采购', units: '市商务局、市财政局' });
  });

  it('takes 责任单位 beside 牵头单位 as the supporting units, and beside only 配合单位 as the leads', () => {
    expect(locateTable(sheet([['序号', '工作任务', '牵头单位', '责任单位', '时限']]))?.columns).toMatchObject({ lead: 'C', support: 'D', units: null });
    expect(locateTable(sheet([['序号', '工作任务', '责任单位', '配合单位', '时限']]))?.columns).toMatchObject({ lead: 'C', support: 'D', units: null });
  });

  it('honours the grid offsets', () => {
    const layout = locateTable(sheet([['序号', '工作任务', '牵头单位', '完成时限'], [1, '调研对接', '市委办公厅', '全年']], { firstRow: 5, firstColumn: 3 }));
    expect(layout?.headerRow).toBe(5);
    expect(layout?.columns).toMatchObject({ no: 'C', task: 'D', lead: 'E', deadline: 'F' });
    expect(tasksOf(layout?.rows ?? [])[0]?.row).toBe(6);
  });

  it('classifies section rows, blank rows and a merged 序号', () => {
    const layout = locateTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        ['一、劳务协作'],
        [1, '帮助农村劳动力就业', '市人社局', '', '11月底前'],
        [null, '开展创业致富带头人培训', '市人社局', '', '全年'],
        [],
        [null, '产业协作'],
        [1, '推动两地开发区合作', '市商务局', '', '持续推进'],
        [null, null, '市工信局', '', '全年'],
      ]),
    );
    const rows = layout?.rows ?? [];
    expect(rows.map((r) => r.kind)).toEqual(['section', 'task', 'task', 'blank', 'section', 'task', 'task']);
    const tasks = tasksOf(rows);
    expect(tasks[1]).toMatchObject({ no: '1', noInherited: true, text: '开展创业致富带头人培训', textInherited: false });
    expect(tasks[2]?.section).toBe(2);
    expect(tasks[3]).toMatchObject({ no: '1', noInherited: true, text: '推动两地开发区合作', textInherited: true });
  });

  it('records error values and reads numbers and dates in text columns as text', () => {
    const layout = locateTable(
      sheet([
        ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'],
        [2.5, 12345, { error: '#N/A' }, new Date(Date.UTC(2023, 10, 30)), true],
      ]),
    );
    const task = tasksOf(layout?.rows ?? [])[0];
    expect(task).toMatchObject({ no: '2.5', text: '12345', lead: '', status: 'TRUE' });
    expect(task?.deadline).toEqual(new Date(Date.UTC(2023, 10, 30)));
    expect(task?.errors).toEqual([{ column: 'C', error: '#N/A' }]);
  });

  it('keeps a 32,767-character task text whole', () => {
    const long = '推'.repeat(32767);
    const layout = locateTable(sheet([['序号', '工作任务', '牵头单位'], [1, long, '市商务局']]));
    expect(tasksOf(layout?.rows ?? [])[0]?.text).toHaveLength(32767);
  });

  it('handles a sheet thousands of columns wide, reading only the mapped ones below the header', () => {
    const width = 16000;
    const header: CellValue[] = Array.from({ length: width }, (_, j) => `列${j}`);
    header.splice(0, 3, '序号', '工作任务', '牵头单位');
    header[width - 1] = '完成时限';
    const row: CellValue[] = Array.from({ length: width }, () => 'x');
    row.splice(0, 3, 1, '任务', '市商务局');
    row[width - 1] = '11月底前';
    const grid = [header, ...Array.from({ length: 300 }, () => row)];
    let reads = 0;
    // A grid whose rows count how often cells beyond the header are read: the scan must not touch every column.
    const counted = grid.map((cells, i) =>
      i === 0 ? cells : new Proxy(cells, { get: (target, key) => ((reads += typeof key === 'string' && /^\d+$/.test(key) ? 1 : 0), Reflect.get(target, key)) }),
    );
    const layout = locateTable(sheet(counted));
    expect(layout?.columns.deadline).toBe('WQJ');
    expect(tasksOf(layout?.rows ?? [])).toHaveLength(300);
    expect(reads).toBeLessThan(300 * 100);
  });
});

describe('hasTaskTable', () => {
  const header: CellValue[] = ['序号', '工作任务', '牵头单位', '完成时限'];
  const below = (blankRows: number): SheetGrid => sheet([...Array.from({ length: blankRows }, (): CellValue[] => []), header, [1, '调研', '市商务局', '全年']]);

  it('says yes where locateTable finds a table, the header as low as the search goes', () => {
    expect(hasTaskTable(seedSheetGrid())).toBe(true);
    expect(hasTaskTable(below(HEADER_SEARCH_ROWS - 1))).toBe(true);
    expect(locateTable(below(HEADER_SEARCH_ROWS - 1))?.headerRow).toBe(HEADER_SEARCH_ROWS);
  });

  it('says no where locateTable finds none: a header below the searched rows, or no task column', () => {
    expect(hasTaskTable(below(HEADER_SEARCH_ROWS))).toBe(false);
    expect(locateTable(below(HEADER_SEARCH_ROWS))).toBeNull();
    expect(hasTaskTable(sheet([['序号', '牵头单位', '完成时限']]))).toBe(false);
  });
});

describe('locateTableSteps', () => {
  // 1,000 tasks under a title: a section row every 100, the 牵头单位 merged over each pair of tasks, and a note below
  // the table stating the first-listed rule (which the tasks get once every row is read).
  const body: CellValue[][] = [];
  const merges: MergedRange[] = [];
  for (let i = 0; i < 1_000; i += 1) {
    if (i % 100 === 0) body.push([`${i / 100 + 1}、板块${i / 100 + 1}`]);
    const row = body.length + 4;
    if (i % 2 === 0) merges.push({ firstRow: row, firstColumn: 3, lastRow: row + 1, lastColumn: 3 });
    body.push([i + 1, `任务${i + 1}`, i % 2 === 0 ? '市商务局、市财政局' : null, '市工信局', '年底前']);
  }
  const table: SheetGrid = sheet([['2023年重点工作任务分工方案'], [], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...body, ['注：排在第一位的为牵头单位。']], { merges });
  const run = (slice: number): { shares: number[]; layout: ReturnType<typeof locateTable> } => {
    const steps = locateTableSteps(table, slice);
    const shares: number[] = [];
    for (;;) {
      const step = steps.next();
      if (step.done) return { shares, layout: step.value };
      shares.push(step.value);
    }
  };

  it('yields after every slice of merged ranges and of rows, with a rising share of its work', () => {
    const { shares } = run(50);
    // 500 ranges giving 500 cells, 1,011 rows below the header, then the rule given to the rows: about 20 + 20 + 20.
    expect(shares.length).toBeGreaterThan(55);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.every((share) => share >= 0 && share <= 1)).toBe(true);
    expect(shares[0]).toBeLessThan(0.1);
    expect(shares.at(-1)).toBe(1);
  });

  it('finds the same layout in slices of any size as in one piece', () => {
    const whole = locateTable(table);
    expect(tasksOf(whole?.rows ?? [])).toHaveLength(1_000);
    expect(tasksOf(whole?.rows ?? []).every((t) => t.firstListedLeads && t.lead === '市商务局、市财政局')).toBe(true);
    for (const slice of [1, 7, 50, 10_000]) expect(run(slice).layout).toEqual(whole);
  });

  it('runs in one piece without a slice, and yields nothing where there is no table', () => {
    expect(run(Number.POSITIVE_INFINITY).shares).toEqual([]);
    const steps = locateTableSteps(sheet([['关于印发方案的通知'], ['请认真落实。']]), 1);
    expect(steps.next()).toEqual({ done: true, value: null });
    expect(finish(locateTableSteps(table))).toEqual(locateTable(table));
  });
});
