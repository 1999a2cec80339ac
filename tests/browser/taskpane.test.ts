// The production bundle in Chromium, outside Office and offline: the pane must fall back to file mode, check the
// seed workbook (seeds/fuzhou-2023.xlsx) and hand back a checked copy, in both languages, without reaching any host
// but its own server.
import * as ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { OwnedSheetKey } from '../../src/core/model';
import { OWNED_SHEET_NAMES } from '../../src/core/plan/ownership';
import { makeTempDir } from '../fixtures/workbooks/workbookFiles';
import { OFFICE_JS, PaneBrowser, ROOT, seriousAxeViolations } from './paneSession';

const SEED = join(ROOT, 'seeds', 'fuzhou-2023.xlsx');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const AS_OF = '2023-11-20';

jest.setTimeout(180_000);

let pane: PaneBrowser;
beforeAll(async () => {
  pane = await PaneBrowser.start();
});
afterAll(async () => {
  await pane?.close();
});

/** The tool's sheet of that key in a downloaded workbook, found the way the tool finds it: by its defined name. */
function ownedSheet(workbook: ExcelJS.Workbook, key: OwnedSheetKey): ExcelJS.Worksheet | undefined {
  const entry = workbook.definedNames.model.find((d) => d.name === OWNED_SHEET_NAMES[key]);
  const range = entry?.ranges[0];
  if (!range) return undefined;
  const sheet = range.slice(0, range.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return workbook.getWorksheet(sheet);
}

function columnTexts(sheet: ExcelJS.Worksheet | undefined, column: number): string[] {
  const out: string[] = [];
  sheet?.eachRow((row) => out.push(row.getCell(column).text));
  return out;
}

function allTexts(sheet: ExcelJS.Worksheet | undefined): string {
  const out: string[] = [];
  sheet?.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
  return out.join('\n');
}

interface Labels {
  readonly open: string;
  readonly validate: string;
  readonly summarize: string;
  readonly clear: string;
  readonly download: string;
  readonly outside: RegExp;
  readonly asOf: string;
  readonly results: string;
  readonly opened: RegExp;
  readonly summarized: string;
  readonly details: string;
}

const ZH: Labels = {
  open: '打开工作簿',
  validate: '校验表格',
  summarize: '生成区县汇总表',
  clear: '清除标记',
  download: '下载校验结果',
  outside: /在 Excel 之外运行/,
  asOf: '校验基准日',
  results: '校验结果',
  opened: /已打开 fuzhou-2023\.xlsx/,
  summarized: '已生成区县汇总表和单位任务清单。',
  details: '单元格详情',
};

const EN: Labels = {
  open: 'Open workbook',
  validate: 'Validate table',
  summarize: 'Generate district summary',
  clear: 'Clear marks',
  download: 'Download checked workbook',
  outside: /running outside Excel/,
  asOf: 'As-of date',
  results: 'Results',
  opened: /fuzhou-2023\.xlsx is open/,
  summarized: 'District summary and unit task list written.',
  details: 'Cell details',
};

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function openSeed(page: Page, labels: Labels): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button(page, labels.open).click();
  await (await chooser).setFiles(SEED);
  await page.getByText(labels.opened).waitFor();
  await page.getByLabel(labels.asOf).fill(AS_OF);
}

async function downloadChecked(page: Page, labels: Labels): Promise<{ name: string; workbook: ExcelJS.Workbook }> {
  const download = page.waitForEvent('download');
  await button(page, labels.download).click();
  const file = await download;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  return { name: file.suggestedFilename(), workbook };
}

describe.each([
  ['zh-CN', ZH],
  ['en-US', EN],
])('task pane bundle in Chromium, offline, %s', (locale, labels) => {
  it('falls back to file mode, checks the seed workbook and downloads the checked copy', async () => {
    const { page, context, external, local, problems } = await pane.open(locale);
    try {
      await page.getByText(labels.outside).waitFor();
      for (const name of [labels.open, labels.validate, labels.summarize, labels.clear, labels.download]) {
        await expect(button(page, name).count()).resolves.toBe(1);
      }
      // The workbook file adapter stays out of the first load; it arrives with the first file.
      expect(local.filter((p) => /filemode/.test(p))).toEqual([]);
      await openSeed(page, labels);
      expect(local.some((p) => /\/filemode\.[0-9a-f]+\.js$/.test(p))).toBe(true);

      await button(page, labels.validate).click();
      await page.getByRole('heading', { name: labels.results }).waitFor();
      const findings = page.getByRole('list').filter({ has: page.getByRole('button', { name: /闽侯区委/ }) });
      await expect(findings.first().isVisible()).resolves.toBe(true);
      // The buttons fade back from their busy state; the artifact should show the pane at rest.
      await page.waitForFunction(() => [...document.querySelectorAll('button')].every((b) => !b.disabled));
      await page.waitForTimeout(400);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-validated-${locale}.png`) });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: /闽侯区委/ }).first().click();
      const details = page.getByRole('region', { name: labels.details });
      await details.getByText(/^分工方案!C5$/).waitFor();
      await expect(details.getByText('马尾区区委、政府 闽侯区委、政府 福清市区委、政府').count()).resolves.toBe(1);

      await button(page, labels.summarize).click();
      await page.getByText(labels.summarized).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      const { name, workbook } = await downloadChecked(page, labels);
      expect(name).toBe('fuzhou-2023.checked.xlsx');
      const task = workbook.getWorksheet('分工方案');
      expect(task?.getCell('C5').text).toBe('马尾区区委、政府 闽侯区委、政府 福清市区委、政府');
      expect(allTexts(ownedSheet(workbook, 'findings'))).toContain('闽侯区委');
      expect(columnTexts(ownedSheet(workbook, 'districts'), 1)).toEqual(expect.arrayContaining(['马尾区', '闽侯县', '福清市']));
      expect(ownedSheet(workbook, 'unitTasks')).toBeDefined();

      await button(page, labels.clear).click();
      await page.getByRole('heading', { name: labels.results }).waitFor({ state: 'detached' });
      const cleared = await downloadChecked(page, labels);
      expect(cleared.workbook.worksheets.map((s) => s.name)).toEqual(['分工方案']);
      expect(cleared.workbook.definedNames.model).toEqual([]);

      expect(external.length).toBeGreaterThan(0);
      expect(external.filter((url) => url !== OFFICE_JS)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('hostile cell text in the production bundle', () => {
  it('shows markup and formulas from cells as text and runs none of it', async () => {
    const img = '<img src=x onerror=alert(1)>';
    const seed = new ExcelJS.Workbook();
    await seed.xlsx.readFile(SEED);
    const sheet = seed.getWorksheet('分工方案');
    if (!sheet) throw new Error('seed workbook lost its 分工方案 sheet');
    sheet.getCell('D4').value = `市乡村振兴局 ${img}`;
    sheet.getCell('D6').value = { formula: 'HYPERLINK("http://evil.example/","市乡村振兴局")', result: '市乡村振兴局' };
    const file = join(makeTempDir('pane-'), 'hostile.xlsx');
    await seed.xlsx.writeFile(file);

    const { page, context, external, problems } = await pane.open('zh-CN');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const chooser = page.waitForEvent('filechooser');
      await button(page, ZH.open).click();
      await (await chooser).setFiles(file);
      await page.getByText('已打开 hostile.xlsx，可以开始校验。').waitFor();
      await page.getByLabel(ZH.asOf).fill(AS_OF);
      await button(page, ZH.validate).click();
      await page.getByRole('heading', { name: ZH.results }).waitFor();
      // The unit parser splits the cell at spaces, so the finding quotes a piece of the markup.
      const finding = page.getByRole('button', { name: /<img/ }).first();
      await finding.click();
      await page.getByRole('region', { name: ZH.details }).getByText(`市乡村振兴局 ${img}`).waitFor();
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('a[href*="evil"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(external.filter((url) => url !== OFFICE_JS)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
