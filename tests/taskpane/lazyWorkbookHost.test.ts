import type { CheckSettings, WorkbookHost } from '../../src/core/host';
import { lazyWorkbookHost } from '../../src/taskpane/lazyWorkbookHost';

const SETTINGS: CheckSettings = { planYear: null, asOf: null, dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

/** Stands for the Office.js host that the real chunk creates; records which calls reached it. */
function recordingHost(calls: string[]): WorkbookHost {
  const record = <T>(name: string, value: T) => {
    calls.push(name);
    return Promise.resolve(value);
  };
  return {
    kind: 'office',
    sheetNames: () => record('sheetNames', { names: ['分工方案'], active: '分工方案' }),
    loadSettings: () => record('loadSettings', { dueSoonDays: 7 }),
    saveSettings: () => record('saveSettings', undefined),
    validate: () => Promise.reject(new Error('not used')),
    summarize: () => Promise.reject(new Error('not used')),
    clear: () => record('clear', undefined),
    showCell: (sheet, address) => record(`showCell ${sheet}!${address}`, undefined),
  };
}

describe('lazyWorkbookHost', () => {
  it('loads the real host once, on first use, and forwards every call to it', async () => {
    const calls: string[] = [];
    const load = jest.fn(() => Promise.resolve(recordingHost(calls)));
    const host = lazyWorkbookHost('office', load);
    expect(load).not.toHaveBeenCalled();

    await expect(host.sheetNames()).resolves.toEqual({ names: ['分工方案'], active: '分工方案' });
    await expect(host.loadSettings()).resolves.toEqual({ dueSoonDays: 7 });
    await host.saveSettings(SETTINGS);
    await host.clear();
    await host.showCell('分工方案', 'C5');

    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['sheetNames', 'loadSettings', 'saveSettings', 'clear', 'showCell 分工方案!C5']);
    expect(host.kind).toBe('office');
  });

  it('tries the load again after a failed one instead of failing for good', async () => {
    const calls: string[] = [];
    const load = jest
      .fn<Promise<WorkbookHost>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError'))
      .mockResolvedValue(recordingHost(calls));
    const host = lazyWorkbookHost('office', load);

    await expect(host.clear()).rejects.toThrow('ChunkLoadError');
    await expect(host.clear()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
    expect(calls).toEqual(['clear']);
  });
});
