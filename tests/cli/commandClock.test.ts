import { commandClock } from '../../src/cli/main';

describe('commandClock', () => {
  it('reads SOURCE_DATE_EPOCH as whole seconds since 1970', () => {
    expect(commandClock({ SOURCE_DATE_EPOCH: '1700467200' })().toISOString()).toBe('2023-11-20T08:00:00.000Z');
    expect(commandClock({ SOURCE_DATE_EPOCH: ' 1700467200\n' })().toISOString()).toBe('2023-11-20T08:00:00.000Z');
  });

  it('takes the real clock when the variable is unset, empty or not a number of seconds', () => {
    for (const value of [undefined, '', '  ', 'tomorrow', '-5', '1.5e9']) {
      const before = Date.now();
      const now = commandClock(value === undefined ? {} : { SOURCE_DATE_EPOCH: value })().getTime();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });
});
