import { quoteSheetName, sheetNameOfReference } from '../../../src/core/plan/sheetReferences';

describe('sheet references', () => {
  it('reads the sheet of quoted and plain references, with or without a leading =', () => {
    expect(sheetNameOfReference("'校验 结果'!$A$1")).toBe('校验 结果');
    expect(sheetNameOfReference('Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetNameOfReference("='O''Brien''s'!C5")).toBe("O'Brien's");
    expect(sheetNameOfReference('$A$1')).toBeNull();
  });

  it('quotes every name so that it reads back as written', () => {
    for (const name of ['区县汇总表', '校验 结果', "It's", '区县汇总表 (2)']) {
      expect(quoteSheetName(name)).toMatch(/^'.*'$/);
      expect(sheetNameOfReference(`${quoteSheetName(name)}!$A$1`)).toBe(name);
    }
  });
});
