// The layout vocabulary of core's SheetPlan (title row, frozen header, AutoFilter, number formats, widths, wrapped
// text, links, A4 landscape fit to one page wide with repeated header rows and a footer) as the file writer applies
// it, read back with ExcelJS and from the parts themselves.
import type * as ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import { SAMPLE_SHEET, SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import type { SheetPlan } from '../../src/core/model';
import { WorkbookReader } from '../../src/xlsx/read/workbookReader';
import { footerCode } from '../../src/core/plan/footerCodes';
import { writePackage } from '../../src/xlsx/write/writePackage';
import { clearWorkbook } from '../../src/xlsx';
import { partsOf, sheetLinks, sheetPartName } from '../fixtures/workbooks/packageParts';
import { orderProblems, WORKSHEET_ORDER } from '../fixtures/workbooks/schemaOrder';
import { readWorkbookBytes } from '../fixtures/workbooks/workbookFiles';
import { tablePath } from '../fixtures/tables/tableGrid';
import * as fs from 'fs';

const SEED = new Uint8Array(fs.readFileSync(SAMPLE_WORKBOOK_PATH));

const DISTRICTS: SheetPlan = {
  key: 'districts',
  name: '区县汇总表',
  columns: [
    { header: '区县', width: 10 },
    { header: '牵头任务序号', width: 30, wrap: true },
    { header: '任务8 (万元)', width: 14, numberFormat: '#,##0.00' },
    { header: '配额合计', width: 16, numberFormat: '#,##0.00"万元"' },
  ],
  rows: [
    ['马尾区', '2、3、4、5、6、7、8、22、23、26', 9000, 12345.5],
    ['闽侯县', { text: 'C5', link: { sheet: SAMPLE_SHEET, cell: 'C5' } }, 9000, null],
    ['合计', null, 18000, 12345.5],
  ],
  boldRows: [2],
  layout: {
    title: '2023年闽宁协作区县汇总表',
    titleFontSize: 16,
    autoFilter: true,
    wrapHeader: true,
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      repeatHeaderRows: true,
      footer: { left: ['截至 2023-11-20 & 之前'], center: ['第 ', { field: 'pageNumber' }, ' 页，共 ', { field: 'pageCount' }, ' 页'], right: [{ field: 'sheetName' }] },
    },
  },
};

function written(plan: SheetPlan = DISTRICTS): Uint8Array {
  return writePackage(new WorkbookReader(SEED), { highlights: null, sheets: [plan], clear: false });
}

describe('a tool sheet with a layout', () => {
  const bytes = written();
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = (await readWorkbookBytes(bytes)).getWorksheet('区县汇总表')!;
  });

  it('has a bold, larger title row merged across the table, and the header below it, frozen and bold', () => {
    expect(sheet.getCell('A1').value).toBe('2023年闽宁协作区县汇总表');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.model.merges).toEqual(['A1:D1']);
    expect(sheet.getRow(2).values).toEqual([undefined, '区县', '牵头任务序号', '任务8 (万元)', '配额合计']);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
  });

  it('applies widths, wrapped text, number formats (built-in and the workbook’s own) and the bold totals row', () => {
    expect(sheet.columns.map((c) => c.width)).toEqual([10, 30, 14, 16]);
    expect(sheet.getCell('B3').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('C3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.00"万元"');
    expect(sheet.getCell('D3').value).toBe(12345.5);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getCell('C5').font?.bold).toBe(true);
    expect(sheet.getCell('A4').font?.bold).toBeFalsy();
  });

  it('links a cell to the checked cell, and puts an AutoFilter on the header over the body', () => {
    expect(sheetLinks(bytes, '区县汇总表')).toEqual([{ ref: 'B4', location: `'${SAMPLE_SHEET}'!C5`, display: 'C5' }]);
    expect(sheet.autoFilter).toBe('A2:D5');
  });

  it('ends the AutoFilter above a totals row, so that a sort leaves 合计 at the bottom', async () => {
    const totalled = (await readWorkbookBytes(written({ ...DISTRICTS, layout: { ...DISTRICTS.layout, totalsRow: true } }))).getWorksheet('区县汇总表')!;
    expect(totalled.autoFilter).toBe('A2:D4');
    expect(totalled.getCell('A5').value).toBe('合计');
  });

  it('prints A4 landscape, one page wide, with the title and header rows on every page and the footer', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.headerFooter.oddFooter).toBe('&L截至 2023-11-20 && 之前&C第 &P 页，共 &N 页&R&A');
    const workbook = strFromU8(partsOf(bytes)['xl/workbook.xml']!);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'区县汇总表'!$1:$2</definedName>`);
    expect(orderProblems(partsOf(bytes)[sheetPartName(bytes, '区县汇总表')]!, WORKSHEET_ORDER)).toEqual([]);
  });

  it('is written the same on a rerun, and clear takes it away with its names and its formats', async () => {
    const again = writePackage(new WorkbookReader(bytes), { highlights: null, sheets: [DISTRICTS], clear: false });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const before = partsOf(SEED);
    const cleared = partsOf(await clearWorkbook(again));
    expect(Object.keys(cleared)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect({ name, same: Buffer.from(cleared[name]!).equals(Buffer.from(before[name]!)) }).toEqual({ name, same: true });
  });

  it('keeps the formats an earlier sheet uses when a later run writes another sheet, and clear still gives back the styles', async () => {
    const withFindings = writePackage(new WorkbookReader(bytes), {
      highlights: null,
      sheets: [{ key: 'findings', name: '校验结果', columns: [{ header: '问题', width: 40, numberFormat: '0.0%' }], rows: [[0.5]], boldRows: [] }],
      clear: false,
    });
    const districts = (await readWorkbookBytes(withFindings)).getWorksheet('区县汇总表')!;
    expect(districts.getCell('D3').numFmt).toBe('#,##0.00"万元"');
    expect((await readWorkbookBytes(withFindings)).getWorksheet('校验结果')!.getCell('A2').numFmt).toBe('0.0%');
    const cleared = partsOf(await clearWorkbook(withFindings));
    expect(Buffer.from(cleared['xl/styles.xml']!).equals(Buffer.from(partsOf(SEED)['xl/styles.xml']!))).toBe(true);
  });
});

const FINDINGS: SheetPlan = {
  key: 'findings',
  name: '校验结果',
  columns: [
    { header: '单元格', width: 10 },
    { header: '问题', width: 30, wrap: true },
    { header: '处数', width: 6, center: true },
  ],
  rows: [
    [{ text: 'C5', link: { sheet: SAMPLE_SHEET, cell: 'C5' } }, null, null],
    [{ text: 'C9', link: { sheet: SAMPLE_SHEET, cell: 'C9' } }, null, null],
    [{ text: 'C5 等 2 处', link: { sheet: SAMPLE_SHEET, cell: 'C5' } }, '“马尾区区委”写法不规范，应为“马尾区党工委”。这一句很长，要折成两行才放得下。', 2],
    [{ text: '分工方案', copyOf: { sheet: SAMPLE_SHEET, cell: 'B5' } }, '只有一处', 1],
  ],
  boldRows: [],
  rowGroups: [{ first: 0, count: 2, collapsed: true }],
  rowHeights: [
    { row: 1, points: 23 },
    { row: 5, points: 32 },
  ],
  layout: { title: '校验结果', subtitle: '校验工作表“分工方案” · 截至 2023-11-20', alignTop: true, note: '说明：一处一行。', autoFilter: true },
};

describe('a tool sheet with a subtitle, folded row groups, row heights and a note', () => {
  const bytes = written(FINDINGS);
  const xml = () => strFromU8(partsOf(bytes)[sheetPartName(bytes, '校验结果')]!);
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = (await readWorkbookBytes(bytes)).getWorksheet('校验结果')!;
  });

  it('puts the subtitle in row 2, merged like the title, and the header in row 3, frozen and filtered', () => {
    expect(sheet.getCell('A2').value).toBe('校验工作表“分工方案” · 截至 2023-11-20');
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.getRow(3).values).toEqual([undefined, '单元格', '问题', '处数']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(sheet.autoFilter).toBe('A3:C7');
    expect([...sheet.model.merges].sort()).toEqual(['A1:C1', 'A2:C2', 'A9:C9']);
  });

  it('folds the detail rows under the row after them, which opens them', () => {
    expect([4, 5, 6, 7].map((r) => [sheet.getRow(r).outlineLevel ?? 0, sheet.getRow(r).hidden])).toEqual([
      [1, true],
      [1, true],
      [0, false],
      [0, false],
    ]);
    expect(xml()).toContain('<row r="6" collapsed="1">');
    expect(xml()).toContain('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>');
    expect(orderProblems(partsOf(bytes)[sheetPartName(bytes, '校验结果')]!, WORKSHEET_ORDER)).toEqual([]);
  });

  it('gives the title and wrapped rows their heights, aligns cells to the top, and writes the note after an empty row', () => {
    expect(sheet.getRow(1).height).toBe(23);
    expect(sheet.getRow(5).height).toBe(32);
    expect(sheet.getRow(6).height).toBeUndefined();
    expect(sheet.getCell('A6').alignment).toMatchObject({ vertical: 'top' });
    expect(sheet.getCell('B3').alignment).toMatchObject({ vertical: 'top' });
    expect(sheet.getCell('C6').alignment).toMatchObject({ horizontal: 'center', vertical: 'top' });
    expect(sheet.getCell('A9').value).toBe('说明：一处一行。');
    expect(sheet.getRow(8).cellCount).toBe(0);
  });

  it('writes a cell that shows another cell’s text as the text, not as a formula', () => {
    expect(sheet.getCell('A7').value).toBe('分工方案');
    expect(xml()).not.toContain('<f>');
    expect(sheetLinks(bytes, '校验结果').map((link) => link.ref)).toEqual(['A4', 'A5', 'A6']);
  });
});

const BULLETIN = '截至11月30日，26项重点任务中，已完成3项，占11.5%；序时推进20项；滞后3项，分别是第2项（马尾区）、第3项（闽侯县）、第7项（福清市）。';
const WITH_BULLETIN: SheetPlan = {
  ...DISTRICTS,
  layout: { ...DISTRICTS.layout, subtitle: '截至 2023-11-30', note: '说明：合计行按任务计。', closing: { heading: '进展通报', text: BULLETIN } },
  rowHeights: [{ row: 11, points: 32 }],
};

describe('a tool sheet with a closing paragraph (the 通报) under its note', () => {
  const bytes = written(WITH_BULLETIN);
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = (await readWorkbookBytes(bytes)).getWorksheet('区县汇总表')!;
  });

  it('writes the note, then after an empty row the heading bold and the text wrapped, each merged across, outside the filter', () => {
    // Title, subtitle, header in row 3, three body rows (4-6), the note in 8, the heading in 10, the text in 11.
    expect(sheet.getCell('A8').value).toBe('说明：合计行按任务计。');
    expect(sheet.getRow(9).cellCount).toBe(0);
    expect(sheet.getCell('A10').value).toBe('进展通报');
    expect(sheet.getCell('A10').font?.bold).toBe(true);
    expect(sheet.getCell('A11').value).toBe(BULLETIN);
    expect(sheet.getCell('A11').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getRow(11).height).toBe(32);
    expect([...sheet.model.merges].sort()).toEqual(['A10:D10', 'A11:D11', 'A1:D1', 'A2:D2', 'A8:D8']);
    expect(sheet.autoFilter).toBe('A3:D6');
    expect(sheet.dimensions.bottom).toBe(11);
    // Every text row merged across the table wraps within it.
    for (const ref of ['A1', 'A2', 'A8', 'A10']) expect({ ref, wrap: sheet.getCell(ref).alignment?.wrapText }).toEqual({ ref, wrap: true });
    expect(orderProblems(partsOf(bytes)[sheetPartName(bytes, '区县汇总表')]!, WORKSHEET_ORDER)).toEqual([]);
  });
});

describe('a ruled tool sheet (layout.borders)', () => {
  // A workbook whose styles hold no thin border yet (ExcelJS writes only the empty one): the tool adds its own.
  const table = new Uint8Array(fs.readFileSync(tablePath('jindong-2024-minsheng-fenjie', 'xlsx')));
  const ruled: SheetPlan = { ...DISTRICTS, layout: { ...DISTRICTS.layout, borders: true } };
  const bytes = writePackage(new WorkbookReader(table), { highlights: null, sheets: [ruled], clear: false });

  it('draws a thin line round every header and body cell, empty ones included, and none round the title', async () => {
    const sheet = (await readWorkbookBytes(bytes)).getWorksheet('区县汇总表')!;
    const thin = { style: 'thin' };
    for (let row = 2; row <= 5; row += 1) {
      for (const column of ['A', 'B', 'C', 'D']) {
        const ref = `${column}${row}`;
        expect({ ref, border: sheet.getCell(ref).border }).toEqual({ ref, border: { left: thin, right: thin, top: thin, bottom: thin } });
      }
    }
    // D4 and B5 are empty in the plan.
    expect(sheet.getCell('D4').value).toBeNull();
    expect(sheet.getCell('A1').border ?? {}).toEqual({});
  });

  it('is written the same on a rerun, and clear gives back the styles byte for byte', async () => {
    const again = writePackage(new WorkbookReader(bytes), { highlights: null, sheets: [ruled], clear: false });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const cleared = partsOf(await clearWorkbook(again));
    expect(Buffer.from(cleared['xl/styles.xml']!).equals(Buffer.from(partsOf(table)['xl/styles.xml']!))).toBe(true);
  });
});

describe('footerCode', () => {
  it('writes Excel’s section and field codes, a literal & doubled, empty sections left out', () => {
    expect(footerCode({ center: ['第 ', { field: 'pageNumber' }, ' 页'] })).toBe('&C第 &P 页');
    expect(footerCode({ left: ['R&D'], right: [] })).toBe('&LR&&D');
  });
});
