import { ENGINE_TURN_MS, hostTurns, inTurns } from '../../src/office/hostTurns';

describe('hostTurns', () => {
  it('wants a turn once the budget has passed since the last, and times the next stretch from the turn’s end', async () => {
    let now = 1_000;
    let turns = 0;
    const budget = hostTurns(async () => {
      turns += 1;
      now += 7;
    }, ENGINE_TURN_MS, () => now);
    now += ENGINE_TURN_MS - 1;
    expect(budget.shouldYield()).toBe(false);
    now += 1;
    expect(budget.shouldYield()).toBe(true);
    await budget.yieldToHost();
    expect(turns).toBe(1);
    expect(budget.shouldYield()).toBe(false);
    now += ENGINE_TURN_MS;
    expect(budget.shouldYield()).toBe(true);
  });


  it('runs work in steps, taking a turn only where the budget has passed', async () => {
    let now = 0;
    let turns = 0;
    const budget = hostTurns(async () => {
      turns += 1;
    }, 10, () => now);
    function* work(): Generator<void, string> {
      for (let i = 0; i < 100; i += 1) {
        now += 1;
        yield;
      }
      return 'done';
    }
    expect(await inTurns(work(), budget)).toBe('done');
    expect(turns).toBe(10);
  });
});
