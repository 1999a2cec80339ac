import { checkedFileName } from '../../src/taskpane/fileSession';

describe('checkedFileName', () => {
  it('puts .checked before the extension', () => {
    expect(checkedFileName('fuzhou-2023.xlsx')).toBe('fuzhou-2023.checked.xlsx');
    expect(checkedFileName('2023年闽宁协作分工方案.XLSX')).toBe('2023年闽宁协作分工方案.checked.xlsx');
  });

  it('keeps a macro workbook an .xlsm, which Excel opens only under that extension', () => {
    expect(checkedFileName('督查台账.xlsm')).toBe('督查台账.checked.xlsm');
    expect(checkedFileName('TABLE.XLSM')).toBe('TABLE.checked.xlsm');
  });

  it('names a file that had no name', () => {
    expect(checkedFileName('.xlsx')).toBe('workbook.checked.xlsx');
  });
});
