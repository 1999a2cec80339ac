// "Nothing lost, by construction", on the parts LibreOffice does not write, added by hand as ECMA-376 and MS-XLSX
// describe them: threaded comments with their persons, x14 data bars and sparklines, a table with filter buttons, a
// sheet-local and a constant defined name, fit-to-page printing, a VBA project in an .xlsm, and the whole package
// with its main namespace under the prefix `x:`. Every part comes back byte for byte but the ones the tool must add
// to, and those keep every byte they had; clear gives every part back.
import { strFromU8 } from 'fflate';
import { SAMPLE_SHEET, sampleRows } from '../../seeds/build-sample';
import { HostError } from '../../src/core';
import { ZLIB_COMPRESSION } from '../../src/cli/zlibCompression';
import { checkWorkbook, clearWorkbook } from '../../src/xlsx';
import { samplePlanText } from '../fixtures/workbooks/dressedSample';
import { handWrittenPackage, type HandPackage } from '../fixtures/workbooks/handWrittenPackage';
import { partsOf } from '../fixtures/workbooks/packageParts';
import { orderProblems, topLevelElements, WORKBOOK_ORDER, WORKSHEET_ORDER } from '../fixtures/workbooks/schemaOrder';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN', parts: ['highlights', 'findings', 'summaries'] } as const;
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const THREADED = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The sample table with everything staff put around it, in the given prefix (`x:` as the OpenXML SDK writes). */
function dressedPackage(prefix: string, macros: boolean): HandPackage {
  const p = prefix ? `${prefix}:` : '';
  const rows = sampleRows(samplePlanText())
    .map((row, r) => `<${p}row r="${r + 1}">${row.map((text, c) => (text === '' ? '' : `<${p}c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><${p}is><${p}t>${escape(text)}</${p}t></${p}is></${p}c>`)).join('')}</${p}row>`)
    .join('');
  const body =
    `<${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr><${p}dimension ref="A1:E40"/>` +
    `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"/></${p}sheetViews><${p}sheetData>${rows}</${p}sheetData>` +
    `<${p}mergeCells count="1"><${p}mergeCell ref="A1:E1"/></${p}mergeCells>` +
    `<${p}conditionalFormatting sqref="E4:E40"><${p}cfRule type="containsText" dxfId="0" priority="2" operator="containsText" text="全年"><${p}formula>NOT(ISERROR(SEARCH("全年",E4)))</${p}formula></${p}cfRule></${p}conditionalFormatting>` +
    `<${p}dataValidations count="1"><${p}dataValidation type="list" allowBlank="1" sqref="E4:E9 E12"><${p}formula1>"全年,年底前,7月底前"</${p}formula1></${p}dataValidation></${p}dataValidations>` +
    `<${p}hyperlinks><${p}hyperlink ref="B4" location="'统计'!A1" display="见统计表"/></${p}hyperlinks>` +
    `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<${p}pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<${p}tableParts count="1"><${p}tablePart r:id="rIdTable"/></${p}tableParts>` +
    `<${p}extLst><${p}ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">` +
    `<x14:cfRule type="dataBar" priority="5" id="{00000000-0001-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="1"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>` +
    `<xm:sqref>A4:A40</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></${p}ext>` +
    `<${p}ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>统计!B1:B2</xm:f><xm:sqref>F4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></${p}ext></${p}extLst>`;
  const parts: NonNullable<HandPackage['extraParts']> = {
    'xl/tables/table1.xml': {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
      content: `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="任务表" displayName="任务表" ref="A3:E9"><autoFilter ref="A3:E9"/><tableColumns count="5"><tableColumn id="1" name="序号"/><tableColumn id="2" name="工作任务"/><tableColumn id="3" name="牵头单位"/><tableColumn id="4" name="配合单位"/><tableColumn id="5" name="完成时限"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
    },
    'xl/threadedComments/threadedComment1.xml': {
      contentType: 'application/vnd.ms-excel.threadedcomments+xml',
      content: `<ThreadedComments xmlns="${THREADED}"><threadedComment ref="C5" dT="2023-11-02T09:30:00.00" personId="{6A1B4C2D-0000-4000-8000-000000000001}" id="{1D5E0000-0000-4000-8000-000000000001}"><text>闽侯是县，请核对</text></threadedComment><threadedComment ref="C5" dT="2023-11-03T10:00:00.00" personId="{6A1B4C2D-0000-4000-8000-000000000002}" id="{1D5E0000-0000-4000-8000-000000000002}" parentId="{1D5E0000-0000-4000-8000-000000000001}"><text>已改</text></threadedComment></ThreadedComments>`,
    },
    'xl/persons/person.xml': {
      contentType: 'application/vnd.ms-excel.person+xml',
      content: `<personList xmlns="${THREADED}"><person displayName="张科长" id="{6A1B4C2D-0000-4000-8000-000000000001}" userId="张科长" providerId="None"/><person displayName="李干事" id="{6A1B4C2D-0000-4000-8000-000000000002}" userId="李干事" providerId="None"/></personList>`,
    },
    'xl/worksheets/_rels/sheet1.xml.rels': {
      contentType: 'application/vnd.openxmlformats-package.relationships+xml',
      content:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTable" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/><Relationship Id="rIdThreads" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    },
    ...(macros ? { 'xl/vbaProject.bin': { contentType: 'application/vnd.ms-office.vbaProject', content: new Uint8Array([0xcc, 0x61, 0xff, 0xff, 0x00, 0x56, 0x42, 0x41, 0x00]) } } : {}),
  };
  return {
    prefix,
    sheets: [
      { name: SAMPLE_SHEET, body },
      { name: '统计', body: `<${p}sheetData><${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>任务数</${p}t></${p}is></${p}c><${p}c r="B1"><${p}f>COUNTA(分工方案!A:A)</${p}f><${p}v>29</${p}v></${p}c></${p}row></${p}sheetData>` },
    ],
    styles:
      `<${p}fonts count="1"><${p}font><${p}sz val="12"/><${p}name val="仿宋_GB2312"/><${p}charset val="134"/></${p}font></${p}fonts>` +
      `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0"/></${p}cellXfs>` +
      `<${p}cellStyles count="1"><${p}cellStyle name="常规" xfId="0" builtinId="0"/></${p}cellStyles>` +
      `<${p}dxfs count="1"><${p}dxf><${p}font><${p}i/></${p}font></${p}dxf></${p}dxfs><${p}tableStyles count="0"/>`,
    afterSheets:
      `<${p}definedNames><${p}definedName name="计划年度">2023</${p}definedName><${p}definedName name="_xlnm.Print_Area" localSheetId="0">分工方案!$A$3:$E$40</${p}definedName>` +
      `<${p}definedName name="牵头单位" localSheetId="1">统计!$A$1</${p}definedName></${p}definedNames><${p}calcPr calcId="191029"/>`,
    extraParts: parts,
    workbookRelationships:
      '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
      (macros ? '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : ''),
    ...(macros ? { workbookContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' } : {}),
  };
}

/** The parts the tool may add to; every other part must come back byte for byte. */
const ADDED_TO = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'];

/** The original's bytes all still there, in order, in the edited part: the tool only inserted (and counted anew). */
function onlyInserted(originalText: string, editedText: string): boolean {
  const [original, edited] = [originalText, editedText].map((text) => text.replace(/ count="\d+"/g, ' count=""'));
  let at = 0;
  for (const ch of original!) {
    at = edited!.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

describe.each([
  ['a plain workbook', '', false],
  ['a workbook whose main namespace has the prefix x:', 'x', false],
  ['a macro workbook (.xlsm)', '', true],
])('the checked copy of %s', (_name, prefix, macros) => {
  const input = handWrittenPackage(dressedPackage(prefix, macros));
  let checked: Awaited<ReturnType<typeof checkWorkbook>>;

  beforeAll(async () => {
    checked = await checkWorkbook(input, OPTIONS);
  });

  it('keeps every part byte for byte but the ones the tool adds to, which only grow', () => {
    const before = partsOf(input);
    const after = partsOf(checked.output);
    expect(checked.result.tasks).toHaveLength(29);
    expect(checked.macroEnabled).toBe(macros);
    for (const name of Object.keys(before)) {
      if (ADDED_TO.includes(name)) expect({ name, grew: onlyInserted(strFromU8(before[name]!), strFromU8(after[name]!)) }).toEqual({ name, grew: true });
      else expect({ name, same: Buffer.from(after[name] ?? []).equals(Buffer.from(before[name]!)) }).toEqual({ name, same: true });
    }
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']);
  });

  it('writes what it adds in the package’s own prefix and in the order CT_Worksheet and CT_Workbook give', () => {
    const after = partsOf(checked.output);
    const task = after['xl/worksheets/sheet1.xml']!;
    expect(orderProblems(task, WORKSHEET_ORDER)).toEqual([]);
    expect(topLevelElements(task).filter((n) => n === 'conditionalFormatting')).toHaveLength(3);
    expect(orderProblems(after['xl/workbook.xml']!, WORKBOOK_ORDER)).toEqual([]);
    for (const name of ['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']) expect(orderProblems(after[name]!, WORKSHEET_ORDER)).toEqual([]);
    const p = prefix ? `${prefix}:` : '';
    expect(strFromU8(task)).toContain(`<${p}conditionalFormatting sqref=`);
    expect(strFromU8(after['xl/workbook.xml']!)).toContain(`<${p}definedName name="TaskCheck.Findings">`);
    expect(strFromU8(after['xl/styles.xml']!)).toMatch(new RegExp(`<${p}font><${p}b/><${p}sz val="12"/><${p}name val="仿宋_GB2312"/>`));
  });

  it('gives its rules priorities above every rule of the user’s, the x14 data bar included, and never selects its sheets', () => {
    const after = partsOf(checked.output);
    const priorities = [...strFromU8(after['xl/worksheets/sheet1.xml']!).matchAll(/<(?:x:)?cfRule type="expression" dxfId="\d+" priority="(\d+)">/g)].map((m) => Number(m[1]));
    expect(priorities).toEqual([6, 7]);
    for (const name of ['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']) expect(strFromU8(after[name]!)).not.toContain('tabSelected');
  });

  it('clear gives back every part of the original', async () => {
    const before = partsOf(input);
    const cleared = partsOf(await clearWorkbook(checked.output));
    expect(Object.keys(cleared)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect({ name, same: Buffer.from(cleared[name]!).equals(Buffer.from(before[name]!)) }).toEqual({ name, same: true });
  });
});

describe('clear on a workbook whose tool rules Excel saved', () => {
  // What Excel may write after the add-in's 校验表格: the tool's rule among the user's, and an x14 copy of it in the
  // sheet's extensions beside a user's data bar. Clear takes out exactly the tool's, and nothing else moves.
  const userBar = `<x14:cfRule type="dataBar" id="{00000000-0001-0000-0000-000000000001}"><x14:dataBar><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>`;
  const toolX14 = `<x14:cfRule type="expression" priority="9" id="{00000000-0001-0000-0000-000000000002}"><xm:f>N("TaskCheck:warning")=0</xm:f><x14:dxf/></x14:cfRule>`;
  const toolRule = '<cfRule type="expression" dxfId="0" priority="7"><formula>N("TaskCheck:error")=0</formula></cfRule>';
  const userRule = '<cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"全年"</formula></cfRule>';
  const sheet = (withTool: boolean): string =>
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>任务数</t></is></c></row></sheetData>` +
    `<conditionalFormatting sqref="A1">${userRule}${withTool ? toolRule : ''}</conditionalFormatting>` +
    (withTool ? `<conditionalFormatting sqref="B2">${toolRule}</conditionalFormatting>` : '') +
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">${userBar}${withTool ? toolX14 : ''}<xm:sqref>A1:A9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
  const styles = '<fonts count="1"><font><sz val="11"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs>';

  it('takes the tool’s rules out of the sheet’s own and its x14 rules, leaving every other byte', async () => {
    const withTool = handWrittenPackage({ styles, sheets: [{ name: '统计', body: sheet(true) }] });
    const without = handWrittenPackage({ styles, sheets: [{ name: '统计', body: sheet(false) }] });
    const cleared = partsOf(await clearWorkbook(withTool));
    const expected = partsOf(without);
    for (const name of Object.keys(expected)) expect({ name, text: strFromU8(cleared[name]!) }).toEqual({ name, text: strFromU8(expected[name]!) });
  });
});

// Each case through both inflaters: fflate's, as in the browser, and Node's zlib, as the command line passes it.
describe.each([
  ['fflate', undefined],
  ['Node’s zlib', ZLIB_COMPRESSION],
] as const)('hostile packages, inflated by %s', (_, compression) => {
  const sample = handWrittenPackage(dressedPackage('', false));

  /** The package with one central-directory field of the task sheet's entry changed. */
  function withCentralField(bytes: Uint8Array, name: string, offset: number, value: number): Uint8Array {
    const copy = new Uint8Array(bytes);
    const view = new DataView(copy.buffer);
    const nameBytes = new TextEncoder().encode(name);
    for (let at = copy.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      if (length === nameBytes.length && nameBytes.every((b, i) => copy[at + 46 + i] === b)) {
        view.setUint32(at + offset, value, true);
        return copy;
      }
    }
    throw new Error(`no entry ${name}`);
  }

  /** The package with a run of a part's deflated bytes overwritten. */
  function withDamagedData(bytes: Uint8Array, name: string): Uint8Array {
    const copy = new Uint8Array(bytes);
    const view = new DataView(copy.buffer);
    const nameBytes = new TextEncoder().encode(name);
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      const compressed = view.getUint32(at + 18, true);
      const length = view.getUint16(at + 26, true);
      const data = at + 30 + length + view.getUint16(at + 28, true);
      if (length === nameBytes.length && nameBytes.every((b, i) => copy[at + 30 + i] === b)) {
        copy.fill(0xff, data + Math.floor(compressed / 3), data + Math.floor(compressed / 3) + 16);
        return copy;
      }
      at = data + compressed;
    }
    throw new Error(`no entry ${name}`);
  }

  const codeOf = async (bytes: Uint8Array): Promise<string> =>
    checkWorkbook(bytes, { ...OPTIONS, ...(compression ? { compression } : {}) }).then(
      () => 'checked',
      (error: unknown) => (error instanceof HostError ? error.code : String(error)),
    );

  it('stops inflating a part at the size its directory entry declares (a zip bomb), WORKBOOK_CORRUPT', async () => {
    expect(await codeOf(withCentralField(sample, 'xl/worksheets/sheet1.xml', 24, 1000))).toBe('WORKBOOK_CORRUPT');
  });

  // The task sheet is read as a stream, the workbook part whole (where the command line's zlib inflates it).
  it.each(['xl/worksheets/sheet1.xml', 'xl/workbook.xml'])('says WORKBOOK_CORRUPT for %s shorter than its directory entry declares, or damaged', async (part) => {
    expect(await codeOf(withCentralField(sample, part, 24, 1_000_000))).toBe('WORKBOOK_CORRUPT');
    expect(await codeOf(withCentralField(sample, part, 24, 100))).toBe('WORKBOOK_CORRUPT');
    expect(await codeOf(withDamagedData(sample, part))).toBe('WORKBOOK_CORRUPT');
    expect(await codeOf(sample)).toBe('checked');
  });

  it('refuses to inflate a part that declares more than a workbook part may hold, WORKBOOK_TOO_LARGE', async () => {
    expect(await codeOf(withCentralField(sample, 'xl/worksheets/sheet1.xml', 24, 0xfffffff0))).toBe('WORKBOOK_TOO_LARGE');
  });

  it('refuses entries that share their bytes (an overlapping zip bomb), WORKBOOK_CORRUPT', async () => {
    const view = new DataView(sample.buffer, sample.byteOffset, sample.byteLength);
    let first = -1;
    for (let at = sample.length - 22; at >= 0; at -= 1) if (view.getUint32(at, true) === 0x02014b50) first = at;
    expect(await codeOf(withCentralField(sample, 'xl/workbook.xml', 42, view.getUint32(first + 42, true)))).toBe('WORKBOOK_CORRUPT');
  });
});
