import { detectEnvironment, type OfficeGlobal } from '../../src/taskpane/startup';

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

  it('stops waiting for an onReady that never comes', async () => {
    jest.useFakeTimers();
    try {
      const silent: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
      const found = detectEnvironment(silent, 'zh-CN', 8000);
      await jest.advanceTimersByTimeAsync(8000);
      await expect(found).resolves.toEqual({ mode: 'file', lang: 'zh-CN' });
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
