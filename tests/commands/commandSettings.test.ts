import { commandSettings } from '../../src/commands/commandSettings';

describe('commandSettings', () => {
  it('uses what the pane saved in the workbook', () => {
    const saved = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 7, sheet: '分工方案', lang: 'en-US' as const };
    expect(commandSettings(saved, 'zh-CN')).toEqual(saved);
  });

  it('falls back to the defaults and Office\'s language when nothing was saved', () => {
    expect(commandSettings({}, 'zh-CN')).toEqual({ planYear: null, asOf: null, dueSoonDays: 15, sheet: null, lang: 'zh-CN' });
    expect(commandSettings({ dueSoonDays: 0 }, 'en-US')).toMatchObject({ dueSoonDays: 0, lang: 'en-US' });
  });
});
