// "Every bad input answered": cells no table should hold, but real ones do, go through the engine and the write plan
// without a crash, and what the tool would write stays within Excel's limits.
import { checkTaskTable } from '../../src/core/checkTaskTable';
import type { CellValue, CheckOptions, PlanCell, SheetGrid } from '../../src/core/model';
import { EXCEL_CELL_TEXT_LIMIT, fitCellText } from '../../src/core/plan/cellTextLimit';
import { planWorkbookOutput } from '../../src/core/plan/planWorkbookOutput';

const OPTIONS: CheckOptions = { asOf: '2023-11-20' };
const TITLE = '2023年闽宁协作福州市重点工作分方案';
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const sheet = (grid: CellValue[][], name = '分工方案'): SheetGrid => ({ name, grid });

function planCells(grid: SheetGrid, options: CheckOptions = OPTIONS): PlanCell[] {
  const result = checkTaskTable(grid, options);
  const plan = planWorkbookOutput(result, { parts: ['highlights', 'findings', 'summaries'], lang: 'zh-CN', existingSheets: [grid.name], ownedSheets: {} });
  return plan.sheets.flatMap((s) => [...s.columns.map((c) => c.header), ...s.rows.flat()]);
}

const textOf = (cell: PlanCell): string => (cell === null ? '' : typeof cell === 'object' ? cell.text : String(cell));

describe('cells no table should hold', () => {
  it('reads numbers that are not finite, negative or huge, booleans and invalid dates without a crash', () => {
    const result = checkTaskTable(
      sheet([
        [TITLE],
        HEADER,
        [Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, Number.NEGATIVE_INFINITY],
        [1e21, true, false, new Date(Number.NaN), -0.5],
        [new Date(Date.UTC(2023, 6, 31)), new Date(Number.NaN), new Date(Date.UTC(2023, 6, 31)), { error: '#NULL!' }, 2958466],
        // A huge serial in a date-formatted cell (Excel shows ####) reaches the engine as a Date past 9999.
        [4, '召开推进会', '市委办公厅', null, new Date(Date.UTC(10113, 0, 1))],
        [5, '召开推进会', '市委办公厅', null, new Date(Date.UTC(-1, 0, 1))],
      ]),
      OPTIONS,
    );
    expect(result.headerRow).toBe(2);
    expect(result.tasks).toHaveLength(5);
    expect(result.tasks.map((t) => t.deadline.kind)).toEqual(['unparsed', 'unparsed', 'unparsed', 'unparsed', 'unparsed']);
    expect(result.tasks[2]?.deadline.due).toBeNull();
  });

  it('reads text with control characters, zero-width and direction marks, and lone surrogates', () => {
    const odd = ['市商务局\u0000', '\u200b马尾区区委、政府\u200b', '\u202e局务商市', '\ud800市人社局', '\t\r\n', '\udc00'];
    const result = checkTaskTable(sheet([HEADER, [1, odd.join(''), odd[1]!, odd.join(' '), `7月底前${odd[3]}`], [2, '\ufeff', odd[2]!, odd[4]!, odd[5]!]]), OPTIONS);
    expect(result.tasks).toHaveLength(2);
    expect(result.tasks[0]?.lead).toEqual(['马尾区']);
    expect(result.tasks[0]?.deadline.due).toBe('2023-07-31');
  });

  it('reads a header made of hostile text as no header, and says TABLE_NOT_FOUND', () => {
    const result = checkTaskTable(sheet([['=序号', '+工作任务', '@牵头单位', "=cmd|' /C calc'!A0"], [1, '调研', '市商务局', '全年']]), OPTIONS);
    expect(result.headerRow).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(['TABLE_NOT_FOUND']);
  });

  it('reads ragged rows, rows of error values only, and a grid placed far from A1', () => {
    const grid: SheetGrid = {
      name: '分工方案',
      firstRow: 1000,
      firstColumn: 300,
      grid: [HEADER, [1], [], [{ error: '#N/A' }, { error: '#N/A' }, { error: '#N/A' }, { error: '#N/A' }, { error: '#N/A' }], [2, '召开推进会', '市委办公厅', null, '全年', '多余的列']],
    };
    const result = checkTaskTable(grid, OPTIONS);
    expect(result.headerRow).toBe(1000);
    expect(result.columns.no).toBe('KN');
    // A row of error values alone is a broken task row (a failed lookup), not a section heading: each error is reported.
    expect(result.tasks.map((t) => t.row)).toEqual([1001, 1003, 1004]);
    expect(result.findings.filter((f) => f.code === 'CELL_ERROR_VALUE').map((f) => `${f.column}${f.row}`)).toEqual(['KN1003', 'KO1003', 'KP1003', 'KQ1003', 'KR1003']);
  });

  it('reads a 单位名录 sheet of error values, numbers and blanks without a crash, and keeps the built-in units', () => {
    const registrySheet: SheetGrid = { name: '单位名录', grid: [['标准名称', '类别'], [{ error: '#REF!' }, 12], [null, '区县'], [45000, true], ['', '']] };
    const result = checkTaskTable(sheet([HEADER, [1, '调研', '市商务局', null, '全年']]), { ...OPTIONS, registrySheet });
    expect(result.tasks[0]?.lead).toEqual(['市商务局']);
    expect(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN')).toEqual([]);
  });

  it('reads a table 5,000 columns wide, its header and tasks among them', () => {
    const header: CellValue[] = [...HEADER];
    const task: CellValue[] = [1, '参加闽宁协作第27次联席会议', '市委办公厅', '市乡村振兴局', '全年'];
    for (let c = 5; c < 5000; c += 1) {
      header.push(`备注${c}`);
      task.push(c % 3 === 0 ? { error: '#N/A' } : c);
    }
    const result = checkTaskTable(sheet([[TITLE], header, task]), OPTIONS);
    expect(result.columns).toMatchObject({ no: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' });
    expect(result.tasks).toHaveLength(1);
  });
});

describe('what the tool would write from extreme cells', () => {
  const limit = 'x'.repeat(EXCEL_CELL_TEXT_LIMIT);

  it('keeps every header and cell within Excel’s 32,767 characters when every cell of a task is that long', () => {
    const long = (seed: string): string => seed.repeat(Math.ceil(EXCEL_CELL_TEXT_LIMIT / seed.length)).slice(0, EXCEL_CELL_TEXT_LIMIT);
    const grid = sheet([[TITLE], HEADER, [long('9'), long('统筹推进东西部协作'), long('市工党工委'), long('马尾区、'), long('7月底前完成，')]]);
    const cells = planCells(grid).map(textOf);
    expect(Math.max(...cells.map((t) => t.length))).toBe(EXCEL_CELL_TEXT_LIMIT);
    // The unknown unit's finding quotes the whole 32,767-character cell, so it is the one that was cut.
    expect(cells.some((t) => t.startsWith('“市工党工委市工党工委') && t.endsWith('…'))).toBe(true);
  });

  it('cuts a text only past the limit, and never inside a surrogate pair', () => {
    const kept = fitCellText(limit);
    expect(kept === limit).toBe(true);
    const cut = fitCellText(`${limit}y`);
    expect({ length: cut.length, end: cut.slice(-2) }).toEqual({ length: EXCEL_CELL_TEXT_LIMIT, end: 'x…' });
    // The limit falls between the two halves of the first emoji: it goes whole.
    const emoji = fitCellText(`${'x'.repeat(EXCEL_CELL_TEXT_LIMIT - 2)}😀😀`);
    expect({ length: emoji.length, end: emoji.slice(-2) }).toEqual({ length: EXCEL_CELL_TEXT_LIMIT - 1, end: 'x…' });
  });
});
