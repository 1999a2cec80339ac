// finalizeFindings sorts by a numeric key and words each facts object once; these hold it to the plain comparator and
// to wording every finding by its own code.
import type { FindingDraft } from '../../../src/core/findings/findingFacts';
import { compareFindings, finalizeFindings } from '../../../src/core/findings/finalizeFindings';
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import { columnNumber } from '../../../src/core/table/columnLetters';
import { seedSheetGrid } from '../../fixtures/seedGrid';

function omitted(row: number | null, column: string | null, district: string): FindingDraft {
  return { code: 'DISTRICT_OMITTED', row, column, taskNo: row === null ? null : '8', unit: district, facts: { district, named: 11, total: 12 } };
}

function nonstandard(row: number | null, column: string | null, written: string, standardForm: string): FindingDraft {
  return { code: 'UNIT_NONSTANDARD', row, column, taskNo: '8', unit: standardForm, facts: { written, standardForm } };
}

describe('finalizeFindings', () => {
  it('orders as compareFindings does: none first, column B before AA, code, and ties in the order the checks gave', () => {
    const drafts: FindingDraft[] = [
      nonstandard(12, 'AA', '闽侯区委', '闽侯县委'),
      omitted(12, 'D', '台江区'),
      { code: 'DEADLINE_MISSING', row: 12, column: 'E', taskNo: '8', unit: null, facts: {} },
      nonstandard(12, 'D', '福清市区委', '福清市委'),
      omitted(12, 'D', '鼓楼区'),
      { code: 'HEADER_REPEATED', row: 3, column: null, taskNo: null, unit: null, facts: {} },
      { code: 'TABLE_NOT_FOUND', row: null, column: null, taskNo: null, unit: null, facts: { sheet: '分工方案', searchedRows: 30, seen: [], missing: ['task'] } },
      nonstandard(1048576, 'XFD', '闽侯区委', '闽侯县委'),
      nonstandard(5, 'B', '闽侯区委', '闽侯县委'),
    ];
    const byComparator = drafts.map((d, i) => ({ d, i })).sort((a, b) => compareFindings(a.d, b.d) || a.i - b.i);
    const sorted = finalizeFindings(drafts, 'zh-CN');
    expect(sorted.map((f) => [f.row, f.column, f.code, f.unit])).toEqual(byComparator.map(({ d }) => [d.row, d.column, d.code, d.unit]));
    expect(sorted.filter((f) => f.code === 'DISTRICT_OMITTED').map((f) => f.unit)).toEqual(['台江区', '鼓楼区']);
  });

  it('words findings that share one facts object alike, and each by its own code', () => {
    const facts = { written: '闽侯区委', standardForm: '闽侯县委' };
    const shared: FindingDraft[] = [
      { code: 'UNIT_NONSTANDARD', row: 5, column: 'C', taskNo: '3', unit: '闽侯县', facts },
      { code: 'UNIT_NONSTANDARD', row: 9, column: 'C', taskNo: '7', unit: '闽侯县', facts },
    ];
    const [first, second] = finalizeFindings(shared, 'zh-CN');
    expect(first?.message).toContain('闽侯区委');
    expect(second?.message).toBe(first?.message);
    expect(second?.suggestion).toBe('闽侯县委');

    const unknownFacts = { written: '闽侯区委', closest: null };
    const mixed: FindingDraft[] = [
      { code: 'UNIT_NONSTANDARD', row: 5, column: 'C', taskNo: '3', unit: '闽侯县', facts },
      // The same object handed to another code must not borrow the first code's words.
      { code: 'UNIT_UNKNOWN', row: 6, column: 'C', taskNo: '4', unit: '闽侯区委', facts: facts as unknown as typeof unknownFacts },
    ];
    const [nonstandardFinding, unknownFinding] = finalizeFindings(mixed, 'zh-CN');
    const alone = finalizeFindings([{ code: 'UNIT_UNKNOWN', row: 6, column: 'C', taskNo: '4', unit: '闽侯区委', facts: unknownFacts }], 'zh-CN')[0];
    expect(unknownFinding?.message).toBe(alone?.message);
    expect(unknownFinding?.message).not.toBe(nonstandardFinding?.message);
  });
});

describe('the quoted text of a finding', () => {
  const seed = checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20' });

  it('is the unit or deadline as written in the cell', () => {
    const grid = seedSheetGrid().grid;
    const cellText = (f: { row: number | null; column: string | null }) => String(grid[(f.row ?? 0) - 1]?.[columnNumber(f.column ?? 'A') - 1] ?? '');
    const quoted = seed.findings.filter((f) => f.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(100);
    // A cell may write a shared prefix once (闽侯区委、政府): the quote is then the unit spelt out (闽侯区政府), whose first
    // characters the cell holds.
    const literal = quoted.filter((f) => cellText(f).includes(f.quote ?? ''));
    expect(literal.length / quoted.length).toBeGreaterThan(0.9);
    for (const f of quoted) expect(cellText(f)).toContain((f.quote ?? '').slice(0, 2));
    expect(seed.findings.find((f) => f.code === 'UNIT_NONSTANDARD' && f.row === 5 && f.column === 'C')?.quote).toBe('马尾区区委');
  });

  it('is absent where a finding concerns the whole cell or row', () => {
    for (const f of seed.findings.filter((x) => ['HEADER_REPEATED', 'DISTRICT_OMITTED', 'QUOTA_UNIT_NOT_RESPONSIBLE'].includes(x.code))) expect(f.quote).toBeUndefined();
  });
});
