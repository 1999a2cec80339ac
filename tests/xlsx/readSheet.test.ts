import * as ExcelJS from 'exceljs';
import { REGISTRY_SHEET_NAME } from '../../src/core';
import { openWorkbookFile } from '../../src/xlsx';
import { handWrittenPackage } from '../fixtures/workbooks/handWrittenPackage';

async function written(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const gridOf = (bytes: Uint8Array, sheet: string) => openWorkbookFile(bytes).sheetGrid(sheet)!.grid;

describe('reading a worksheet', () => {
  it('keeps a merged title in its first cell only, as Excel shows it', async () => {
    const bytes = await written((wb) => {
      const sheet = wb.addWorksheet('分工方案');
      sheet.getCell('A1').value = '2023年闽宁协作福州市重点工作分方案';
      sheet.mergeCells('A1:E1');
      sheet.getCell('A2').value = 1;
      sheet.getCell('B2').value = '参加闽宁协作第27次联席会议';
      sheet.getCell('C2').value = '市委办公厅 市政府办公厅';
      sheet.mergeCells('C2:C3');
      sheet.getCell('D3').value = '全年';
    });
    const grid = gridOf(bytes, '分工方案');
    expect(grid[0]).toEqual(['2023年闽宁协作福州市重点工作分方案']);
    expect(grid[1]).toEqual([1, '参加闽宁协作第27次联席会议', '市委办公厅 市政府办公厅']);
    expect(grid[2]).toEqual([null, null, null, '全年']);
  });

  it('reads formulas as their cached result, errors as error values, rich text and links as plain text', async () => {
    const bytes = await written((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('A1').value = { formula: 'B1&"、政府"', result: '马尾区区委、政府' };
      sheet.getCell('B1').value = { error: '#N/A' };
      sheet.getCell('C1').value = { formula: 'VLOOKUP(1,D:D,2,0)', result: { error: '#REF!' } };
      sheet.getCell('D1').value = { richText: [{ text: '福清市' }, { text: '商务局', font: { bold: true } }] };
      sheet.getCell('E1').value = { text: '前方工作组', hyperlink: 'https://example.org/' };
      sheet.getCell('F1').value = { formula: 'SUM(G1:G2)', result: 90000000 };
      sheet.getCell('G1').value = true;
    });
    expect(gridOf(bytes, 'S')[0]).toEqual(['马尾区区委、政府', { error: '#N/A' }, { error: '#REF!' }, '福清市商务局', '前方工作组', 90000000, true]);
  });

  it('reads date cells (and date formulas) as UTC-midnight dates of the day Excel shows', async () => {
    const bytes = await written((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('A1').value = new Date(Date.UTC(2023, 10, 30, 15, 30));
      sheet.getCell('B1').value = { formula: 'A1+1', result: new Date(Date.UTC(2023, 11, 1)) };
      sheet.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
    });
    expect(gridOf(bytes, 'S')[0]).toEqual([new Date('2023-11-30T00:00:00Z'), new Date('2023-12-01T00:00:00Z')]);
  });

  it('reads hidden rows and columns like any other, and places cells at their sheet position', async () => {
    const bytes = await written((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.getCell('B3').value = '11月底前';
      sheet.getRow(3).hidden = true;
      sheet.getColumn(2).hidden = true;
    });
    const sheet = openWorkbookFile(bytes).sheetGrid('S')!;
    expect(sheet).toMatchObject({ firstRow: 1, firstColumn: 1 });
    expect(sheet.grid).toEqual([[], [], [null, '11月底前']]);
  });

  it('reads shared strings as shown: phonetic runs left out, _xHHHH_ escapes decoded, empty strings kept', () => {
    const bytes = handWrittenPackage({
      sharedStrings: [
        '<si><t>市商务局</t><rPh sb="0" eb="1"><t>shi</t></rPh></si>',
        '<si><r><t>福清</t></r><r><rPr><b/></rPr><t xml:space="preserve">市 </t></r></si>',
        '<si><t>第一行_x000D_\n第二行 _x005F_x0041_</t></si>',
        '<si><t/></si>',
      ],
      sheets: [
        {
          name: '分工方案',
          body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><r><t>马尾</t></r><r><t>区</t></r><rPh><t>ma</t></rPh></is></c></row></sheetData>',
        },
      ],
    });
    expect(gridOf(bytes, '分工方案')[0]).toEqual(['市商务局', '福清市 ', '第一行\r\n第二行 _x0041_', '', '马尾区']);
  });

  it('reads the Chinese built-in date formats and the 1904 date system; a time-only format stays a number', () => {
    const styles =
      '<fonts count="1"><font><sz val="11"/></font></fonts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="14"/><xf numFmtId="32"/></cellXfs>';
    const body = '<sheetData><row r="1"><c r="A1" s="1"><v>45260</v></c><c r="B1" s="2"><v>45260.5</v></c><c r="C1" s="3"><v>45260</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1"><v>45260</v></c></row></sheetData>';
    const days1900 = handWrittenPackage({ styles, sheets: [{ name: 'S', body }] });
    expect(gridOf(days1900, 'S')[0]).toEqual([new Date('2023-11-30T00:00:00Z'), new Date('2023-11-30T00:00:00Z'), new Date('2023-11-30T00:00:00Z'), 0.5, 45260]);
    const days1904 = handWrittenPackage({ styles, workbookPr: 'date1904="1"', sheets: [{ name: 'S', body }] });
    expect(gridOf(days1904, 'S')[0]![0]).toEqual(new Date('2027-12-01T00:00:00Z'));
  });

  it('reads a package whose main namespace carries a prefix, as the OpenXML SDK writes it', () => {
    const bytes = handWrittenPackage({
      prefix: 'x',
      sharedStrings: ['<x:si><x:t>牵头单位</x:t></x:si>'],
      sheets: [{ name: '分工方案', body: '<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row></x:sheetData>' }],
    });
    expect(gridOf(bytes, '分工方案')).toEqual([[], [null, '牵头单位', 7]]);
  });

  it('says WORKBOOK_CORRUPT, naming the cell, for a cell beyond Excel’s last row', () => {
    const bytes = handWrittenPackage({ sheets: [{ name: 'S', body: '<sheetData><row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>' }] });
    expect(() => gridOf(bytes, 'S')).toThrow(expect.objectContaining({ code: 'WORKBOOK_CORRUPT', where: { detail: 'S!2000000' } }));
  });
});

describe('the sheets a check may read', () => {
  it('offers the user sheets as candidates and reads the 单位名录 sheet as a grid', async () => {
    const bytes = await written((wb) => {
      wb.addWorksheet('说明').getCell('A1').value = '本表由市乡村振兴局汇总';
      wb.addWorksheet('分工方案').getCell('A1').value = '序号';
      const registry = wb.addWorksheet(REGISTRY_SHEET_NAME);
      registry.getCell('A1').value = '标准名称';
      registry.getCell('A2').value = '市乡村振兴局';
    });
    const workbook = openWorkbookFile(bytes);
    expect(workbook.taskSheetCandidates).toEqual(['说明', '分工方案']);
    expect(workbook.sheetGrid(REGISTRY_SHEET_NAME)?.grid).toEqual([['标准名称'], ['市乡村振兴局']]);
    expect(workbook.sheetGrid('附件二')).toBeNull();
  });
});
