import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { messagesFor } from '../../../src/core/messages/messagesFor';
import type { CellValue, PlanCell } from '../../../src/core/model';
import { districtSheet, MAX_QUOTA_TASK_COLUMNS } from '../../../src/core/plan/districtSheet';
import { fitSheetRows } from '../../../src/core/plan/sheetRowLimit';

const zh = messagesFor('zh-CN');
const HEADER: CellValue[] = ['序号', '工作任务', '牵头单位', '完成时限'];

/** A table whose every task gives 马尾区 and 闽侯县 a share: 万元 in odd tasks, 名 in even ones. */
function quotaTable(tasks: number) {
  const rows: CellValue[][] = [HEADER];
  for (let n = 1; n <= tasks; n += 1) {
    const share = n % 2 === 1 ? '各100万元' : '各2名';
    rows.push([n, `落实帮扶任务：马尾区、闽侯县${share}。`, '马尾区党工委 闽侯县委', '11月底前']);
  }
  return checkTaskTable({ name: '分工方案', grid: rows }, { asOf: '2023-11-20' });
}

const row = (rows: readonly (readonly PlanCell[])[], name: string) => rows.find((r) => r[0] === name) ?? [];
/** The headers on one line: their breaks written in (before a bracket, else at a space) taken out. */
const headersOf = (sheet: { readonly columns: readonly { readonly header: string }[] }) => sheet.columns.map((c) => c.header.replace(/\n(?=（)/g, '').replace(/\n/g, ' '));

describe('district sheet quota columns', () => {
  it('has one column per quota task while a reader can scan them', () => {
    const sheet = districtSheet(quotaTable(MAX_QUOTA_TASK_COLUMNS), zh);
    const headers = headersOf(sheet);
    expect(headers.filter((h) => h.startsWith('任务'))).toHaveLength(MAX_QUOTA_TASK_COLUMNS);
    expect(headers).toContain('任务1 帮扶任务（万元）');
    expect(headers).toContain('任务2 帮扶任务（名）');
  });

  it('adds quotas up per measure when there are more quota tasks than that', () => {
    const tasks = MAX_QUOTA_TASK_COLUMNS + 11;
    const sheet = districtSheet(quotaTable(tasks), zh);
    const headers = headersOf(sheet);
    expect(headers.filter((h) => h.startsWith('任务'))).toEqual([]);
    const yuan = headers.indexOf('分解指标合计（万元）');
    const people = headers.indexOf('分解指标合计（名）');
    expect(yuan).toBeGreaterThan(0);
    expect(people).toBeGreaterThan(0);
    const odd = Math.ceil(tasks / 2);
    const even = Math.floor(tasks / 2);
    expect(row(sheet.rows, '马尾区')[yuan]).toBe(odd * 100);
    expect(row(sheet.rows, '闽侯县')[people]).toBe(even * 2);
    expect(row(sheet.rows, zh.districtHeaders.totalRow)[yuan]).toBe(2 * odd * 100);
  });
});

describe('district sheet task lists', () => {
  it('lists a place’s tasks within one cell, cut after a whole task number, and counts them all', () => {
    // 8,000 tasks led by 马尾区: their numbers joined pass Excel's 32,767 characters in a cell.
    const rows: CellValue[][] = [HEADER];
    for (let n = 1; n <= 8000; n += 1) rows.push([n, `召开第${n}次推进会`, '马尾区党工委', '11月底前']);
    const sheet = districtSheet(checkTaskTable({ name: '分工方案', grid: rows }, { asOf: '2023-11-20' }), zh);
    const [, count, list] = row(sheet.rows, '马尾区');
    expect(count).toBe(8000);
    const text = String(list);
    expect(text.length).toBeLessThanOrEqual(32767);
    expect(text.endsWith('…')).toBe(true);
    const numbers = text.slice(0, -1).split('、');
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => String(i + 1)));
    expect(`${text.slice(0, -1)}、${numbers.length + 1}`.length).toBeGreaterThan(32767 - 1);
  });
});

describe('district sheet totals of shares that do not add up', () => {
  // Task 1 caps a count (a ceiling each district must stay under), task 2 is a plain count.
  const rows: CellValue[][] = [
    HEADER,
    [1, '超标排放企业数量控制在以内：马尾区、闽侯县各2家以内。', '马尾区党工委 闽侯县委', '11月底前'],
    [2, '培育龙头企业：马尾区、闽侯县各3家。', '马尾区党工委 闽侯县委', '11月底前'],
  ];
  const result = checkTaskTable({ name: '分工方案', grid: rows }, { asOf: '2023-11-20' });

  it('adds up the count and leaves the ceiling’s total empty where the table states none, and the note says so', () => {
    const sheet = districtSheet(result, zh);
    const totals = row(sheet.rows, zh.districtHeaders.totalRow);
    const headers = headersOf(sheet);
    expect(totals[headers.indexOf('任务1 超标排放企业数量…（家）')]).toBeNull();
    expect(totals[headers.indexOf('任务2 龙头企业（家）')]).toBe(6);
    expect(row(sheet.rows, '马尾区')[headers.indexOf('任务1 超标排放企业数量…（家）')]).toBe(2);
    expect(sheet.layout?.note).toContain('比率和上限类指标不相加');
  });

  it('leaves the ceilings out of the per-measure sums of a table with too many quota tasks for columns', () => {
    const many: CellValue[][] = [...rows];
    for (let n = 3; n <= MAX_QUOTA_TASK_COLUMNS + 2; n += 1) many.push([n, `培育龙头企业：马尾区、闽侯县各3家。`, '马尾区党工委 闽侯县委', '11月底前']);
    const sheet = districtSheet(checkTaskTable({ name: '分工方案', grid: many }, { asOf: '2023-11-20' }), zh);
    const firms = headersOf(sheet).indexOf('分解指标合计（家）');
    expect(row(sheet.rows, '马尾区')[firms]).toBe(3 * (MAX_QUOTA_TASK_COLUMNS + 1));
    expect(row(sheet.rows, zh.districtHeaders.totalRow)[firms]).toBe(6 * (MAX_QUOTA_TASK_COLUMNS + 1));
    expect(sheet.layout?.note).toContain('比率和上限类指标不相加');
  });

  it('keeps the plain note where every share adds up', () => {
    expect(districtSheet(quotaTable(4), zh).layout?.note).toBe('说明：合计行的任务项数按任务计，一项任务涉及几个区县也只计一次；分解指标为各区县之和。');
  });
});

describe('sheet row limit', () => {
  const body = {
    columns: [{ header: '单位', width: 10 }],
    rows: Array.from({ length: 10 }, (_, i): PlanCell[] => [`单位${i + 1}`]),
    boldRows: [2, 9],
  };

  it('leaves a sheet that fits as it is', () => {
    expect(fitSheetRows(body, zh.rowsOmitted, 11)).toBe(body);
  });

  it('leaves room for the title rows above the header and the note below the body', () => {
    const titled = { ...body, layout: { title: '汇总', subtitle: '截至 2023-11-20', note: '说明' } };
    expect(fitSheetRows(titled, zh.rowsOmitted, 15)).toBe(titled);
    const cut = fitSheetRows(titled, zh.rowsOmitted, 14);
    expect(cut.rows).toHaveLength(9);
    expect(cut.rows[8]?.[0]).toBe(zh.rowsOmitted(2));
  });

  it('leaves room for a closing paragraph (the 通报) below the note too', () => {
    const closing = { ...body, layout: { title: '汇总', subtitle: '截至 2023-11-20', note: '说明', closing: { heading: '进展通报', text: '截至11月30日' } } };
    expect(fitSheetRows(closing, zh.rowsOmitted, 18)).toBe(closing);
    expect(fitSheetRows(closing, zh.rowsOmitted, 17).rows).toHaveLength(9);
  });

  it('keeps the row groups whose rows and summary row it keeps', () => {
    const grouped = { ...body, rowGroups: [{ first: 0, count: 2, collapsed: true }, { first: 3, count: 2, collapsed: true }] };
    expect(fitSheetRows(grouped, zh.rowsOmitted, 6).rowGroups).toEqual([{ first: 0, count: 2, collapsed: true }]);
  });

  it('cuts a longer sheet to the limit, header included, and says how many rows it left out', () => {
    const cut = fitSheetRows(body, zh.rowsOmitted, 6);
    expect(cut.rows).toHaveLength(5);
    expect(cut.rows.slice(0, 4).map((r) => r[0])).toEqual(['单位1', '单位2', '单位3', '单位4']);
    expect(cut.rows[4]?.[0]).toBe(zh.rowsOmitted(6));
    expect(cut.rows[4]?.[0]).toContain('6');
    expect(cut.boldRows).toEqual([2]);
  });
});
