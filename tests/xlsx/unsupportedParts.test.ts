import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/xlsx/checkWorkbook';
import { unsupportedParts } from '../../src/xlsx/unsupportedParts';
import { zipEntryNames } from '../../src/xlsx/zipEntryNames';
import { readZipEntries, withExtraParts } from '../fixtures/workbooks/zipPackage';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../seeds/fuzhou-2023.xlsx'));
// Stands for the chart and macro parts Excel writes; their content does not matter, only that the package holds them.
const CHART = { 'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>' };
const MACROS = { 'xl/vbaProject.bin': 'VBA' };

describe('zipEntryNames', () => {
  it('lists the parts of a real workbook from its central directory', () => {
    const names = zipEntryNames(SAMPLE)!;
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(names).toEqual(readZipEntries(SAMPLE).map((e) => e.name));
  });

  it('gives null for a truncated zip', () => {
    expect(zipEntryNames(SAMPLE.subarray(0, 4000))).toBeNull();
  });
});

describe('unsupportedParts', () => {
  it('finds nothing in the sample, and the charts and macros a workbook holds', () => {
    expect(unsupportedParts(SAMPLE)).toEqual([]);
    expect(unsupportedParts(withExtraParts(SAMPLE, { ...CHART, ...MACROS }))).toEqual(['charts', 'macros']);
  });

  it('is reported by checkWorkbook, whose copy indeed lacks the part', async () => {
    const input = withExtraParts(SAMPLE, CHART);
    const { unsupported, output, result } = await checkWorkbook(input, { asOf: '2023-11-20', lang: 'zh-CN', parts: ['findings'] });
    expect(result.tasks).toHaveLength(29);
    expect(unsupported).toEqual(['charts']);
    expect(zipEntryNames(output)!.some((name) => name.startsWith('xl/charts/'))).toBe(false);
  });
});
