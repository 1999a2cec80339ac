// Decide where the pane runs. office.js may be missing (offline network, CDN blocked) or the page may be opened
// outside Office; then office.js answers at once and the pane comes up in file mode. Inside Excel, office.js answers
// once Excel has loaded the add-in, which on a slow Excel on the web can take many seconds: the pane keeps waiting
// (never a timeout that would drop a user who is in Excel into file mode), says after a moment that it is waiting for
// Excel, and offers file mode as the user's own choice.
import type { Lang } from '../core/model';
import { langOfDisplayLanguage } from '../office/officeLang';
import type { OfficeThemeColors } from './theme';

export type Environment =
  | { readonly mode: 'office'; readonly lang: Lang; readonly theme: OfficeThemeColors | null }
  | { readonly mode: 'file'; readonly lang: Lang };

/** The slice of the office.js global the start-up reads (tests hand in a fake of this shape). */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  readonly context?: { readonly displayLanguage?: string; readonly officeTheme?: OfficeThemeColors | null };
}

/** `timeoutMs`: give up waiting for office.js after that long; by default the pane waits as long as Excel takes. */
export async function detectEnvironment(office: OfficeGlobal | undefined, browserLanguage: string | undefined, timeoutMs?: number): Promise<Environment> {
  const fileMode: Environment = { mode: 'file', lang: langOfDisplayLanguage(browserLanguage) };
  if (!office || typeof office.onReady !== 'function') return fileMode;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waits: Promise<{ host: unknown } | null>[] = [office.onReady().catch(() => null)];
  if (timeoutMs !== undefined) waits.push(new Promise((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))));
  try {
    const info = await Promise.race(waits);
    if (!info || String(info.host) !== 'Excel') return fileMode;
    return {
      mode: 'office',
      lang: langOfDisplayLanguage(office.context?.displayLanguage ?? browserLanguage),
      theme: office.context?.officeTheme ?? null,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** office.js as the pane sees it: its own onReady, or no Excel host the moment the user chooses file mode instead. */
export function officeOrFileMode(office: OfficeGlobal, fileModeChosen: Promise<void>): OfficeGlobal {
  return {
    onReady: () => Promise.race([office.onReady(), fileModeChosen.then(() => ({ host: null }))]),
    get context() {
      return office.context;
    },
  };
}

/** How long the pane waits quietly before it says it is waiting for Excel. */
export const WAITING_NOTICE_MS = 3000;

const WAITING_TEXTS: Readonly<Record<Lang, { readonly waiting: string; readonly useFile: string }>> = {
  'zh-CN': { waiting: '正在等待 Excel 响应……Excel 网页版较慢时可能需要一些时间。', useFile: '不等了，改为打开工作簿文件' },
  'en-US': { waiting: 'Waiting for Excel… Excel on the web can take a while.', useFile: 'Stop waiting and open a workbook file instead' },
};

/**
 * After WAITING_NOTICE_MS without an answer from office.js, shows in `container` that the pane is waiting for Excel,
 * with a button that chooses file mode; `settled` (the start-up decided) removes it. Resolves when the user chooses.
 */
export function waitingForExcel(container: HTMLElement, lang: Lang, settled: Promise<unknown>): Promise<void> {
  return new Promise<void>((choose) => {
    const doc = container.ownerDocument;
    let shown: HTMLElement | null = null;
    const timer = setTimeout(() => {
      const texts = WAITING_TEXTS[lang];
      shown = doc.createElement('div');
      shown.setAttribute('role', 'status');
      const text = doc.createElement('p');
      text.textContent = texts.waiting;
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = texts.useFile;
      button.addEventListener('click', () => choose());
      shown.append(text, button);
      container.append(shown);
    }, WAITING_NOTICE_MS);
    void settled.finally(() => {
      clearTimeout(timer);
      shown?.remove();
    });
  });
}
