// The unit task list copies each task's text cell. Where that cell is a shared string, the copy points at the same
// entry of the workbook's shared-string table (which stays as it was, byte for byte); where it is anything else (an
// inline string, a formula's text, a string with spaces at its edges that the check trims) the text is written out.
// Either way every reader sees the task's text: the project's own reader and ExcelJS here, LibreOffice in
// tests/e2e/realClientWorkbooks.test.ts.
import type * as ExcelJS from 'exceljs';
import { OWNED_SHEET_NAMES, type CheckResult } from '../../src/core';
import { checkWorkbook, clearWorkbook, openWorkbookFile } from '../../src/xlsx';
import { handWrittenPackage } from '../fixtures/workbooks/handWrittenPackage';
import { partsOf, partText, sheetPartName } from '../fixtures/workbooks/packageParts';
import { ownedSheet, readWorkbookBytes } from '../fixtures/workbooks/workbookFiles';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN', parts: ['highlights', 'findings', 'summaries'] } as const;
const UNIT_TASKS = '单位任务清单';
const TASK_COLUMN = 'D';

const STRINGS = [
  '序号',
  '工作任务',
  '牵头单位',
  '配合单位',
  '完成时限',
  '市商务局',
  '鼓楼区',
  '全年',
  // 8: plain; 9: rich text runs; 10: a phonetic guide; 11: an escaped carriage return; 12: edge spaces, trimmed by the check.
  '<si><t>召开闽宁协作工作推进会</t></si>',
  '<si><r><t>组织</t></r><r><rPr><b/></rPr><t>消费帮扶</t></r><r><t xml:space="preserve">对接活动 &amp; 展销</t></r></si>',
  '<si><t>开展劳务协作</t><rPh sb="0" eb="2"><t>kaizhan</t></rPh></si>',
  '<si><t>完善协作机制_x000D_\n建立联席会议</t></si>',
  '<si><t xml:space="preserve">  落实帮扶资金 </t></si>',
].map((s) => (s.startsWith('<si>') ? s : `<si><t>${s}</t></si>`));

const shared = (ref: string, index: number): string => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const taskRow = (r: number, text: string): string =>
  `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${text}${shared(`C${r}`, 5)}${shared(`D${r}`, 6)}${shared(`E${r}`, 7)}</row>`;

const SHEET_DATA = [
  `<row r="1">${[0, 1, 2, 3, 4].map((i) => shared(`${'ABCDE'[i]}1`, i)).join('')}</row>`,
  taskRow(2, shared('B2', 8)),
  taskRow(3, shared('B3', 9)),
  taskRow(4, shared('B4', 10)),
  taskRow(5, shared('B5', 11)),
  taskRow(6, shared('B6', 12)),
  taskRow(7, '<c r="B7" t="inlineStr"><is><t>推进产业园区共建</t></is></c>'),
  taskRow(8, '<c r="B8" t="str"><f>"开展"&amp;"结对帮扶"</f><v>开展结对帮扶</v></c>'),
].join('');

/** The sources of rows 2 to 8: the shared string's index, or null where the cell is none the copy can point at. */
const EXPECTED_INDEX: readonly (number | null)[] = [8, 9, 10, 11, null, null, null];

/** Styles as Excel writes the least of them: ExcelJS reads no styles part without fills and borders. */
const STYLES =
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';

const INPUT = handWrittenPackage({ styles: STYLES, sharedStrings: STRINGS, sheets: [{ name: '分工方案', body: `<sheetData>${SHEET_DATA}</sheetData>` }] });

/** The unit task list's rows as the plan orders them: each unit's tasks, the task's text in the fourth column. */
function expectedTexts(result: CheckResult): string[] {
  const text = new Map(result.tasks.map((t) => [t.row, t.text]));
  return result.units.flatMap((u) => u.tasks.map((t) => text.get(t.row)!));
}

/** What ExcelJS gives for a cell's text: a string, or the runs of a rich text joined. */
function excelJsText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

describe('the unit task list’s copies of the task texts', () => {
  let result: CheckResult;
  let output: Uint8Array;
  let unitTasksXml: string;
  let headerRow: number;

  beforeAll(async () => {
    ({ result, output } = await checkWorkbook(INPUT, OPTIONS));
    unitTasksXml = partText(output, sheetPartName(output, UNIT_TASKS));
    const grid = openWorkbookFile(output).sheetGrid(UNIT_TASKS)!.grid;
    headerRow = grid.findIndex((row) => row[3] === '工作任务') + 1;
  });

  it('are read by the check as the texts the cells show, each from its one cell', () => {
    expect(result.tasks.map((t) => [t.row, t.text, t.textCell])).toEqual([
      [2, '召开闽宁协作工作推进会', 'B2'],
      [3, '组织消费帮扶对接活动 & 展销', 'B3'],
      [4, '开展劳务协作', 'B4'],
      [5, '完善协作机制\r\n建立联席会议', 'B5'],
      [6, '落实帮扶资金', 'B6'],
      [7, '推进产业园区共建', 'B7'],
      [8, '开展结对帮扶', 'B8'],
    ]);
  });

  it('point at the shared string of a shared-string source, and write out the text of any other', () => {
    const sourceRows = result.units.flatMap((u) => u.tasks.map((t) => t.row));
    expect(headerRow).toBeGreaterThan(0);
    sourceRows.forEach((source, i) => {
      const ref = `${TASK_COLUMN}${headerRow + 1 + i}`;
      const cell = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(unitTasksXml)?.[0];
      const index = EXPECTED_INDEX[source - 2];
      if (index === null) expect(cell).toContain('t="inlineStr"');
      else expect(cell).toMatch(new RegExp(`^<c r="${ref}"( s="\\d+")? t="s"><v>${index}</v></c>$`));
    });
    expect(sourceRows.length).toBeGreaterThan(EXPECTED_INDEX.length);
    expect(unitTasksXml).toContain('<t>落实帮扶资金</t>');
  });

  it('leave the shared-string table and every other part of the input as it was', () => {
    const before = partsOf(INPUT);
    const after = partsOf(output);
    const addedTo = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    for (const part of Object.keys(before).filter((p) => !addedTo.has(p))) expect({ part, same: Buffer.from(after[part]!).equals(Buffer.from(before[part]!)) }).toEqual({ part, same: true });
    expect(Buffer.from(after['xl/sharedStrings.xml']!).equals(Buffer.from(before['xl/sharedStrings.xml']!))).toBe(true);
  });

  it('read back as the task texts through the project’s reader and through ExcelJS', async () => {
    const expected = expectedTexts(result);
    const grid = openWorkbookFile(output).sheetGrid(UNIT_TASKS)!.grid;
    expect(grid.slice(headerRow, headerRow + expected.length).map((row) => row[3])).toEqual(expected);
    const sheet = ownedSheet(await readWorkbookBytes(output), 'unitTasks');
    expect(sheet.name).toBe(UNIT_TASKS);
    const texts = expected.map((_, i) => excelJsText(sheet.getCell(`${TASK_COLUMN}${headerRow + 1 + i}`).value));
    expect(texts).toEqual(expected);
  });

  it('show a rich-text source with its runs, as the task sheet does', async () => {
    const sheet = ownedSheet(await readWorkbookBytes(output), 'unitTasks');
    const rich = expectedTexts(result).findIndex((text) => text.startsWith('组织'));
    const value = sheet.getCell(`${TASK_COLUMN}${headerRow + 1 + rich}`).value;
    expect(value).toMatchObject({ richText: [{ text: '组织' }, { text: '消费帮扶', font: { bold: true } }, { text: '对接活动 & 展销' }] });
  });

  it('are the same on a rerun of the checked copy, and clear gives back every part of the input', async () => {
    const again = await checkWorkbook(output, OPTIONS);
    expect(Buffer.from(again.output).equals(Buffer.from(output))).toBe(true);
    expect(openWorkbookFile(output).taskSheetCandidates).toEqual(['分工方案']);
    const cleared = partsOf(await clearWorkbook(output));
    const before = partsOf(INPUT);
    expect(Object.keys(cleared)).toEqual(Object.keys(before));
    for (const part of Object.keys(before)) expect({ part, same: Buffer.from(cleared[part]!).equals(Buffer.from(before[part]!)) }).toEqual({ part, same: true });
    expect(partText(output, 'xl/workbook.xml')).toContain(OWNED_SHEET_NAMES.unitTasks);
  });
});
