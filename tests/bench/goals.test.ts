// Goals judge the worst figure against the limit; a goal nobody measured is neither met nor missed.
import { GOALS, judge } from '../../bench/goals';

const ALL_MET = { engine10k: 100, engine100k: 999, cliRatio10k: 0.8, cliRatio100k: 1.5, officeSyncs: 3, officeRequest: 4 * 1024 * 1024, initialJs: 150 * 1024, memory100k: 1024 ** 3, paneFirstScreen: 200, merge100: 5000, uiStretch10k: 100, uiStretch100k: 100 };

describe('judge', () => {
  it('meets a goal at its limit and misses it just above', () => {
    expect(judge(ALL_MET).every((verdict) => verdict.met === true)).toBe(true);
    const missed = judge({ ...ALL_MET, officeSyncs: 4, cliRatio10k: 0.81 });
    expect(missed.filter((verdict) => verdict.met === false).map((verdict) => verdict.id)).toEqual(['cliRatio10k', 'officeSyncs']);
  });

  it('leaves an unmeasured goal open', () => {
    const verdict = judge({ ...ALL_MET, memory100k: null }).find((v) => v.id === 'memory100k');
    expect(verdict).toMatchObject({ measured: null, met: null });
  });

  it('has one verdict per goal, in the goals\' order', () => {
    expect(judge(ALL_MET).map((v) => v.id)).toEqual(GOALS.map((g) => g.id));
  });
});
