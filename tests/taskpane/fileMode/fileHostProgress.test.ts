// 生成报送表 and 合并报送 through the real file-mode host and its worker's service (run in-process, standing for the
// Web Worker) over the seed: the returns come as one archive and leave the workbook as it was; the merge replaces it
// with the merged copy, as a check does.
import { unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';
import { join } from 'path';
import type { CheckSettings } from '../../../src/core/host';
import { FileHost } from '../../../src/taskpane/fileMode/fileHost';
import { openWorkbookFile } from '../../../src/xlsx';
import { spawnInProcess } from './inProcessWorker';

const SEED = new Uint8Array(readFileSync(join(__dirname, '../../../seeds/fuzhou-2023.xlsx')));
const SETTINGS: CheckSettings = { planYear: null, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN', progressTolerance: 5 };

describe('FileHost’s progress commands', () => {
  it('writes the returns as one archive, and merges two of them back into the workbook', async () => {
    const storage = new JSDOM('', { url: 'http://127.0.0.1/' }).window.localStorage;
    const host = await FileHost.open('分工方案.xlsx', SEED, storage, spawnInProcess().spawn);
    const { archive, fileName, count } = await host.writeReturns(SETTINGS, '2023-11');
    expect([fileName, count]).toEqual(['2023-11 进展报送表.zip', 27]);
    expect(host.currentBytes()).toBe(SEED);
    const files = unzipSync(archive);
    const returns = ['马尾区', '市人社局'].map((unit) => ({ name: `2023-11 进展报送 ${unit}.xlsx`, bytes: files[`2023-11 进展报送 ${unit}.xlsx`]! }));

    const progress: number[] = [];
    const result = await host.mergeReturns(SETTINGS, '2023-11', returns, (p) => progress.push(p.fraction));
    expect(result.progress).toMatchObject({ period: '2023-11', tolerance: 5 });
    expect(result.progress?.merged).toHaveLength(result.tasks.length);
    expect(progress.length).toBeGreaterThan(0);
    // Titled as every tool sheet: the plan's name, then the sheet's.
    expect(openWorkbookFile(host.currentBytes()).sheetGrid('进展汇总')?.grid[0]).toEqual(['2023年闽宁协作福州市重点工作分方案 2023年11月重点任务进展汇总']);
  });
});
