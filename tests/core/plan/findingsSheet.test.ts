import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { messagesFor } from '../../../src/core/messages/messagesFor';
import type { PlanCell } from '../../../src/core/model';
import { EXCEL_CELL_TEXT_LIMIT } from '../../../src/core/plan/cellTextLimit';
import { findingsSheet, MAX_LINKED_PLACES } from '../../../src/core/plan/findingsSheet';
import { seedSheetGrid } from '../../fixtures/seedGrid';

const result = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });
const sheet = findingsSheet(result, messagesFor('zh-CN'), { madeAt: '2023-11-21 09:30' });
const GULOU = '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。';
const [SEVERITY, KIND, CELL, TASK_NO, MESSAGE, COUNT, CODE] = [0, 1, 2, 3, 5, 7, 8];

/** The header rows the seed repeats at page breaks, read off the seed: every 序号 row after the first. */
const repeatedHeaders = seedSheetGrid().grid.flatMap((cells, i) => (cells[0] === '序号' ? [i + 1] : [])).slice(1);
/** A group's own row carries its count; the rows folded under it do not. */
const groupRows = (rows: readonly (readonly PlanCell[])[]) => rows.filter((r) => r[COUNT] !== null);
const rowOf = (message: string): readonly PlanCell[] | undefined => groupRows(sheet.rows).find((r) => r[MESSAGE] === message);
const indexOf = (message: string): number => sheet.rows.findIndex((r) => r[MESSAGE] === message && r[COUNT] !== null);

describe('findings sheet on the seed table', () => {
  it('has a row per group standing for all 145 findings, each severity as often as the engine found it', () => {
    const groups = groupRows(sheet.rows);
    const total = (rows: readonly (readonly PlanCell[])[]) => rows.reduce((sum, r) => sum + Number(r[COUNT]), 0);
    expect(total(groups)).toBe(145);
    for (const [severity, label] of [['error', '错误'], ['warning', '警告'], ['info', '提示']] as const) {
      expect(total(groups.filter((r) => r[SEVERITY] === label))).toBe(result.findings.filter((f) => f.severity === severity).length);
    }
    expect(groups.length).toBeLessThan(40);
  });

  it('heads the columns with the kind in plain words and the code last', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(['级别', '问题类型', '单元格', '序号', '单位', '问题', '建议', '处数', '代码']);
    expect(rowOf(GULOU)?.[KIND]).toBe('单位写法不规范');
    expect(rowOf(GULOU)?.[CODE]).toBe('UNIT_NONSTANDARD');
  });

  it('links every cell the 鼓楼区党工委 misspelling is in on a row of its own, folded under the group’s row', () => {
    const seedRows = seedSheetGrid().grid.flatMap((cells, i) => (String(cells[3] ?? '').includes('鼓楼区党工委') ? [i + 1] : []));
    const cells = seedRows.map((row) => `D${row}`);
    const taskNos = seedRows.map((row) => String(seedSheetGrid().grid[row - 1]?.[0]));
    const at = indexOf(GULOU);
    expect(rowOf(GULOU)).toEqual([
      '警告',
      '单位写法不规范',
      { text: `${cells[0]} 等 7 处`, link: { sheet: '分工方案', cell: cells[0] } },
      taskNos.join('、'),
      '鼓楼区',
      GULOU,
      '鼓楼区委',
      7,
      'UNIT_NONSTANDARD',
    ]);
    const details = sheet.rows.slice(at - 7, at);
    expect(details).toEqual(cells.map((cell, i) => ['警告', '单位写法不规范', { text: cell, link: { sheet: '分工方案', cell } }, taskNos[i], '鼓楼区', null, null, null, 'UNIT_NONSTANDARD']));
    expect(sheet.rowGroups).toContainEqual({ first: at - 7, count: 7, collapsed: true });
  });

  it('folds only groups of several cells, each right above its own row', () => {
    const groups = sheet.rowGroups ?? [];
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      const summary = sheet.rows[group.first + group.count];
      expect(summary?.[COUNT]).toBe(group.count);
      expect(sheet.rows.slice(group.first, group.first + group.count).every((r) => r[COUNT] === null && r[MESSAGE] === null)).toBe(true);
    }
    const duplicate = sheet.rows.findIndex((r) => r[CODE] === 'UNIT_DUPLICATE');
    expect(sheet.rows[duplicate - 1]?.[COUNT]).not.toBeNull();
  });

  it('names repeated header rows as rows, linking to the row’s first table column', () => {
    const at = sheet.rows.findIndex((r) => r[CODE] === 'HEADER_REPEATED' && r[COUNT] !== null);
    const [firstHeader] = repeatedHeaders;
    expect(sheet.rows[at]?.[CELL]).toEqual({ text: `第${firstHeader}行 等 4 处`, link: { sheet: '分工方案', cell: `A${firstHeader}` } });
    expect(sheet.rows[at]?.[COUNT]).toBe(4);
    expect(sheet.rows.slice(at - 4, at).map((r) => r[CELL])).toEqual(repeatedHeaders.map((row) => ({ text: `第${row}行`, link: { sheet: '分工方案', cell: `A${row}` } })));
  });

  it('lists kinds errors first, then warnings, then info, each kind together', () => {
    const severities = sheet.rows.map((r) => r[SEVERITY]);
    expect(severities.indexOf('警告')).toBeGreaterThan(severities.lastIndexOf('错误'));
    expect(severities.indexOf('提示')).toBeGreaterThan(severities.lastIndexOf('警告'));
    expect(sheet.rows[0]?.[CODE]).toBe('DEADLINE_OVERDUE');
    const codes = sheet.rows.map((r) => r[CODE]);
    for (const code of new Set(codes)) expect(codes.lastIndexOf(code) - codes.indexOf(code) + 1).toBe(codes.filter((c) => c === code).length);
  });

  it('has the title block, a frozen filtered header and the A4 print setup', () => {
    expect(sheet.layout).toMatchObject({
      title: '2023年闽宁协作福州市重点工作分方案 校验结果',
      subtitle: '校验工作表“分工方案” · 2023 年度 · 截至 2023-11-20 · 生成于 2023-11-21 09:30',
      freezeHeader: true,
      autoFilter: true,
      print: { paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, repeatHeaderRows: true },
    });
    expect(sheet.layout?.print?.footer).toEqual({
      left: ['截至 2023-11-20'],
      center: ['第 ', { field: 'pageNumber' }, ' 页，共 ', { field: 'pageCount' }, ' 页'],
      right: [{ field: 'sheetName' }],
    });
  });

  it('wraps every column of text (kind, lists, message, suggestion), and keeps the code’s column as wide as the longest code', () => {
    expect(sheet.columns.map((c) => c.wrap === true)).toEqual([false, true, false, true, true, true, true, false, false]);
    expect(sheet.columns.map((c) => c.center === true)).toEqual([false, false, false, false, false, false, false, true, false]);
    const longest = Math.max(...sheet.rows.map((r) => String(r[CODE]).length));
    expect(sheet.columns[CODE]?.width).toBe(longest + 2);
  });

  it('speaks English on request', () => {
    const en = findingsSheet(result, messagesFor('en-US'));
    expect(en.columns.map((c) => c.header)).toEqual(['Severity', 'Kind', 'Cell', 'No.', 'Unit', 'Finding', 'Suggestion', 'Places', 'Code']);
    const headers = en.rows.find((r) => r[CODE] === 'HEADER_REPEATED' && r[COUNT] !== null);
    expect(headers?.[CELL]).toMatchObject({ text: `row ${repeatedHeaders[0]} and 3 more` });
    expect(headers?.[KIND]).toBe('Repeated header rows');
    expect(en.layout?.title).toBe('2023年闽宁协作福州市重点工作分方案: Findings');
    expect(en.layout?.subtitle).toBe('sheet checked: 分工方案 · plan year 2023 · as of 2023-11-20');
  });
});

it('lists a group’s task numbers and units each once, in order, however the findings repeat them', () => {
  const finding = (row: number, taskNo: string | null, unit: string | null) =>
    ({ code: 'UNIT_NONSTANDARD', severity: 'warning', row, column: 'D', taskNo, unit, message: GULOU, suggestion: '鼓楼区委' }) as const;
  const findings = [finding(5, '1', '鼓楼区'), finding(6, '1', '晋安区'), finding(7, '2', '鼓楼区'), finding(8, null, null), finding(9, '1', '晋安区'), finding(10, '3', '鼓楼区')];
  const own = findingsSheet({ ...result, findings }, messagesFor('zh-CN'));
  const [groupRow] = groupRows(own.rows);
  expect(groupRow?.[TASK_NO]).toBe('1、2、3');
  expect(groupRow?.[4]).toBe('鼓楼区、晋安区');
  expect(groupRow?.[COUNT]).toBe(6);
  // None named: the cells stay empty.
  const unnamed = findingsSheet({ ...result, findings: [finding(5, null, null)] }, messagesFor('zh-CN'));
  expect(groupRows(unnamed.rows)[0]?.slice(TASK_NO, 5)).toEqual([null, null]);
});

describe('findings sheet on a 10,000-task table', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府', '11月底前']);
  const big = checkTaskTable({ name: '大表', grid: [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows] }, { asOf: '2023-11-20' });
  const bigSheet = findingsSheet(big, messagesFor('zh-CN'));
  const summary = bigSheet.rows[bigSheet.rows.length - 1] ?? [];

  it('says a finding repeated in every row once, counting every row', () => {
    expect(big.findings).toHaveLength(10_000);
    expect(groupRows(bigSheet.rows)).toHaveLength(1);
    expect(summary.slice(0, 3)).toEqual(['警告', '临近完成时限', { text: 'E2 等 10,000 处', link: { sheet: '大表', cell: 'E2' } }]);
    expect(summary[COUNT]).toBe(10_000);
  });

  it('links the first cells one by one and says how many more the task sheet marks', () => {
    const details = bigSheet.rows.slice(0, -1);
    expect(details).toHaveLength(MAX_LINKED_PLACES + 1);
    expect(details.slice(0, MAX_LINKED_PLACES).map((r) => r[CELL])).toEqual(Array.from({ length: MAX_LINKED_PLACES }, (_, i) => ({ text: `E${i + 2}`, link: { sheet: '大表', cell: `E${i + 2}` } })));
    expect(details[MAX_LINKED_PLACES]?.[MESSAGE]).toBe(`……另有 ${(10_000 - MAX_LINKED_PLACES).toLocaleString('en-US')} 处未逐一列出，任务表中已标出。`);
    expect(bigSheet.rowGroups).toEqual([{ first: 0, count: MAX_LINKED_PLACES + 1, collapsed: true }]);
  });

  it('cuts the list of task numbers after a whole number to fit one Excel cell', () => {
    const taskNos = String(summary[TASK_NO]);
    expect(taskNos.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(taskNos.length).toBeGreaterThan(EXCEL_CELL_TEXT_LIMIT - 8);
    expect(taskNos).toMatch(/^1、2、(\d+、)*\d+…$/);
    const listed = taskNos.slice(0, -1).split('、');
    expect(listed).toEqual(listed.map((_, i) => `${i + 1}`));
  });
});

it('says a finding about the whole table is about the table, with nothing to fold', () => {
  const empty = findingsSheet(checkTaskTable({ name: '空表', grid: [] }, { asOf: '2023-11-20' }), messagesFor('zh-CN'));
  expect(empty.rows).toHaveLength(1);
  expect(empty.rows[0]?.slice(0, 3)).toEqual(['错误', '未找到任务表', '全表']);
  expect(empty.rowGroups).toEqual([]);
});
