import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { messagesFor } from '../../../src/core/messages/messagesFor';
import type { PlanCell } from '../../../src/core/model';
import { EXCEL_CELL_TEXT_LIMIT } from '../../../src/core/plan/cellTextLimit';
import { findingsSheet } from '../../../src/core/plan/findingsSheet';
import { seedSheetGrid } from '../../fixtures/seedGrid';

const result = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });
const sheet = findingsSheet(result, messagesFor('zh-CN'));
const GULOU = '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。';
const SEVERITY_COLUMN = 0;
const COUNT_COLUMN = 3;

/** The header rows the seed repeats at page breaks, read off the seed: every 序号 row after the first. */
const repeatedHeaders = seedSheetGrid().grid.flatMap((cells, i) => (cells[0] === '序号' ? [i + 1] : [])).slice(1);
const rowOf = (message: string): readonly PlanCell[] | undefined => sheet.rows.find((r) => r[7] === message);

describe('findings sheet on the seed table', () => {
  it('stands for all 145 findings, each severity as often as the engine found it', () => {
    const total = (rows: readonly (readonly PlanCell[])[]) => rows.reduce((sum, r) => sum + Number(r[COUNT_COLUMN]), 0);
    expect(total(sheet.rows)).toBe(145);
    for (const [severity, label] of [['error', '错误'], ['warning', '警告'], ['info', '提示']] as const) {
      expect(total(sheet.rows.filter((r) => r[SEVERITY_COLUMN] === label))).toBe(result.findings.filter((f) => f.severity === severity).length);
    }
    expect(sheet.rows.length).toBeLessThan(40);
  });

  it('lists every cell the 鼓楼区党工委 misspelling is in, linking to the first', () => {
    const seedRows = seedSheetGrid().grid.flatMap((cells, i) => (String(cells[3] ?? '').includes('鼓楼区党工委') ? [i + 1] : []));
    const cells = seedRows.map((row) => `D${row}`);
    const first = cells[0] as string;
    expect(rowOf(GULOU)).toEqual([
      '警告',
      'UNIT_NONSTANDARD',
      { text: first, link: { sheet: '分工方案', cell: first } },
      7,
      cells.join('、'),
      seedRows.map((row) => String(seedSheetGrid().grid[row - 1]?.[0])).join('、'),
      '鼓楼区',
      GULOU,
      '鼓楼区委',
    ]);
  });

  it('names repeated header rows as rows, linking to the row’s first table column', () => {
    const headers = sheet.rows.find((r) => r[1] === 'HEADER_REPEATED');
    const [firstHeader] = repeatedHeaders;
    expect(headers?.[2]).toEqual({ text: `第${firstHeader}行`, link: { sheet: '分工方案', cell: `A${firstHeader}` } });
    expect(headers?.[COUNT_COLUMN]).toBe(4);
    expect(headers?.[4]).toBe(repeatedHeaders.map((row) => `第${row}行`).join('、'));
  });

  it('puts errors first, then warnings, then info', () => {
    const severities = sheet.rows.map((r) => r[SEVERITY_COLUMN]);
    expect(severities.indexOf('警告')).toBeGreaterThan(severities.lastIndexOf('错误'));
    expect(severities.indexOf('提示')).toBeGreaterThan(severities.lastIndexOf('警告'));
    expect(sheet.rows[0]?.[1]).toBe('DEADLINE_OVERDUE');
  });

  it('keeps the order of first appearance within a severity', () => {
    const warnings = sheet.rows.filter((r) => r[SEVERITY_COLUMN] === '警告').map((r) => r[7]);
    const firstSeen = warnings.map((message) => result.findings.findIndex((f) => f.message === message));
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
  });

  it('sizes columns within limits, the message widest', () => {
    const widths = sheet.columns.map((c) => c.width);
    expect(widths[7]).toBe(60);
    expect(widths.every((w) => w >= 6 && w <= 60)).toBe(true);
  });

  it('speaks English on request', () => {
    const en = findingsSheet(result, messagesFor('en-US'));
    expect(en.columns.map((c) => c.header)).toEqual(['Severity', 'Code', 'Cell', 'Count', 'All cells', 'No.', 'Unit', 'Finding', 'Suggestion']);
    const headers = en.rows.find((r) => r[1] === 'HEADER_REPEATED');
    expect(headers?.[2]).toMatchObject({ text: `row ${repeatedHeaders[0]}` });
    expect(headers?.[4]).toBe(repeatedHeaders.map((row) => `row ${row}`).join(', '));
  });
});

describe('findings sheet on a 10,000-task table', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `任务${i + 1}`, '马尾区党工委、政府', '鼓楼区委、政府', '11月底前']);
  const big = checkTaskTable({ name: '大表', grid: [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ...rows] }, { asOf: '2023-11-20' });
  const bigSheet = findingsSheet(big, messagesFor('zh-CN'));

  it('says a finding repeated in every row once, counting every row', () => {
    expect(big.findings).toHaveLength(10_000);
    expect(bigSheet.rows).toHaveLength(1);
    expect(bigSheet.rows[0]?.slice(0, 4)).toEqual(['警告', 'DEADLINE_DUE_SOON', { text: 'E2', link: { sheet: '大表', cell: 'E2' } }, 10_000]);
  });

  it('cuts the list of cells after a whole address to fit one Excel cell', () => {
    const cells = String(bigSheet.rows[0]?.[4]);
    expect(cells.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(cells.length).toBeGreaterThan(EXCEL_CELL_TEXT_LIMIT - 8);
    expect(cells).toMatch(/^E2、E3、(E\d+、)*E\d+…$/);
    const listed = cells.slice(0, -1).split('、');
    expect(listed).toEqual(listed.map((_, i) => `E${i + 2}`));
  });
});
