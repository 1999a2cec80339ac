import { SAMPLE_ROWS, afterOverflow, afterRead, blockSource, planSync } from '../../src/office/rowBlocks';

const BUDGET = 4 * 1024 * 1024;

describe('row blocks of a split read', () => {
  it('starts each range with a sample, then sizes its blocks from what the sample measured', () => {
    const sources = [blockSource(100_000, BUDGET)];
    const [sample] = planSync(sources, BUDGET);
    expect(sample).toEqual({ source: 0, start: 0, rows: SAMPLE_ROWS });
    // A seed task row is about 170 bytes of JSON: with a quarter's margin, about 19,700 rows fit in 4 MB.
    afterRead(sources[0]!, sample!, SAMPLE_ROWS * 170);
    const [next] = planSync(sources, BUDGET);
    expect(next?.start).toBe(SAMPLE_ROWS);
    expect(next?.rows).toBe(Math.floor(BUDGET / (170 * 1.25)));
  });

  it('puts the blocks of several small ranges in one sync while the estimate allows', () => {
    const sources = [blockSource(40, BUDGET), blockSource(60, BUDGET), blockSource(100_000, BUDGET)];
    sources.forEach((source) => {
      source.bytesPerRow = 1000;
      source.measured = true;
    });
    const blocks = planSync(sources, BUDGET);
    expect(blocks.map((b) => [b.source, b.rows])).toEqual([
      [0, 40],
      [1, 60],
      [2, Math.floor((BUDGET - 100 * 1000) / 1000)],
    ]);
  });

  it('halves a block Excel refused, and gives up on a single row', () => {
    const sources = [blockSource(10, BUDGET)];
    const first = planSync(sources, BUDGET);
    expect(first).toEqual([{ source: 0, start: 0, rows: 10 }]);
    expect(afterOverflow(sources, first, BUDGET)).toBe(true);
    expect(planSync(sources, BUDGET)).toEqual([{ source: 0, start: 0, rows: 5 }]);
    let blocks = planSync(sources, BUDGET);
    while (blocks[0]!.rows > 1) {
      expect(afterOverflow(sources, blocks, BUDGET)).toBe(true);
      blocks = planSync(sources, BUDGET);
    }
    expect(afterOverflow(sources, blocks, BUDGET)).toBe(false);
  });

  it('plans nothing once every row is read', () => {
    const sources = [blockSource(3, BUDGET)];
    afterRead(sources[0]!, planSync(sources, BUDGET)[0]!, 300);
    expect(planSync(sources, BUDGET)).toEqual([]);
  });
});
