import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook';
import { readSheet } from '../../src/xlsx/readSheet';
import { REGISTRY_SHEET_NAME } from '../../src/core';
import { readSheets } from '../../src/xlsx/readWorkbook';
import { makeTempDir, writeWorkbookFile } from '../fixtures/workbooks/workbookFiles';

async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = await writeWorkbookFile(workbook, makeTempDir(), 'read.xlsx');
  return loadWorkbook(fs.readFileSync(file));
}

describe('readSheet', () => {
  it('keeps a merged title in its first cell only, as Excel shows it', async () => {
    const workbook = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('分工方案');
      sheet.getCell('A1').value = '2023年闽宁协作福州市重点工作分方案';
      sheet.mergeCells('A1:E1');
      sheet.getCell('A2').value = 1;
      sheet.getCell('B2').value = '参加闽宁协作第27次联席会议';
      sheet.getCell('C2').value = '市委办公厅 市政府办公厅';
      sheet.mergeCells('C2:C3');
      sheet.getCell('D3').value = '全年';
    });
    const { grid } = readSheet(workbook.getWorksheet('分工方案')!);
    expect(grid[0]).toEqual(['2023年闽宁协作福州市重点工作分方案']);
    expect(grid[1]).toEqual([1, '参加闽宁协作第27次联席会议', '市委办公厅 市政府办公厅']);
    expect(grid[2]).toEqual([null, null, null, '全年']);
  });

  it('reads formulas as their cached result, errors as error values, rich text and links as plain text', async () => {
    const workbook = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('A1').value = { formula: 'B1&"、政府"', result: '马尾区区委、政府' };
      sheet.getCell('B1').value = { error: '#N/A' };
      sheet.getCell('C1').value = { formula: 'VLOOKUP(1,D:D,2,0)', result: { error: '#REF!' } };
      sheet.getCell('D1').value = { richText: [{ text: '福清市' }, { text: '商务局', font: { bold: true } }] };
      sheet.getCell('E1').value = { text: '前方工作组', hyperlink: 'https://example.org/' };
      sheet.getCell('F1').value = { formula: 'SUM(G1:G2)', result: 90000000 };
      sheet.getCell('G1').value = true;
    });
    const { grid } = readSheet(workbook.getWorksheet('S')!);
    expect(grid[0]).toEqual(['马尾区区委、政府', { error: '#N/A' }, { error: '#REF!' }, '福清市商务局', '前方工作组', 90000000, true]);
  });

  it('reads date cells (and date formulas) as UTC-midnight dates of the day Excel shows', async () => {
    const workbook = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('A1').value = new Date(Date.UTC(2023, 10, 30, 15, 30));
      sheet.getCell('B1').value = { formula: 'A1+1', result: new Date(Date.UTC(2023, 11, 1)) };
      sheet.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const { grid } = readSheet(workbook.getWorksheet('S')!);
    expect(grid[0]).toEqual([new Date('2023-11-30T00:00:00Z'), new Date('2023-12-01T00:00:00Z')]);
  });

  it('reads hidden rows and columns like any other, and places cells at their sheet position', async () => {
    const workbook = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('B3').value = '11月底前';
      sheet.getRow(3).hidden = true;
      sheet.getColumn(2).hidden = true;
    });
    const grid = readSheet(workbook.getWorksheet('S')!);
    expect(grid.firstRow).toBe(1);
    expect(grid.firstColumn).toBe(1);
    expect(grid.grid).toEqual([[], [], [null, '11月底前']]);
  });

  it('does not create cells while reading (the saved file would change)', async () => {
    const workbook = await roundTrip((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getRow(2).font = { bold: true };
      sheet.getCell('D2').value = '全年';
      sheet.getRow(5).height = 30;
    });
    const sheet = workbook.getWorksheet('S')!;
    const addresses = (): string[] => {
      const found: string[] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => found.push(cell.address)));
      return found;
    };
    const before = addresses();
    expect(readSheet(sheet).grid[1]).toEqual([null, null, null, '全年']);
    expect(addresses()).toEqual(before);
  });
});

describe('readSheets', () => {
  it('offers the user sheets as candidates and the 单位名录 sheet as the registry', async () => {
    const workbook = await roundTrip((wb) => {
      wb.addWorksheet('说明').getCell('A1').value = '本表由市乡村振兴局汇总';
      wb.addWorksheet('分工方案').getCell('A1').value = '序号';
      const registry = wb.addWorksheet(REGISTRY_SHEET_NAME);
      registry.getCell('A1').value = '标准名称';
      registry.getCell('A2').value = '市乡村振兴局';
    });
    const { candidates, registrySheet } = readSheets(workbook);
    expect(candidates.map((c) => c.name)).toEqual(['说明', '分工方案']);
    expect(registrySheet?.grid).toEqual([['标准名称'], ['市乡村振兴局']]);
  });
});
