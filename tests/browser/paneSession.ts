// Runs the production build of the task pane in Debian's Chromium, offline: every request that is not to the local
// server is aborted, which is what the pane meets on a network that cannot reach the office.js CDN.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveDist, type DistServer } from '../../scripts/serve-dist';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` before the browser tests (npm test does).');
  }
}

export interface PaneSession {
  readonly page: Page;
  /** URLs the page tried to reach beyond the local server (all aborted). */
  readonly external: string[];
  /** Paths requested from the local server, in order. */
  readonly local: string[];
  /** Console messages about Content-Security-Policy violations and uncaught page errors. */
  readonly problems: string[];
}

export class PaneBrowser {
  private constructor(
    private readonly browser: Browser,
    readonly server: DistServer,
  ) {}

  static async start(): Promise<PaneBrowser> {
    assertBuilt();
    const server = await serveDist({ root: DIST, port: 0 });
    try {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
      return new PaneBrowser(browser, server);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /** A new page on the pane; 320 px is the narrowest a task pane gets in Excel. */
  async open(locale: string, viewport: { width: number; height: number } = { width: 420, height: 900 }): Promise<PaneSession & { context: BrowserContext }> {
    const context = await this.browser.newContext({ locale, acceptDownloads: true, viewport });
    const origin = this.server.url.replace(/\/$/, '');
    const external: string[] = [];
    const local: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`)) {
        local.push(url.slice(origin.length));
        return route.continue();
      }
      external.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${this.server.url}taskpane.html`);
    return { context, page, external, local, problems };
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}

const AXE_SOURCE = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it stands, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Colours are judged once Fluent's transitions (a button leaving its busy look) have ended: mid-fade they fail
  // contrast however the pane is styled, and whether axe lands mid-fade depends on how long the check took.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not stand in the way.
  await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
