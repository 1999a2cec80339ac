// The real file-mode host and its worker's service over seeds/fuzhou-2023.xlsx, judged on 2023-11-20. It runs in Node
// (the adapter needs TextDecoder, which jest's jsdom environment lacks), with jsdom's real Storage standing for
// localStorage and the service run in-process standing for the Web Worker (inProcessWorker.ts).
import * as ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';
import { join } from 'path';
import { HostError, type CheckSettings } from '../../../src/core/host';
import { OWNED_SHEET_NAMES } from '../../../src/core/plan/ownership';
import { FileHost } from '../../../src/taskpane/fileMode/fileHost';
import { CommandCancelled, type RevealedCell } from '../../../src/taskpane/fileSession';
import { spawnInProcess } from './inProcessWorker';
import { withExtraParts } from '../../fixtures/workbooks/zipPackage';

const SEED = new Uint8Array(readFileSync(join(__dirname, '../../../seeds/fuzhou-2023.xlsx')));
const SETTINGS: CheckSettings = { planYear: null, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

async function sheetsOf(bytes: Uint8Array): Promise<{ names: string[]; defined: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { names: wb.worksheets.map((s) => s.name), defined: wb.definedNames.model.map((d) => d.name) };
}

let storage: Storage;
let workers: ReturnType<typeof spawnInProcess>;
beforeEach(() => {
  storage = new JSDOM('', { url: 'http://127.0.0.1/' }).window.localStorage;
  workers = spawnInProcess();
});

const open = (name: string, bytes: Uint8Array) => FileHost.open(name, bytes, storage, workers.spawn);

describe('FileHost over the seed workbook', () => {
  it('keeps every part of the file in the checked copy, one it knows nothing of included', async () => {
    // Stands for a chart Excel wrote: only that the package holds the part matters.
    const withChart = new Uint8Array(withExtraParts(Buffer.from(SEED), { 'xl/charts/chart1.xml': '<c:chartSpace/>' }));
    const host = await open('图表.xlsx', withChart);
    await host.validate(SETTINGS);
    expect(strFromU8(unzipSync(host.currentBytes())['xl/charts/chart1.xml']!)).toBe('<c:chartSpace/>');
  });

  it('lists the sheets that can hold the task table, and finds one on opening', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    expect(await host.sheetNames()).toEqual({ names: ['分工方案'], active: null });
    expect(host.noTable).toBeNull();
  });

  it('says on opening when no sheet holds a task table: the sheet most like one, its header cells, what is missing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本工作簿汇总各县（市）区上报材料']);
    const sheet = workbook.addWorksheet('汇总');
    sheet.addRow(['关于印发方案的通知']);
    sheet.addRow(['序号', '牵头单位', '完成时限']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const host = await open('汇总.xlsx', bytes);
    expect(host.noTable).toEqual({ sheet: '汇总', sheetsSearched: 2, header: { seen: ['序号', '牵头单位', '完成时限'], missing: ['task'] } });
  });

  it('validates: highlights and a findings sheet, the original bytes left alone', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
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
    const host = await open('fuzhou-2023.xlsx', SEED);
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
    const first = await open('fuzhou-2023.xlsx', SEED);
    await first.validate(SETTINGS);
    const reopened = await open('fuzhou-2023.checked.xlsx', first.currentBytes());
    expect(await reopened.sheetNames()).toEqual({ names: ['分工方案'], active: null });
    await reopened.clear();
    expect(await sheetsOf(reopened.currentBytes())).toEqual({ names: ['分工方案'], defined: [] });
  });

  it('reveals a row as the sheet shows it', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    const seen: RevealedCell[] = [];
    host.onReveal((cell) => seen.push(cell));
    await host.showCell('分工方案', 'C5');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.address).toBe('C5');
    expect(seen[0]?.cells.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(seen[0]?.cells[2]?.text).toBe('马尾区区委、政府 闽侯区委、政府 福清市区委、政府');
  });

  it('keeps settings per file name in localStorage', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    await host.saveSettings({ ...SETTINGS, planYear: 2023, sheet: '分工方案' });
    const again = await open('fuzhou-2023.xlsx', SEED);
    expect(await again.loadSettings()).toEqual({ ...SETTINGS, planYear: 2023, sheet: '分工方案' });
    const other = await open('other.xlsx', SEED);
    expect(await other.loadSettings()).toEqual({});
  });

  it('reads back only the valid settings of an edited or damaged entry', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
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
    const error = await open('分工方案.txt', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'NOT_A_WORKBOOK', where: { path: '分工方案.txt' } });
  });

  it('runs every command in one worker, which it starts on opening', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    await host.validate(SETTINGS);
    await host.showCell('分工方案', 'C5');
    await host.clear();
    expect(workers.started).toHaveLength(1);
    expect(workers.started[0]?.requests).toEqual(['open', 'check', 'row', 'clear']);
  });

  it('reports the engine\'s phases while it checks, ending at the whole', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    const seen: { phase: string; fraction: number }[] = [];
    await host.validate(SETTINGS, (p) => seen.push(p));
    expect(seen[0]?.phase).toBe('locate');
    expect(seen.at(-1)).toEqual({ phase: 'summaries', fraction: 1 });
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
  });

  it('cancels a check by ending its worker: nothing half-done is kept, and the next command runs in a new worker', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    await host.validate(SETTINGS);
    const checked = host.currentBytes();
    const worker = workers.started[0];
    if (!worker) throw new Error('no worker started');
    worker.beforeReply = (reply) => {
      if (reply.type === 'progress' && reply.progress.phase === 'units') host.cancel();
    };
    await expect(host.summarize(SETTINGS)).rejects.toBeInstanceOf(CommandCancelled);
    expect(worker.terminated).toBe(true);
    expect(host.currentBytes()).toBe(checked);
    expect((await sheetsOf(host.currentBytes())).defined).toEqual([OWNED_SHEET_NAMES.findings]);
    const result = await host.summarize(SETTINGS);
    expect(result.districts.length).toBeGreaterThan(0);
    expect(workers.started).toHaveLength(2);
  });

  it('fails every request with an unexpected error when the worker script cannot run', async () => {
    const host = await open('fuzhou-2023.xlsx', SEED);
    const worker = workers.started[0];
    if (!worker) throw new Error('no worker started');
    worker.beforeReply = () => {
      worker.terminate();
      worker.onerror?.(new Event('error'));
    };
    await expect(host.validate(SETTINGS)).rejects.toMatchObject({ name: 'HostError', code: 'UNEXPECTED' });
  });
});
