import { formFromSettings, settingsFromForm } from '../../src/taskpane/settings';

const TODAY = '2023-11-20';

describe('settings form', () => {
  it('starts from today, 15 days, the active sheet and the year in the title', () => {
    expect(formFromSettings({}, TODAY)).toEqual({ planYear: '', asOf: TODAY, dueSoonDays: '15', sheet: '', tolerance: '0' });
  });

  it('shows saved settings', () => {
    expect(formFromSettings({ planYear: 2023, asOf: '2023-07-31', dueSoonDays: 3, sheet: '分工方案', progressTolerance: 5 }, TODAY)).toEqual({
      planYear: '2023',
      asOf: '2023-07-31',
      dueSoonDays: '3',
      sheet: '分工方案',
      tolerance: '5',
    });
  });

  it('turns the form into settings, today staying open-ended', () => {
    const form = { planYear: ' 2023 ', asOf: TODAY, dueSoonDays: '7', sheet: '分工方案', tolerance: '2.5' };
    expect(settingsFromForm(form, 'en-US', TODAY)).toEqual({
      ok: true,
      settings: { planYear: 2023, asOf: null, dueSoonDays: 7, sheet: '分工方案', lang: 'en-US', progressTolerance: 2.5 },
    });
  });

  it('names each field that is wrong', () => {
    expect(settingsFromForm({ planYear: '23', asOf: '2023-02-30', dueSoonDays: '-1', sheet: '', tolerance: '-3' }, 'zh-CN', TODAY)).toEqual({
      ok: false,
      errors: { planYear: 'badYear', asOf: 'badAsOf', dueSoonDays: 'badDueSoon', tolerance: 'badTolerance' },
    });
    expect(settingsFromForm({ planYear: '', asOf: '', dueSoonDays: '366', sheet: '', tolerance: '' }, 'zh-CN', TODAY)).toEqual({
      ok: false,
      errors: { dueSoonDays: 'badDueSoon' },
    });
  });
});
