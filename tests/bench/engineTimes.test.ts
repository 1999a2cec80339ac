// Phase attribution: every phase of checkPhases gets its share, and the shares add up to the run.
import { engineTimes, PHASES } from '../../bench/engineTimes';
import { median } from '../../bench/median';
import { checkTaskTable } from '../../src/core';
import { seedSheetGrid } from '../fixtures/seedGrid';

describe('engineTimes', () => {
  it('reports all six phases of the seed table, each median over the runs, and the tasks and findings it saw', () => {
    const options = { asOf: '2023-11-20' };
    const times = engineTimes(seedSheetGrid(), options, 3, 1);
    expect(Object.keys(times.phases)).toEqual([...PHASES]);
    for (const phase of PHASES) expect(times.phases[phase]).toBeGreaterThan(0);
    expect(times.runs).toBe(3);
    expect(times.tasks).toBe(29);
    expect(times.findings).toBe(checkTaskTable(seedSheetGrid(), options).findings.length);
    expect(times.total).toBeGreaterThan(0);
    expect(PHASES).toContain(times.longestStretch.phase);
    expect(times.longestStretch.ms).toBeGreaterThan(0);
    // Each run's longest stretch is within that run, so their median is within the runs' median.
    expect(times.longestStretch.ms).toBeLessThanOrEqual(times.total);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});
