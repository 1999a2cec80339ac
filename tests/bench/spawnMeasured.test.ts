// A real child node process: its peak memory is read back, and a failure comes back with its own last words.
import { spawnMeasured } from '../../bench/spawnMeasured';

describe('spawnMeasured', () => {
  it('reports the peak memory of a process that holds about 64 MB', () => {
    const run = spawnMeasured(['-e', 'const held = Buffer.alloc(64 * 1024 * 1024, 1); process.stdout.write(String(held[0]));'], process.cwd());
    expect(run.failure).toBeNull();
    expect(run.peakBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('returns the last line a failing process wrote, not the timing report', () => {
    const run = spawnMeasured(['-e', 'process.stderr.write("发生意外错误：too wide\\n"); process.exitCode = 1;'], process.cwd());
    expect(run.failure).toBe('发生意外错误：too wide');
    expect(run.peakBytes).toBeGreaterThan(0);
  });
});
