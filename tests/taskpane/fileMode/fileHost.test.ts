// The real file-mode host: the workbook adapter over seeds/fuzhou-2023.xlsx, judged on 2023-11-20. It runs in Node,
// with jsdom's real Storage standing for localStorage; the checked copies are read back with ExcelJS.
import * as ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';
import { join } from 'path';
import { HostError, type CheckSettings } from '../../../src/core/host';
import { OWNED_SHEET_NAMES } from '../../../src/core/plan/ownership';
import { FileHost } from '../../../src/taskpane/fileMode/fileHost';
import type { RevealedCell } from '../../../src/taskpane/fileSession';
import { withExtraParts } from '../../fixtures/workbooks/zipPackage';

const SEED = new Uint8Array(readFileSync(join(__dirname, '../../../seeds/fuzhou-2023.xlsx')));
const SETTINGS: CheckSettings = { planYear: null, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

async function sheetsOf(bytes: Uint8Array): Promise<{ names: string[]; defined: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { names: wb.worksheets.map((s) => s.name), defined: wb.definedNames.model.map((d) => d.name) };
}

let storage: Storage;
beforeEach(() => {
  storage = new JSDOM('', { url: 'http://127.0.0.1/' }).window.localStorage;
});

describe('FileHost over the seed workbook', () => {
  it('keeps every part of the file in the checked copy, one it knows nothing of included', async () => {
    // Stands for a chart Excel wrote: only that the package holds the part matters.
    const withChart = new Uint8Array(withExtraParts(Buffer.from(SEED), { 'xl/charts/chart1.xml': '<c:chartSpace/>' }));
    const host = await FileHost.open('图表.xlsx', withChart, storage);
    await host.validate(SETTINGS);
    expect(strFromU8(unzipSync(host.currentBytes())['xl/charts/chart1.xml']!)).toBe('<c:chartSpace/>');
  });

  it('lists the sheets that can hold the task table', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    expect(await host.sheetNames()).toEqual({ names: ['分工方案'], active: null });
  });

  it('validates: highlights and a findings sheet, the original bytes left alone', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    const result = await host.validate(SETTINGS);
    expect(result.sheet).toBe('分工方案');
    expect(result.planYear).toBe(2023);
    expect(result.findings.some((f) => f.code === 'UNIT_NONSTANDARD' && f.row === 5)).toBe(true);
    const after = await sheetsOf(host.currentBytes());
    expect(after.defined).toEqual([OWNED_SHEET_NAMES.findings]);
    expect(after.names).toHaveLength(2);
    expect((await sheetsOf(SEED)).defined).toEqual([]);
  });

  it('summarises on top of the checked workbook, then clears back to the table alone', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    await host.validate(SETTINGS);
    const result = await host.summarize(SETTINGS);
    expect(result.districts.map((d) => d.name)).toContain('马尾区');
    expect((await sheetsOf(host.currentBytes())).defined.sort()).toEqual(
      [OWNED_SHEET_NAMES.findings, OWNED_SHEET_NAMES.districts, OWNED_SHEET_NAMES.unitTasks].sort(),
    );
    await host.clear();
    expect(await sheetsOf(host.currentBytes())).toEqual({ names: ['分工方案'], defined: [] });
  });

  it('clears the marks an earlier run left in a reopened checked copy', async () => {
    const first = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    await first.validate(SETTINGS);
    const reopened = await FileHost.open('fuzhou-2023.checked.xlsx', first.currentBytes(), storage);
    expect(await reopened.sheetNames()).toEqual({ names: ['分工方案'], active: null });
    await reopened.clear();
    expect(await sheetsOf(reopened.currentBytes())).toEqual({ names: ['分工方案'], defined: [] });
  });

  it('reveals a row as the sheet shows it', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    const seen: RevealedCell[] = [];
    host.onReveal((cell) => seen.push(cell));
    await host.showCell('分工方案', 'C5');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.address).toBe('C5');
    expect(seen[0]?.cells.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(seen[0]?.cells[2]?.text).toBe('马尾区区委、政府 闽侯区委、政府 福清市区委、政府');
  });

  it('keeps settings per file name in localStorage', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    await host.saveSettings({ ...SETTINGS, planYear: 2023, sheet: '分工方案' });
    const again = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    expect(await again.loadSettings()).toEqual({ ...SETTINGS, planYear: 2023, sheet: '分工方案' });
    const other = await FileHost.open('other.xlsx', SEED, storage);
    expect(await other.loadSettings()).toEqual({});
  });

  it('reads back only the valid settings of an edited or damaged entry', async () => {
    const host = await FileHost.open('fuzhou-2023.xlsx', SEED, storage);
    await host.saveSettings({ ...SETTINGS, planYear: 2023 });
    const key = storage.key(0) as string;
    storage.setItem(key, JSON.stringify({ planYear: '2023', asOf: '2023-02-30', dueSoonDays: -1, sheet: '', lang: 'fr-FR' }));
    expect(await host.loadSettings()).toEqual({});
    storage.setItem(key, JSON.stringify({ planYear: 2023, asOf: 'tomorrow', dueSoonDays: 7 }));
    expect(await host.loadSettings()).toEqual({ planYear: 2023, dueSoonDays: 7 });
    storage.setItem(key, '{"planYear": 20');
    expect(await host.loadSettings()).toEqual({});
  });

  it('names the file it cannot read', async () => {
    const text = new Uint8Array(Buffer.from('序号\t工作任务\t牵头单位\n1\t参加闽宁协作第27次联席会议\t市委办公厅\n', 'utf8'));
    const error = await FileHost.open('分工方案.txt', text, storage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'NOT_A_WORKBOOK', where: { path: '分工方案.txt' } });
  });
});
