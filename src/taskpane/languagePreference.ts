// Outside Office the user picks the language with the switch; remember it for the next visit.
import type { Lang } from '../core/model';
import { langOfDisplayLanguage } from '../office/officeLang';

const KEY = 'taskcheck.lang';

export function preferredLang(storage: Storage | null, browserLanguage: string | undefined): Lang {
  const saved = storage?.getItem(KEY);
  return saved === 'zh-CN' || saved === 'en-US' ? saved : langOfDisplayLanguage(browserLanguage);
}

export function rememberLang(storage: Storage | null, lang: Lang): void {
  storage?.setItem(KEY, lang);
}
