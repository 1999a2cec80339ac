// The task pane's built bundle in the engine of Microsoft 365 on Windows before WebView2 (and of retail Office 2019 on
// Windows 10 1903 and later without it): EdgeHTML 18. No EdgeHTML runs here, so Debian's Chromium stands for it, with
// what EdgeHTML 18 lacks taken away before any of the pane's scripts run (each removal says what it is and when Edge
// got it: 79 is the first Chromium-based Edge). The syntax level is bundleSyntax.test.ts's; this is the library. The
// pane must render, take keyboard focus as Fluent UI handles it (its focus-visible code calls Event.composedPath on
// every focus a key moves), and report no page error.
import { PaneBrowser } from '../browser/paneSession';

jest.setTimeout(120_000);

/** Run before the page's own scripts: what EdgeHTML 18 (EdgeHTML 18.17763, Edge 44) does not have. */
const STRIP_TO_EDGE18 = `
(() => {
  const remove = (owner, names) => names.forEach((name) => { delete owner[name]; });
  // DOM: Event.composedPath (Edge 79: no shadow DOM before), ResizeObserver (79), queueMicrotask (79),
  // structuredClone (98). (globalThis, Edge 79, stays: the browser driver's own scripts need it; the pane's are
  // parsed at ES2017, which has no globalThis, by bundleSyntax.test.ts.)
  remove(Event.prototype, ['composedPath']);
  remove(window, ['ResizeObserver', 'ResizeObserverEntry', 'queueMicrotask', 'structuredClone']);
  // ES2019 and later library: Object.fromEntries, Array.prototype.flat and flatMap, String.prototype.trimStart and
  // trimEnd (79), matchAll (79), replaceAll (85), at (92), Object.hasOwn (93), Promise.allSettled (79) and any (85),
  // Array.prototype.findLast (109).
  remove(Object, ['fromEntries', 'hasOwn']);
  remove(Array.prototype, ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']);
  remove(String.prototype, ['trimStart', 'trimEnd', 'matchAll', 'replaceAll', 'at']);
  remove(Promise, ['allSettled', 'any']);
})();
`;

/**
 * What the stripped page lacks, noted by the init script before the pane's scripts run (they bring their polyfills):
 * each must be missing, or the stand-in is kinder than EdgeHTML 18.
 */
const EDGE18_LACKS = `[typeof Event.prototype.composedPath, typeof ResizeObserver, typeof queueMicrotask, typeof [].flat,
  typeof Promise.allSettled, typeof ''.matchAll, typeof Object.fromEntries].join()`;
const NOTE_LACKS = `window.edge18Lacks = ${EDGE18_LACKS};`;

let pane: PaneBrowser;
beforeAll(async () => {
  pane = await PaneBrowser.start();
});
afterAll(async () => {
  await pane?.close();
});

describe('the task pane in EdgeHTML 18', () => {
  it('renders, takes keyboard focus as Fluent UI shows it, and throws nothing', async () => {
    const session = await pane.open('zh-CN');
    try {
      // The first load was with every feature; from here on, each page starts stripped.
      await session.context.addInitScript({ content: STRIP_TO_EDGE18 + NOTE_LACKS });
      session.problems.length = 0;
      await session.page.reload();
      expect(await session.page.evaluate(() => (window as unknown as { edge18Lacks?: string }).edge18Lacks)).toBe(Array(7).fill('undefined').join());
      // The pane's polyfills (src/office/polyfills.ts) put back what its libraries call.
      expect(await session.page.evaluate(() => [typeof Event.prototype.composedPath, typeof Object.fromEntries].join())).toBe('function,function');
      // Outside Office the pane opens in file mode, with its button to open a workbook.
      const open = session.page.getByRole('button', { name: /打开工作簿/ });
      await open.waitFor();
      // A keyboard user tabs into the pane: Fluent marks the focused element for its focus ring.
      await session.page.locator('body').click({ position: { x: 1, y: 1 } });
      for (let i = 0; i < 12; i += 1) {
        await session.page.keyboard.press('Tab');
        if (await open.evaluate((element) => element === document.activeElement)) break;
      }
      expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
      await session.page.waitForFunction(() => document.activeElement?.hasAttribute('data-fui-focus-visible') === true);
      expect(session.problems).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});
