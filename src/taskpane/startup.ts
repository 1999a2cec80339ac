// Decide where the pane runs. office.js may be missing (offline network, CDN blocked) or the page may be opened
// outside Office; either way the pane must come up in file mode rather than wait for an onReady that never comes.
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

const OFFICE_READY_TIMEOUT_MS = 8000;

export async function detectEnvironment(
  office: OfficeGlobal | undefined,
  browserLanguage: string | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<Environment> {
  const fileMode: Environment = { mode: 'file', lang: langOfDisplayLanguage(browserLanguage) };
  if (!office || typeof office.onReady !== 'function') return fileMode;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
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
