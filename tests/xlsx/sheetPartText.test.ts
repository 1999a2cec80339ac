// The text cells of the tool's sheets as the XML means them: spaces at a text's edges and line breaks kept
// (xml:space), markup characters escaped, an underscore that would read as an _xHHHH_ escape escaped itself, and a
// copied cell written as its shared string on every row that copies it, the lookup asked once per copied cell.
import type { PlanCell } from '../../src/core';
import { writeSheetPart } from '../../src/xlsx/write/sheetPart';
import { TRANSITIONAL } from '../../src/xlsx/xml/namespaces';

function sheetXml(rows: PlanCell[][], sharedStringOf: (source: { sheet: string; cell: string }) => number | null = () => null): string {
  const pieces: string[] = [];
  writeSheetPart(
    { name: '单位任务清单', columns: [{ header: '单位', width: 10 }, { header: '工作任务', width: 40 }], rows, boldRows: [] },
    { xf: () => 0 },
    TRANSITIONAL,
    { write: (text) => pieces.push(text) },
    sharedStringOf,
  );
  return pieces.join('');
}

describe('the text cells of a sheet the tool writes', () => {
  it.each([
    ['plain text as it is', '鼓楼区', '<is><t>鼓楼区</t></is>'],
    ['one character', '区', '<is><t>区</t></is>'],
    ['spaces at the edges kept', ' 市商务局 ', '<is><t xml:space="preserve"> 市商务局 </t></is>'],
    ['a line break kept', '第一行\n第二行', '<is><t xml:space="preserve">第一行\n第二行</t></is>'],
    ['a tab inside as it is', '甲\t乙', '<is><t>甲\t乙</t></is>'],
    ['markup characters escaped', 'A&B<C>', '<is><t>A&amp;B&lt;C&gt;</t></is>'],
    ['an escape-like underscore escaped', '_x0041_', '<is><t>_x005F_x0041_</t></is>'],
    ['a control character as Excel writes it', '甲\u0001', '<is><t>甲_x0001_</t></is>'],
  ])('writes %s', (_, text, markup) => {
    expect(sheetXml([[text]])).toContain(`<c r="A2" t="inlineStr">${markup}</c>`);
  });

  it('points every row that copies a shared-string cell at its entry, asking for it once', () => {
    const copy: PlanCell = { text: '召开推进会', copyOf: { sheet: '分工方案', cell: 'B5' } };
    const other: PlanCell = { text: '组织活动', copyOf: { sheet: '分工方案', cell: 'B6' } };
    const asked: string[] = [];
    const xml = sheetXml([['鼓楼区', copy], ['台江区', copy], ['台江区', other]], (source) => {
      asked.push(source.cell);
      return source.cell === 'B5' ? 7 : null;
    });
    expect(asked).toEqual(['B5', 'B6']);
    expect(xml).toContain('<c r="B2" t="s"><v>7</v></c>');
    expect(xml).toContain('<c r="B3" t="s"><v>7</v></c>');
    expect(xml).toContain('<c r="B4" t="inlineStr"><is><t>组织活动</t></is></c>');
  });
});
