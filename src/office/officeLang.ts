// The add-in speaks English where Office does, Chinese everywhere else (the tables it checks are Chinese).
import type { Lang } from '../core';

export function langOfDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
