import { langOfDisplayLanguage } from '../../src/office/officeLang';
import { runOptions } from '../../src/office/officeRuntime';

describe('runOptions', () => {
  it('always waits for cell editing to end, and merges undo only where ExcelApi 1.20 is supported', () => {
    const supported = (available: string) => (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= Number(available.split('.')[1]);
    expect(runOptions(supported('1.19'))).toEqual({ delayForCellEdit: true });
    expect(runOptions(supported('1.20'))).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
  });
});

describe('langOfDisplayLanguage', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['EN-us', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    ['', 'zh-CN'],
  ])('%s → %s', (display, lang) => {
    expect(langOfDisplayLanguage(display)).toBe(lang);
  });
});
