// Workbooks a real spreadsheet program wrote: flat ODS files this test writes, turned into .xlsx by LibreOffice (one
// soffice call), dressed as staff dress a table (notes with their author, links to a page and to a cell of another
// sheet, a drop-down over several ranges, a data bar in an x14 extension, a date, a formula, a merged title, a
// constant and a sheet-local name, the default font, A4 landscape fit to one page wide), and a table whose units and
// deadlines are merged over several tasks (tests/fixtures/workbooks/mergedTable.ts). Every part of the checked
// copy is the input's byte for byte but the ones the tool adds to; a rerun changes nothing; clear gives back every
// part; and LibreOffice opens every output and reads every sheet (one more soffice call, CSV of all sheets).
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8 } from 'fflate';
import { sampleRows, SAMPLE_SHEET } from '../../seeds/build-sample';
import { OWNED_SHEET_NAMES, REGISTRY_SHEET_NAME, type CheckResult } from '../../src/core';
import { checkWorkbook, clearWorkbook } from '../../src/xlsx';
import { makeTempDir } from '../fixtures/tempDirs';
import { samplePlanText } from '../fixtures/workbooks/dressedSample';
import { CSV_ALL_SHEETS, libreOffice, writeFods, type OdsCell, type OdsDocument } from '../fixtures/workbooks/flatOds';
import { EMPTY_LEAD_ROW, MERGED_TABLE_SHEET, mergedTableOds } from '../fixtures/workbooks/mergedTable';
import { partsOf, sheetLinks, sheetPartName } from '../fixtures/workbooks/packageParts';
import { orderProblems, WORKBOOK_ORDER, WORKSHEET_ORDER } from '../fixtures/workbooks/schemaOrder';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN', parts: ['highlights', 'findings', 'summaries'] } as const;

function dressedTable(): OdsCell[][] {
  const rows: OdsCell[][] = sampleRows(samplePlanText()).map((row, r) =>
    row.map((value, c): OdsCell => {
      if (r === 4 && c === 2) return { text: value, note: { author: '张科长', text: '闽侯是县，请核对' } };
      if (r === 3 && c === 1) return { text: value, link: '#统计.A1' };
      if (r === 5 && c === 1) return { text: value, link: 'https://www.fuzhou.gov.cn/' };
      if (r >= 3 && c === 4 && value !== '完成时限') return { text: value, validation: true };
      if (r >= 3 && c === 0 && /^\d+$/.test(value)) return Number(value);
      return value;
    }),
  );
  rows[3]!.push({ date: '2023-11-30' });
  rows[4]!.push({ formula: 'of:=[.A5]*2', value: 4 });
  return rows;
}

const WORKBOOKS: Readonly<Record<string, OdsDocument>> = {
  dressed: {
    sheets: [
      { name: SAMPLE_SHEET, rows: dressedTable(), titleSpan: 5, dataBar: `${SAMPLE_SHEET}.A4:${SAMPLE_SHEET}.A40` },
      { name: '统计', rows: [['任务数', 29]], localNames: { 牵头单位: '$统计.$A$1' } },
    ],
    names: { 计划年度: { expression: 'of:=2023' }, Deadlines: { range: `$${SAMPLE_SHEET}.$E$4:.$E$40` } },
    validation: { values: ['全年', '年底前', '7月底前'], baseCell: `${SAMPLE_SHEET}.E4` },
    defaultFont: { name: '仿宋_GB2312', size: '12pt' },
  },
  // A notes sheet before the table, deadlines as date cells, and the workbook's own unit registry.
  registry: {
    sheets: [
      { name: '说明', rows: [['本工作簿汇总各县（市）区上报材料']] },
      {
        name: '任务清单',
        rows: [
          ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
          [1, '召开闽宁协作工作推进会', '市数据管理局', '马尾区区委、政府', { date: '2023-11-30' }],
          [2, '组织消费帮扶对接活动', '市商务局', '闽侯县委、政府', { date: '2023-06-30' }],
        ],
      },
      { name: REGISTRY_SHEET_NAME, rows: [['标准名称', '类别', '别名', '备注'], ['市数据管理局', '市直部门', '', '2023年新设']] },
    ],
  },
  merged: { sheets: [mergedTableOds(MERGED_TABLE_SHEET)] },
};

let dir: string;
let inputs: Record<string, Uint8Array>;
const results: Record<string, CheckResult> = {};

/** The rows of a CSV file as LibreOffice writes it: fields in double quotes where they hold a comma, a quote or a line break. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(() => {
  dir = makeTempDir('task-check-real-client-');
  const files = Object.entries(WORKBOOKS).map(([name, doc]) => writeFods(dir, name, doc));
  libreOffice(files, 'xlsx', dir);
  inputs = Object.fromEntries(Object.keys(WORKBOOKS).map((name) => [name, new Uint8Array(fs.readFileSync(path.join(dir, `${name}.xlsx`)))]));
}, 240_000);

describe.each(Object.keys(WORKBOOKS))('the checked copy of the LibreOffice workbook "%s"', (name) => {
  let output: Uint8Array;
  let taskSheetPart: string;

  beforeAll(async () => {
    const checked = await checkWorkbook(inputs[name]!, OPTIONS);
    output = checked.output;
    results[name] = checked.result;
    taskSheetPart = sheetPartName(inputs[name]!, checked.result.sheet);
    fs.writeFileSync(path.join(dir, `${name}.checked.xlsx`), output);
  });

  it('holds every part of the input byte for byte, but the ones the tool adds to', () => {
    const before = partsOf(inputs[name]!);
    const after = partsOf(output);
    const addedTo = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', taskSheetPart]);
    const unchanged = Object.keys(before).filter((part) => !addedTo.has(part));
    expect(unchanged.length).toBeGreaterThan(3);
    for (const part of unchanged) expect({ part, same: Buffer.from(after[part] ?? []).equals(Buffer.from(before[part]!)) }).toEqual({ part, same: true });
    for (const part of addedTo) expect({ part, grew: after[part]!.length > before[part]!.length }).toEqual({ part, grew: true });
  });

  it('keeps the user’s own conditional formats, names and links in the parts it adds to, and writes in schema order', () => {
    const before = partsOf(inputs[name]!);
    const after = partsOf(output);
    const workbook = strFromU8(after['xl/workbook.xml']!);
    for (const definedName of strFromU8(before['xl/workbook.xml']!).match(/<definedName [^>]*>[^<]*<\/definedName>/g) ?? []) expect(workbook).toContain(definedName);
    const task = strFromU8(after[taskSheetPart]!);
    for (const element of strFromU8(before[taskSheetPart]!).match(/<(conditionalFormatting|dataValidations|hyperlinks|extLst)\b.*?<\/\1>/g) ?? []) expect(task).toContain(element);
    expect(orderProblems(after[taskSheetPart]!, WORKSHEET_ORDER)).toEqual([]);
    expect(orderProblems(after['xl/workbook.xml']!, WORKBOOK_ORDER)).toEqual([]);
    expect(workbook).toContain(`<definedName name="${OWNED_SHEET_NAMES.findings}">`);
  });

  it('gives the same bytes when run again on its own output', async () => {
    expect(Buffer.from((await checkWorkbook(output, OPTIONS)).output).equals(Buffer.from(output))).toBe(true);
  });

  it('clear gives back every part of the input', async () => {
    const cleared = await clearWorkbook(output);
    fs.writeFileSync(path.join(dir, `${name}.cleared.xlsx`), cleared);
    const before = partsOf(inputs[name]!);
    const after = partsOf(cleared);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const part of Object.keys(before)) expect({ part, same: Buffer.from(after[part]!).equals(Buffer.from(before[part]!)) }).toEqual({ part, same: true });
  });
});

describe('a table LibreOffice wrote with cells merged over several tasks', () => {
  it('gives every row of a merged lead or deadline its value, and keeps the error of a lead cell really empty', async () => {
    const { result } = await checkWorkbook(inputs.merged!, OPTIONS);
    expect(result.tasks.map((t) => [t.row, t.lead.join('、'), t.deadline.text])).toEqual([
      [3, '市商务局', '2023年11月底前'],
      [4, '市商务局', '2023年11月底前'],
      [5, '市商务局', '2023年11月底前'],
      [6, '', '全年'],
      [7, '市人社局', '2023年12月底前'],
      [8, '市教育局', '2023年12月底前'],
      [9, '市总工会', '2023年12月底前'],
      [10, '鼓楼区', '全年'],
      [11, '台江区', '全年'],
    ]);
    expect(result.findings.filter((f) => f.code === 'LEAD_MISSING').map((f) => f.row)).toEqual([EMPTY_LEAD_ROW]);
  });
});

describe('LibreOffice reading the outputs', () => {
  let csv: (file: string, sheet: string) => string;

  beforeAll(() => {
    const outDir = path.join(dir, 'csv');
    fs.mkdirSync(outDir);
    const files = Object.keys(WORKBOOKS).flatMap((name) => [`${name}.xlsx`, `${name}.checked.xlsx`, `${name}.cleared.xlsx`].map((file) => path.join(dir, file)));
    libreOffice(files, CSV_ALL_SHEETS, outDir);
    csv = (file, sheet) => fs.readFileSync(path.join(outDir, `${file}-${sheet}.csv`), 'utf8');
  }, 240_000);

  it('reads every sheet of every checked copy: the user’s as they were, and the tool’s', () => {
    expect(csv('dressed.checked', SAMPLE_SHEET)).toBe(csv('dressed', SAMPLE_SHEET));
    expect(csv('dressed.checked', '统计')).toBe(csv('dressed', '统计'));
    expect(csv('dressed.checked', '校验结果').split('\n')[2]).toBe('级别,问题类型,单元格,序号,单位,问题,建议,处数,代码');
    expect(csv('dressed.checked', '区县汇总表')).toContain('马尾区');
    expect(csv('dressed.checked', '单位任务清单').split('\n').length).toBeGreaterThan(30);
    for (const sheet of ['说明', '任务清单', REGISTRY_SHEET_NAME]) expect(csv('registry.checked', sheet)).toBe(csv('registry', sheet));
    expect(csv('registry.checked', '单位任务清单')).toContain('市数据管理局');
  });

  // LibreOffice writes text as shared strings: the unit task list's text cells point at the table's own entries.
  it('reads the unit task list’s text cells as the tasks’ texts, where they are references to the table’s shared strings', () => {
    for (const name of Object.keys(WORKBOOKS)) {
      const result = results[name]!;
      const text = new Map(result.tasks.map((t) => [t.row, t.text]));
      const expected = result.units.flatMap((u) => u.tasks.map((t) => text.get(t.row)));
      const rows = csvRows(csv(`${name}.checked`, '单位任务清单'));
      const header = rows.findIndex((row) => row[3] === '工作任务');
      expect({ name, texts: rows.slice(header + 1, header + 1 + expected.length).map((row) => row[3]) }).toEqual({ name, texts: expected });
      const checked = new Uint8Array(fs.readFileSync(path.join(dir, `${name}.checked.xlsx`)));
      const part = strFromU8(partsOf(checked)[sheetPartName(checked, '单位任务清单')]!);
      expect({ name, references: (part.match(/<c r="D\d+"[^>]* t="s">/g) ?? []).length }).toEqual({ name, references: expected.length });
    }
  });

  it('reads the cleared copies as the originals', () => {
    for (const [name, doc] of Object.entries(WORKBOOKS)) for (const sheet of doc.sheets) expect(csv(`${name}.cleared`, sheet.name)).toBe(csv(name, sheet.name));
  });

  it('finds the links of the findings sheet pointing at the checked cells', () => {
    const links = sheetLinks(fs.readFileSync(path.join(dir, 'dressed.checked.xlsx')), '校验结果');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.location).toMatch(new RegExp(`^'${SAMPLE_SHEET}'!\\$?[A-Z]+\\$?\\d+$`));
  });
});
