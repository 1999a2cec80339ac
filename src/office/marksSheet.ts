// The hidden sheet of the tool's that lists the marks of styles too scattered for a rule per rectangle (ExcelApi 1.7,
// highlightAreas.ts). Found again by a workbook-level defined name, like the tool's other sheets. A rerun adds the new
// list beside the old one and deletes the old once the new rules are in place, so the two names take turns.
import { MARKS_DEFINED_NAMES, type Lang } from '../core';
import type { MarksSheet } from './writeHighlights';

const MARKS_SHEET_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '校验标记', 'en-US': 'Check marks' };

/** The tool's marks sheets as the workbook's defined names point at them (current names). */
export interface OwnedMarks {
  readonly definedName: string;
  readonly sheet: string;
}

/** The marks sheet a run would add: a defined name no existing marks sheet holds, and a sheet name not taken. */
export function nextMarksSheet(lang: Lang, existing: readonly OwnedMarks[], sheetNames: readonly string[], staleNames: readonly string[]): MarksSheet {
  const definedName = MARKS_DEFINED_NAMES.find((name) => !existing.some((marks) => marks.definedName === name)) ?? MARKS_DEFINED_NAMES[0];
  const taken = new Set(sheetNames.map((name) => name.toLowerCase()));
  const base = MARKS_SHEET_NAMES[lang];
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  return { name, definedName, staleName: staleNames.includes(definedName) };
}
