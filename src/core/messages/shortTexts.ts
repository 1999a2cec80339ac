// The few texts a host shows before any check, in every language: its errors and the words of the settings. The task
// pane's first script takes them from here, without the findings' sentences and the sheets' words (messagesFor),
// which arrive with the engine.
import type { HostError } from '../host';
import type { Lang } from '../model';
import type { Messages } from './catalog';
import { EN_HOST_ERRORS, EN_TERMS } from './enUSHost';
import { ZH_HOST_ERRORS, ZH_TERMS } from './zhCNHost';

export const TERMS: Readonly<Record<Lang, Messages['terms']>> = { 'zh-CN': ZH_TERMS, 'en-US': EN_TERMS };

const HOST_ERRORS: Readonly<Record<Lang, Messages['hostErrors']>> = { 'zh-CN': ZH_HOST_ERRORS, 'en-US': EN_HOST_ERRORS };

/** Joins the parts of a heading or a settings line: 单位写法不规范 · 27 种写法 · 127 处. */
export const HEADING_SEPARATOR = ' · ';

/** The sentence the CLI and the task pane show for a host error. */
export function hostErrorText(error: Pick<HostError, 'code' | 'where'>, lang: Lang): string {
  return HOST_ERRORS[lang][error.code](error.where);
}
