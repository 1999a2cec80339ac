// The few texts a host shows before any check, in every language: its errors and the words of the settings. The task
// pane's first script takes them from here, without the findings' sentences and the sheets' words (messagesFor),
// which arrive with the engine.
import type { HostError } from '../host';
import type { Lang } from '../model';
import type { Messages } from './catalog';
import { EN_HOST_ERRORS, EN_TERMS, enWriteStopped } from './enUSHost';
import { ZH_HOST_ERRORS, ZH_TERMS, zhWriteStopped } from './zhCNHost';

export const TERMS: Readonly<Record<Lang, Messages['terms']>> = { 'zh-CN': ZH_TERMS, 'en-US': EN_TERMS };

const HOST_ERRORS: Readonly<Record<Lang, Messages['hostErrors']>> = { 'zh-CN': ZH_HOST_ERRORS, 'en-US': EN_HOST_ERRORS };

/** Joins the parts of a heading or a settings line: 单位写法不规范 · 27 种写法 · 127 处. */
export const HEADING_SEPARATOR = ' · ';

const WRITE_STOPPED = { 'zh-CN': zhWriteStopped, 'en-US': enWriteStopped } as const;

/**
 * The sentence the CLI and the task pane show for a host error, and what became of a write it stopped half way
 * (COMMAND_TOO_SLOW already says that nothing was written, which a write taken back whole keeps true).
 */
export function hostErrorText(error: Pick<HostError, 'code' | 'where'>, lang: Lang): string {
  const text = HOST_ERRORS[lang][error.code](error.where);
  const write = error.where.write;
  if (!write || (error.code === 'COMMAND_TOO_SLOW' && write.undone && write.removed.length === 0)) return text;
  return `${text}${WRITE_STOPPED[lang](write)}`;
}
