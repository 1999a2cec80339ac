// Looking texts up by language.
import type { HostError } from '../host';
import type { Lang } from '../model';
import type { Messages } from './catalog';
import { EN_US } from './enUS';
import { hostErrorText } from './shortTexts';
import { ZH_CN } from './zhCN';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

export const DEFAULT_LANG: Lang = 'zh-CN';

export function messagesFor(lang: Lang = DEFAULT_LANG): Messages {
  return MESSAGES[lang];
}

/** The sentence the CLI and the task pane show for a host error. */
export function hostErrorMessage(error: Pick<HostError, 'code' | 'where'>, lang: Lang = DEFAULT_LANG): string {
  return hostErrorText(error, lang);
}
