import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { Finding } from '../../../src/core/model';
import { groupFindings, groupFindingsByKind, groupFindingsSteps, groupRepeatedFindings, worstFirst } from '../../../src/core/plan/groupRepeatedFindings';
import { kindHeading } from '../../../src/core/messages/kindHeading';
import { seedRowOf, seedSheetGrid } from '../../fixtures/seedGrid';

const result = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });
const groups = groupRepeatedFindings(result.findings);

/** A finding as the engine writes it for the seed's 鼓楼区党工委 (task 8 onwards), changed where a test says so. */
function gulouFinding(row: number, change: Partial<Finding> = {}): Finding {
  return {
    code: 'UNIT_NONSTANDARD',
    severity: 'warning',
    row,
    column: 'D',
    taskNo: String(row - 4),
    unit: '鼓楼区',
    message: '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。',
    suggestion: '鼓楼区委',
    ...change,
  };
}

describe('groupRepeatedFindings on the seed table', () => {
  it('keeps every finding in exactly one group', () => {
    expect(result.findings).toHaveLength(145);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(145);
    expect(groups.length).toBeLessThan(50);
  });

  it('counts every cell the 鼓楼区党工委 misspelling occurs in, the first named first', () => {
    const gulou = groups.filter((g) => g.message === '“鼓楼区党工委”写法不规范，应为“鼓楼区委”。');
    expect(gulou).toHaveLength(1);
    // Read off the seed itself: the rows whose 配合单位 cell (D) is written with 鼓楼区党工委.
    const seedRows = seedSheetGrid().grid.flatMap((cells, i) => (String(cells[3] ?? '').includes('鼓楼区党工委') ? [i + 1] : []));
    expect(seedRows).toHaveLength(7);
    expect(gulou[0]?.count).toBe(7);
    expect(gulou[0]?.placeCount).toBe(7);
    expect(gulou[0]?.firstPlace).toEqual({ kind: 'cell', cell: `D${seedRows[0]}` });
    expect(gulou[0]?.findings.map((f) => `${f.column}${f.row}`)).toEqual(seedRows.map((row) => `D${row}`));
    expect(gulou[0]?.suggestion).toBe('鼓楼区委');
  });

  it('keeps a finding that occurs once as a group of one', () => {
    const duplicate = groups.filter((g) => g.code === 'UNIT_DUPLICATE');
    expect(duplicate).toEqual([
      {
        code: 'UNIT_DUPLICATE',
        severity: 'warning',
        message: '“福清市政府”在同一任务中出现3次。',
        suggestion: '删除重复的单位。',
        count: 1,
        placeCount: 1,
        firstPlace: { kind: 'cell', cell: `C${seedRowOf(24)}` },
        findings: result.findings.filter((f) => f.code === 'UNIT_DUPLICATE'),
      },
    ]);
  });

  it('keeps the findings each group stands for, in the engine’s order', () => {
    for (const group of groups) {
      expect(group.findings).toHaveLength(group.count);
      expect(group.findings.every((f) => f.message === group.message && f.code === group.code)).toBe(true);
    }
    expect(groups.flatMap((g) => g.findings).sort((a, b) => result.findings.indexOf(a) - result.findings.indexOf(b))).toEqual(result.findings);
  });

  it('gives repeated header rows as rows, not cells', () => {
    const headers = groups.filter((g) => g.code === 'HEADER_REPEATED');
    expect(headers).toHaveLength(1);
    const header7 = seedRowOf(7) - 1;
    expect(headers[0]?.firstPlace).toEqual({ kind: 'row', row: header7 });
    expect(headers[0]?.placeCount).toBe(4);
    expect(headers[0]?.count).toBe(4);
  });

  it('orders groups by first appearance, like the findings', () => {
    const firstIndex = groups.map((g) => result.findings.findIndex((f) => f.code === g.code && f.message === g.message && f.suggestion === g.suggestion));
    expect(firstIndex).toEqual([...firstIndex].sort((a, b) => a - b));
  });

  it('puts errors first, then warnings, then info, keeping the order within each', () => {
    const sorted = worstFirst(groups);
    const severities = sorted.map((g) => g.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(severities.indexOf('info')).toBeGreaterThan(severities.lastIndexOf('warning'));
    expect(sorted.filter((g) => g.severity === 'warning')).toEqual(groups.filter((g) => g.severity === 'warning'));
  });
});

describe('groupRepeatedFindings grouping key', () => {
  it('groups only findings alike in code, severity, message and suggestion', () => {
    const findings = [
      gulouFinding(12),
      gulouFinding(13, { suggestion: null }),
      gulouFinding(15, { severity: 'error' }),
      gulouFinding(16, { code: 'UNIT_UNKNOWN' }),
      gulouFinding(20, { message: '“鼓楼区区委”写法不规范，应为“鼓楼区委”。' }),
      gulouFinding(25),
    ];
    const grouped = groupRepeatedFindings(findings);
    expect(grouped.map((g) => g.count)).toEqual([2, 1, 1, 1, 1]);
    expect(grouped[0]).toMatchObject({ placeCount: 2, firstPlace: { kind: 'cell', cell: 'D12' } });
    expect(grouped[0]?.findings.map((f) => f.taskNo)).toEqual(['8', '21']);
  });

  it('does not take a unit or task number for part of the key', () => {
    const grouped = groupRepeatedFindings([gulouFinding(12, { unit: '鼓楼区', taskNo: '8' }), gulouFinding(12, { unit: null, taskNo: '8' }), gulouFinding(13, { unit: '晋安区', taskNo: null })]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatchObject({ count: 3, placeCount: 2, firstPlace: { kind: 'cell', cell: 'D12' } });
  });

  it('gives a finding about the whole table no place', () => {
    const empty = checkTaskTable({ name: '空表', grid: [] }, { asOf: '2023-11-20' });
    expect(groupRepeatedFindings(empty.findings)).toEqual([expect.objectContaining({ code: 'TABLE_NOT_FOUND', count: 1, placeCount: 0, firstPlace: null })]);
  });

  it('answers no groups for no findings', () => {
    expect(groupRepeatedFindings([])).toEqual([]);
  });
});

describe('groupFindingsByKind on the seed table', () => {
  const kinds = groupFindingsByKind(result.findings);

  it('puts every finding under its code, errors first, then warnings, then info', () => {
    expect(kinds.reduce((sum, k) => sum + k.findings.length, 0)).toBe(result.findings.length);
    expect(new Set(kinds.map((k) => k.code)).size).toBe(kinds.length);
    for (const kind of kinds) expect(kind.findings.every((f) => f.code === kind.code)).toBe(true);
    const ranks = kinds.map((k) => ['error', 'warning', 'info'].indexOf(k.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(kinds[0]?.severity).toBe('error');
  });

  it('keeps the engine order inside a kind and counts the distinct messages', () => {
    const nonstandard = kinds.find((k) => k.code === 'UNIT_NONSTANDARD');
    const inEngineOrder = result.findings.filter((f) => f.code === 'UNIT_NONSTANDARD');
    expect(nonstandard?.findings).toEqual(inEngineOrder);
    expect(nonstandard?.distinct).toBe(new Set(inEngineOrder.map((f) => f.message)).size);
    expect(nonstandard?.distinct).toBe(groupRepeatedFindings(inEngineOrder).length);
  });

  it('heads a kind in plain words, with spellings only where findings repeat', () => {
    const nonstandard = kinds.find((k) => k.code === 'UNIT_NONSTANDARD');
    if (!nonstandard) throw new Error('the seed has nonstandard unit names');
    const count = nonstandard.findings.length;
    expect(kindHeading({ ...nonstandard, count }, 'zh-CN')).toBe(`单位写法不规范 · ${nonstandard.distinct} 种写法 · ${count} 处`);
    expect(kindHeading({ ...nonstandard, count }, 'en-US')).toBe(`Nonstandard unit names · ${nonstandard.distinct} spellings · ${count} places`);
    expect(kindHeading({ code: 'DEADLINE_OVERDUE', distinct: 3, count: 3 }, 'zh-CN')).toBe('逾期未完成 · 3 处');
    expect(kindHeading({ code: 'UNIT_DUPLICATE', distinct: 1, count: 1 }, 'en-US')).toBe('Units listed twice · 1 place');
    expect(kindHeading({ code: 'UNIT_UNKNOWN', distinct: 1200, count: 48633 }, 'zh-CN')).toBe('单位不在名录中 · 1,200 种写法 · 48,633 处');
  });

  it('answers no kinds for no findings', () => {
    expect(groupFindingsByKind([])).toEqual([]);
  });
});

describe('groupFindings: each kind with its groups', () => {
  it('gives every kind the groups its own findings make, in their order', () => {
    const grouped = groupFindings(result.findings);
    const kinds = groupFindingsByKind(result.findings);
    expect(grouped.map((k) => k.code)).toEqual(kinds.map((k) => k.code));
    for (const kind of grouped) expect(kind.groups).toEqual(groupRepeatedFindings(kind.findings));
  });

  it('groups a list once, whoever asks: the findings sheet and the report share it', () => {
    const findings = [gulouFinding(12), gulouFinding(14, { code: 'UNIT_UNKNOWN', severity: 'error' }), gulouFinding(13)];
    const first = groupFindings(findings);
    expect(groupFindings(findings)).toBe(first);
    const steps = groupFindingsSteps(findings, 1);
    let step = steps.next();
    expect(step.done).toBe(true);
    expect(step.value).toBe(first);
    expect(first.map((k) => [k.code, k.groups.map((g) => g.count)])).toEqual([
      ['UNIT_UNKNOWN', [1]],
      ['UNIT_NONSTANDARD', [2]],
    ]);
    step = groupFindingsSteps([...findings], 1).next();
    expect(step.done).toBe(false);
  });

  it('counts a place once however often a group names it, a cell and a whole row apart', () => {
    const findings = [gulouFinding(12), gulouFinding(12), gulouFinding(12, { column: null }), gulouFinding(9), gulouFinding(12, { column: 'E' })];
    const [group] = groupRepeatedFindings(findings);
    expect(group?.count).toBe(5);
    // D12, row 12, D9, E12.
    expect(group).toMatchObject({ placeCount: 4, firstPlace: { kind: 'cell', cell: 'D12' } });
  });

  it('counts a place once whether the findings come in the engine’s order or out of it, past column Z too', () => {
    const inOrder = [gulouFinding(12), gulouFinding(12), gulouFinding(12, { column: 'E' }), gulouFinding(13, { column: null }), gulouFinding(13), gulouFinding(13)];
    // D12, E12, row 13, D13.
    expect(groupRepeatedFindings(inOrder)[0]).toMatchObject({ placeCount: 4, firstPlace: { kind: 'cell', cell: 'D12' } });
    // Once the order breaks, a place counted before the break is known again after it: AB5, D9, D5.
    const outOfOrder = [gulouFinding(5, { column: 'AB' }), gulouFinding(9), gulouFinding(5), gulouFinding(5, { column: 'AB' }), gulouFinding(9), gulouFinding(5)];
    expect(groupRepeatedFindings(outOfOrder)[0]).toMatchObject({ placeCount: 3, firstPlace: { kind: 'cell', cell: 'AB5' } });
    // The same cells in the order of the sheet: counted the same, with or without the set.
    expect(groupRepeatedFindings([outOfOrder[2]!, outOfOrder[0]!, outOfOrder[1]!])[0]?.placeCount).toBe(3);
  });
});
