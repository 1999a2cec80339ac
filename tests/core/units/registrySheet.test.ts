import * as ExcelJS from 'exceljs';
import type { Grid } from '../../../src/core/model';
import { parseUnitCell } from '../../../src/core/units/parseUnitCell';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry, mergeRegistryRecords, registryRecordsFromGrid } from '../../../src/core/units/unitRegistry';
import { openWorkbookFile } from '../../../src/xlsx';

/** Writes a real workbook whose 单位名录 sheet holds `rows` from row 1, and reads that sheet back as the CLI does. */
async function registrySheetOf(rows: (string | number | null)[][]): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('分工方案').addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
  const sheet = workbook.addWorksheet('单位名录');
  for (const row of rows) sheet.addRow(row);
  const registrySheet = openWorkbookFile(new Uint8Array(await workbook.xlsx.writeBuffer())).sheetGrid('单位名录');
  if (!registrySheet) throw new Error('the 单位名录 sheet did not come back');
  return registrySheet.grid;
}

describe('registryRecordsFromGrid on a real 单位名录 sheet', () => {
  it('reads the TSV columns under a title row, with aliases split at | and 、 and comment rows skipped', async () => {
    const grid = await registrySheetOf([
      ['福州市单位名录（2023年）'],
      ['标准名称', '类别', '别名', '备注'],
      ['# 市直部门'],
      ['市统计局', '市直部门', '福州市统计局|市统计办', '2023年新增'],
      ['各县（市）区', '统称', '各县(市、区)、相关县（市、区）', null],
      ['市商务局', '市直部门', '福州市商务局|市商务委|福州市商务委', '2019年机构改革前称“市商务委”'],
    ]);
    const { records, problems } = registryRecordsFromGrid(grid);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { name: '市统计局', category: '市直部门', aliases: ['福州市统计局', '市统计办'], nonstandard: [], note: '2023年新增' },
      { name: '各县（市）区', category: '统称', aliases: ['各县（市、区）', '相关县（市、区）'], nonstandard: [], note: '' },
      { name: '市商务局', category: '市直部门', aliases: ['福州市商务局', '市商务委', '福州市商务委'], nonstandard: [], note: '2019年机构改革前称“市商务委”' },
    ]);
  });

  it('reads the optional 不规范写法 and 党组织 columns, in any column order', async () => {
    const grid = await registrySheetOf([
      ['类别', '标准名称', '党组织', '不规范写法', '别名', '备注'],
      ['区县', '长乐区', '区委|党工委', null, '长乐|滨海新城', null],
      ['市直部门', '市数据管理局', null, '市大数据委', '福州市数据管理局|市大数据委', null],
    ]);
    expect(registryRecordsFromGrid(grid).records).toEqual([
      { name: '长乐区', category: '区县', aliases: ['长乐', '滨海新城'], nonstandard: [], organs: { party: ['区委', '党工委'] }, note: '' },
      { name: '市数据管理局', category: '市直部门', aliases: ['福州市数据管理局', '市大数据委'], nonstandard: ['市大数据委'], note: '' },
    ]);
  });

  it('reports rows it cannot use, with their sheet row, in Chinese by default and in English on request', async () => {
    const grid = await registrySheetOf([
      ['标准名称', '类别', '别名', '备注'],
      ['市统计局', '市直部门', null, null],
      [null, '市直部门', '市审计局', null],
      ['市审计局', null, null, null],
      ['市统计局', '市直部门', '福州市统计局', null],
      ['马尾区', '开发区', '马尾', null],
    ]);
    const zh = registryRecordsFromGrid(grid);
    expect(zh.records.map((r) => r.name)).toEqual(['市统计局', '马尾区']);
    expect(zh.problems).toEqual([
      { row: 3, message: '此行有内容但“标准名称”为空，已忽略。' },
      { row: 4, message: '单位“市审计局”缺少“类别”，已忽略。' },
      { row: 5, message: '单位“市统计局”已在第2行列出，此行已忽略。' },
      { row: 6, message: '单位“马尾区”的类别“开发区”不是区县、市直部门、群团、媒体、工作组、统称之一，仍按所填类别使用。' },
    ]);
    const en = registryRecordsFromGrid(grid, { lang: 'en-US' });
    expect(en.problems.map((p) => p.row)).toEqual([3, 4, 5, 6]);
    expect(en.problems[2]?.message).toBe('Unit "市统计局" is already listed in row 2; this row was ignored.');
  });

  it('counts rows from the sheet grid’s first row', () => {
    const grid: Grid = [['标准名称', '类别'], [null, '群团']];
    expect(registryRecordsFromGrid(grid, { firstRow: 5 }).problems.map((p) => p.row)).toEqual([6]);
  });

  it('reports a sheet without the 标准名称 header and reads nothing from it', async () => {
    const grid = await registrySheetOf([['单位', '类型'], ['市统计局', '市直部门']]);
    expect(registryRecordsFromGrid(grid)).toEqual({ records: [], problems: [{ row: 1, message: '单位名录工作表的前10行中没有找到“标准名称”表头，已忽略该表。' }] });
  });
});

describe('the 单位名录 sheet overriding the built-in registry', () => {
  it('makes new units known, replaces old ones and keeps the rest', async () => {
    const grid = await registrySheetOf([
      ['标准名称', '类别', '别名', '备注', '不规范写法'],
      ['区统计局', '市直部门', null, '数据统计评估牵头单位', null],
      ['市商务局', '市直部门', '福州市商务局|市商务委|商务厅', null, '市商务委|商务厅'],
      ['马尾区', '区县', '马尾|福州经开区', null, null],
    ]);
    const registry = createUnitRegistry(mergeRegistryRecords(BUILTIN_UNIT_RECORDS, registryRecordsFromGrid(grid).records));
    const mentions = parseUnitCell('区统计局（数据统计评估牵头单位）、商务厅、马尾区区委、政府 市工信局', registry);
    expect(mentions.map((m) => [m.written, m.unit, m.status, m.standardForm])).toEqual([
      ['区统计局', '区统计局', 'known', null],
      ['商务厅', '市商务局', 'known', '市商务局'],
      ['马尾区区委', '马尾区', 'known', '马尾区党工委'],
      ['马尾区政府', '马尾区', 'known', null],
      ['市工信局', '市工信局', 'known', null],
    ]);
    expect(registry.districts()).toHaveLength(12);
    expect(registry.lexicon().names).not.toContain('福州经济技术开发区');
  });
});
