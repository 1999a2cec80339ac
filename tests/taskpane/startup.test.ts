/** @jest-environment jsdom */
import { WAITING_NOTICE_MS, detectEnvironment, officeOrFileMode, waitingForExcel, type OfficeGlobal } from '../../src/taskpane/startup';

// Each fake stands for the office.js global in one situation the pane meets.
const officeIn = (host: string | null, context: OfficeGlobal['context'] = {}): OfficeGlobal => ({
  onReady: async () => ({ host, platform: null }),
  context,
});

describe('detectEnvironment', () => {
  it('goes to file mode when office.js did not load (offline)', async () => {
    await expect(detectEnvironment(undefined, 'zh-CN')).resolves.toEqual({ mode: 'file', lang: 'zh-CN' });
  });

  it('goes to file mode when the page is opened outside Office', async () => {
    await expect(detectEnvironment(officeIn(null), 'en-US')).resolves.toEqual({ mode: 'file', lang: 'en-US' });
  });

  it('goes to file mode in another Office application', async () => {
    await expect(detectEnvironment(officeIn('Word'), 'zh-CN')).resolves.toEqual({ mode: 'file', lang: 'zh-CN' });
  });

  it('goes to file mode when onReady fails', async () => {
    const failing: OfficeGlobal = { onReady: () => Promise.reject(new Error('host handshake failed')) };
    await expect(detectEnvironment(failing, 'zh-CN')).resolves.toEqual({ mode: 'file', lang: 'zh-CN' });
  });

  it('keeps waiting for a slow Excel instead of giving up after a few seconds', async () => {
    jest.useFakeTimers();
    try {
      let answer: (info: { host: string }) => void = () => undefined;
      const slow: OfficeGlobal = { onReady: () => new Promise((resolve) => (answer = resolve)), context: { displayLanguage: 'zh-CN' } };
      let found: unknown = null;
      void detectEnvironment(slow, 'zh-CN').then((env) => (found = env));
      await jest.advanceTimersByTimeAsync(60_000);
      expect(found).toBeNull();
      answer({ host: 'Excel' });
      await jest.advanceTimersByTimeAsync(0);
      expect(found).toMatchObject({ mode: 'office' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('says after a moment that it is waiting for Excel, and goes to file mode when the user chooses it', async () => {
    jest.useFakeTimers();
    try {
      const silent: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
      const container = document.createElement('div');
      let choose: () => void = () => undefined;
      const office = officeOrFileMode(silent, new Promise<void>((resolve) => (choose = resolve)));
      const found = detectEnvironment(office, 'zh-CN');
      const chosen = waitingForExcel(container, 'zh-CN', found).then(choose);
      await jest.advanceTimersByTimeAsync(WAITING_NOTICE_MS - 1);
      expect(container.textContent).toBe('');
      await jest.advanceTimersByTimeAsync(1);
      expect(container.textContent).toContain('正在等待 Excel');
      container.querySelector('button')?.click();
      await chosen;
      await expect(found).resolves.toEqual({ mode: 'file', lang: 'zh-CN' });
      await jest.advanceTimersByTimeAsync(0);
      expect(container.textContent).toBe('');
    } finally {
      jest.useRealTimers();
    }
  });

  it('never shows the waiting notice when Excel answers in time', async () => {
    jest.useFakeTimers();
    try {
      const container = document.createElement('div');
      void waitingForExcel(container, 'en-US', detectEnvironment(officeIn('Excel'), 'en-US'));
      await jest.advanceTimersByTimeAsync(WAITING_NOTICE_MS * 2);
      expect(container.textContent).toBe('');
    } finally {
      jest.useRealTimers();
    }
  });

  it("runs in Excel in Office's display language and theme", async () => {
    const theme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' };
    await expect(detectEnvironment(officeIn('Excel', { displayLanguage: 'en-GB', officeTheme: theme }), 'zh-CN')).resolves.toEqual({
      mode: 'office',
      lang: 'en-US',
      theme,
    });
    await expect(detectEnvironment(officeIn('Excel', { displayLanguage: 'zh-CN' }), 'en-US')).resolves.toEqual({
      mode: 'office',
      lang: 'zh-CN',
      theme: null,
    });
  });
});
