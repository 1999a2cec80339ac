import type { SheetGrid } from '../../../src/core/model';
import { findTaskSheet } from '../../../src/core/table/findTaskSheet';
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
