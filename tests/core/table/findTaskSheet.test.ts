import type { SheetGrid } from '../../../src/core/model';
import { findTaskSheet, tableSearch } from '../../../src/core/table/findTaskSheet';
import { seedSheetGrid } from '../../fixtures/seedGrid';

const header = ['序号', '工作任务', '牵头单位', '完成时限'];
const named = (name: string, grid: SheetGrid['grid']): SheetGrid => ({ name, grid });

describe('findTaskSheet', () => {
  it('skips a cover sheet, the registry and the tool’s own sheets in either language', () => {
    const sheets = [
      named('封面', [['2023年闽宁协作福州市重点工作分方案']]),
      named('单位名录', [['标准名称', '类别'], ['市商务局', '市直部门']]),
      named('校验结果', [header]),
      named('District summary (2)', [header]),
      seedSheetGrid(),
    ];
    expect(findTaskSheet(sheets)?.name).toBe('分工方案');
  });

  it('skips sheets the host knows the tool wrote, whatever they are called now', () => {
    const sheets = [named('我的检查', [header, [1, '调研', '市委办公厅', '全年']]), named('任务', [header])];
    expect(findTaskSheet(sheets, ['我的检查'])?.name).toBe('任务');
  });

  it('returns null when no sheet holds a task table', () => {
    expect(findTaskSheet([])).toBeNull();
    expect(findTaskSheet([named('Sheet1', [['通知'], []])])).toBeNull();
  });
});

describe('tableSearch', () => {
  const searched = (sheets: readonly SheetGrid[], owned: readonly string[] = []) => {
    const search = tableSearch(owned);
    for (const sheet of sheets) search.consider(sheet);
    return search.where();
  };

  it('keeps the sheet whose header names the most roles, then holds the most cells, and counts the sheets searched', () => {
    const where = searched([named('说明', [['通知'], ['各单位：']]), named('附件', [['序号', '备注', '附注']]), named('统计', [['序号', '牵头单位']])]);
    expect(where).toEqual({ sheet: '统计', sheetsSearched: 3, header: { seen: ['序号', '牵头单位'], missing: ['task'] } });
  });

  it('keeps the first of equally close sheets, and passes over the registry and the tool’s sheets', () => {
    const where = searched([named('单位名录', [['序号', '牵头单位', '完成时限']]), named('校验结果', [header]), named('甲', [['序号']]), named('乙', [['序号']]), named('我的', [header])], ['我的']);
    expect(where).toMatchObject({ sheet: '甲', sheetsSearched: 2 });
  });

  it('says nothing of a sheet when none was searched', () => {
    expect(searched([])).toEqual({});
  });
});
