// The task pane's own figures, in Debian's Chromium on the production bundle (the browser tests' session: offline,
// file mode): 校验表格 on a table, timed by the pane's User Timing marks (src/taskpane/paneTiming.ts) from the click
// to the first frame that shows results, and from the worker's answer to that frame (the pane's own share); then the
// elements in the page and the page's JS heap after a garbage collection (the worker's heap is its own).
import { PaneBrowser } from '../tests/browser/paneSession';
import { median } from './median';

export interface PaneFigures {
  readonly runs: number;
  readonly findings: number;
  /** Click on 校验表格 to the first painted frame of results: reading, engine and writing in the worker included. */
  readonly clickToFirstScreenMs: number;
  /** The worker's answer arriving to that frame: what the pane itself adds after the engine has ended. */
  readonly resultToFirstScreenMs: number;
  readonly domElements: number;
  readonly jsHeapUsedBytes: number;
}

const AS_OF_LABEL = '截至日期';

async function marks(page: import('playwright-core').Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
}

export async function paneFigures(workbookFile: string, asOf: string, runs: number): Promise<PaneFigures> {
  const pane = await PaneBrowser.start();
  try {
    const { page, context } = await pane.open('zh-CN', { width: 350, height: 900 });
    try {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '打开工作簿', exact: true }).click();
      await (await chooser).setFiles(workbookFile);
      await page.getByText(/可以开始校验/).waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: /截至/ }).click();
      await page.getByLabel(AS_OF_LABEL).fill(asOf);
      const clickToScreen: number[] = [];
      const resultToScreen: number[] = [];
      let findings = 0;
      for (let run = 0; run < runs; run += 1) {
        await page.evaluate(() => performance.clearMarks());
        await page.getByRole('button', { name: '校验表格', exact: true }).click();
        await page.waitForFunction(() => performance.getEntriesByName('taskcheck:painted').length > 0, undefined, { timeout: 300_000 });
        const m = await marks(page);
        const [start, result, painted] = [m['taskcheck:run'], m['taskcheck:result'], m['taskcheck:painted']];
        if (start === undefined || result === undefined || painted === undefined) throw new Error(`the pane set no timing marks: ${JSON.stringify(m)}`);
        clickToScreen.push(painted - start);
        resultToScreen.push(painted - result);
        findings = Number((await page.getByText(/^校验完成：发现 [\d,]+ 个问题。$/).textContent())?.replace(/\D/g, ''));
        await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
      return { runs, findings, clickToFirstScreenMs: median(clickToScreen), resultToFirstScreenMs: median(resultToScreen), domElements, jsHeapUsedBytes: heap };
    } finally {
      await context.close();
    }
  } finally {
    await pane.close();
  }
}
