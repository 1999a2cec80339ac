// The generated sheets' default names in every language, so that a sheet the tool wrote is never taken for a task
// table, whichever language wrote it.
import type { Lang, OwnedSheetKey } from '../model';
import { MESSAGES } from './messagesFor';

/** A name made unique by planWorkbookOutput carries a " (2)" style suffix. */
const UNIQUE_SUFFIX = / \(\d+\)$/;

export function isGeneratedSheetName(name: string): boolean {
  const base = name.replace(UNIQUE_SUFFIX, '');
  return (Object.keys(MESSAGES) as Lang[]).some((lang) => Object.values(MESSAGES[lang].sheetNames).includes(base));
}

export function defaultSheetName(key: OwnedSheetKey, lang: Lang): string {
  return MESSAGES[lang].sheetNames[key];
}
