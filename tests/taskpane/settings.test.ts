import { formFromSettings, settingsFromForm } from '../../src/taskpane/settings';

const TODAY = '2023-11-20';

describe('settings form', () => {
  it('starts from today, 15 days, the active sheet and the year in the title', () => {
    expect(formFromSettings({}, TODAY)).toEqual({ planYear: '', asOf: TODAY, dueSoonDays: '15', sheet: '' });
  });

  it('shows saved settings', () => {
    expect(formFromSettings({ planYear: 2023, asOf: '2023-07-31', dueSoonDays: 3, sheet: '分工方案' }, TODAY)).toEqual({
      planYear: '2023',
      asOf: '2023-07-31',
      dueSoonDays: '3',
      sheet: '分工方案',
    });
  });

  it('turns the form into settings, today staying open-ended', () => {
    const form = { planYear: ' 2023 ', asOf: TODAY, dueSoonDays: '7', sheet: '分工方案' };
    expect(settingsFromForm(form, 'en-US', TODAY)).toEqual({
      ok: true,
      settings: { planYear: 2023, asOf: null, dueSoonDays: 7, sheet: '分工方案', lang: 'en-US' },
    });
  });

  it('names each field that is wrong', () => {
    expect(settingsFromForm({ planYear: '23', asOf: '2023-02-30', dueSoonDays: '-1', sheet: '' }, 'zh-CN', TODAY)).toEqual({
      ok: false,
      errors: { planYear: 'badYear', asOf: 'badAsOf', dueSoonDays: 'badDueSoon' },
    });
    expect(settingsFromForm({ planYear: '', asOf: '', dueSoonDays: '366', sheet: '' }, 'zh-CN', TODAY)).toEqual({
      ok: false,
      errors: { dueSoonDays: 'badDueSoon' },
    });
  });
});
