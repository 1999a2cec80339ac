// Which language to speak when --lang is not given: English only when the environment asks for it.
import type { Lang } from '../core';

export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
