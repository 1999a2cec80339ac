import type { CellValue } from '../../../src/core/model';
import { diagnoseHeader, findHeaderBlock } from '../../../src/core/table/headerBlock';
import { tableGrid } from '../../fixtures/tables/tableGrid';

const paths = (grid: CellValue[][]) => findHeaderBlock(grid)?.columns.map((c) => [c.path.join('/'), c.role]);

describe('findHeaderBlock', () => {
  it('scores rows instead of asking for exact names, and leaves unknown columns in', () => {
    const block = findHeaderBlock([['2024年分解方案'], ['序号', '事项名称', '资金来源', '牵头单位'], [1, '新建村卫生室', '区财政', '区卫健局']]);
    expect(block).toMatchObject({ top: 1, bottom: 1 });
    expect(block?.columns.map((c) => c.role)).toEqual(['no', 'task', null, 'lead']);
  });

  it('reads a two-row header with 完成情况 merged over 目标值 | 完成值 | 完成率 as one, its lower row no task', () => {
    const grid: CellValue[][] = [
      ['序号', '工作任务', '牵头单位', '完成情况', null, null, '备注'],
      [null, null, null, '目标值', '完成值', '完成率', null],
      [1, '新增城镇就业', '区人社局', 15000, 16020, '106.8%', null],
    ];
    expect(findHeaderBlock(grid)).toMatchObject({ top: 0, bottom: 1 });
    expect(paths(grid)).toEqual([
      ['序号', 'no'], ['工作任务', 'task'], ['牵头单位', 'lead'], ['完成情况/目标值', 'target'], ['完成情况/完成值', 'actual'], ['完成情况/完成率', 'rate'], ['备注', 'note'],
    ]);
  });

  it('keeps periods under a progress header as progress columns', () => {
    const grid: CellValue[][] = [
      ['序号', '工作任务', '责任单位', '推进情况', null],
      [null, null, null, '上半年', '1-11月'],
      [1, '新建学校', '区教育局', '已开工', '主体完工'],
    ];
    expect(findHeaderBlock(grid)).toMatchObject({ top: 0, bottom: 1 });
    expect(paths(grid)?.slice(3)).toEqual([['推进情况/上半年', 'status'], ['推进情况/1-11月', 'status']]);
  });

  it('never takes a merged title or a short first data row into the header', () => {
    const grid: CellValue[][] = [['重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '完成时限'], ['一、经济发展'], [null, '推动消费', '市商务局', '全年']];
    expect(findHeaderBlock(grid)).toMatchObject({ top: 1, bottom: 1 });
  });

  it('reads Meishan’s five header rows, the department merged over four indicators', () => {
    const block = findHeaderBlock(tableGrid('meishan-2019-minsheng-wancheng').grid);
    expect(block).toMatchObject({ top: 1, bottom: 5 });
    expect(block?.columns[0]).toMatchObject({ path: ['地区'], role: 'place' });
    expect(block?.columns[13]?.path).toEqual(['就业促进工程', '促进城乡劳动者就业创业', '下岗失业人员再就业(人)', '市总工会', '目标\n任务']);
  });

  it('tells a column of figures under 目标任务 from one of text under 全年目标任务', () => {
    expect(findHeaderBlock(tableGrid('meishan-2019-minsheng-wancheng').grid)?.columns[1]?.role).toBe('target');
    expect(findHeaderBlock(tableGrid('chongchuan-2023-minsheng-jindu').grid)?.columns[2]?.role).toBe('taskDetail');
  });
});

describe('diagnoseHeader', () => {
  it('names the header cells seen and the roles missing', () => {
    expect(diagnoseHeader([['通知'], ['序号', '牵头单位', '完成时限'], [1, '市商务局', '全年']])).toEqual({ seen: ['序号', '牵头单位', '完成时限'], missing: ['task'] });
    expect(diagnoseHeader([['序号', '工作任务', '备注']])).toEqual({ seen: ['序号', '工作任务', '备注'], missing: ['units'] });
    expect(diagnoseHeader([])).toEqual({ seen: [], missing: ['task', 'units'] });
  });
});
