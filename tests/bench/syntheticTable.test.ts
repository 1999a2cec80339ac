// The bench's synthetic tables: the same for the same seed, and as varied as the issue asks, judged by the engine.
import { checkTaskTable, type DeadlineKind } from '../../src/core';
import { syntheticTaskTable } from '../../bench/syntheticTable';

const AS_OF = '2023-09-15';

describe('syntheticTaskTable', () => {
  it('builds the same table from the same seed, and another from another seed', () => {
    expect(syntheticTaskTable(300, 7).sheet.grid).toEqual(syntheticTaskTable(300, 7).sheet.grid);
    expect(syntheticTaskTable(300, 8).sheet.grid).not.toEqual(syntheticTaskTable(300, 7).sheet.grid);
  });

  it('holds exactly the asked number of task rows, as the engine counts them', () => {
    const { sheet } = syntheticTaskTable(1000, 2023);
    expect(checkTaskTable(sheet, { asOf: AS_OF }).tasks).toHaveLength(1000);
  });

  it('repeats the header at page breaks and varies deadlines, units, quotas and numbering', () => {
    const result = checkTaskTable(syntheticTaskTable(1000, 2023).sheet, { asOf: AS_OF });
    const codes = new Set(result.findings.map((f) => f.code));
    for (const code of ['HEADER_REPEATED', 'UNIT_NONSTANDARD', 'UNIT_UNKNOWN', 'UNIT_DUPLICATE', 'QUOTA_SUM_MISMATCH', 'TASK_NO_DUPLICATE', 'DEADLINE_MISSING', 'DEADLINE_UNPARSED', 'DEADLINE_OVERDUE'] as const) {
      expect(codes).toContain(code);
    }
    const kinds = new Set<DeadlineKind>(result.tasks.map((t) => t.deadline.kind));
    expect([...kinds].sort()).toEqual(['date', 'missing', 'ongoing', 'recurring', 'unparsed']);
    expect(result.tasks.some((t) => t.state === 'done')).toBe(true);
    // Quotas name the districts of the seed's tasks 8, 11, 18 and 23.
    expect(result.districts.filter((d) => d.quotas.length > 0).map((d) => d.name)).toEqual(
      expect.arrayContaining(['马尾区', '闽侯县', '福清市', '鼓楼区', '连江县']),
    );
  });

  it('writes real date cells for some deadlines, at UTC midnight of a day of the plan year', () => {
    const dates = syntheticTaskTable(500, 2023).sheet.grid.flatMap((row) => row.filter((cell): cell is Date => cell instanceof Date));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) {
      expect(date.getUTCFullYear()).toBe(2023);
      expect(date.getUTCHours()).toBe(0);
    }
  });
});
