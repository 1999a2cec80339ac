// How the tool recognises what it wrote, in any host: its sheets carry a workbook-level defined name (which follows a
// sheet through renames), and its conditional-format rules carry a marker inside their formula. Nothing the user
// wrote can carry these by accident, so a rerun or a clear touches only the tool's own things.
import type { HighlightStyle, OwnedSheetKey } from '../model';

export const OWNED_SHEET_NAMES: Readonly<Record<OwnedSheetKey, string>> = {
  findings: 'TaskCheck.Findings',
  districts: 'TaskCheck.Districts',
  unitTasks: 'TaskCheck.UnitTasks',
  progress: 'TaskCheck.Progress',
  unitProgress: 'TaskCheck.UnitProgress',
};

/**
 * The hidden lists of marks Excel's highlights look rows up in where a style is too scattered for a rule per
 * rectangle (ExcelApi 1.7, src/office/marksSheet.ts). Two names, so that a rerun's new list and the old one can
 * stand side by side until the new rules are in; every host removes them with the rules that use them.
 */
export const MARKS_DEFINED_NAMES = ['TaskCheck.Marks', 'TaskCheck.Marks.2'] as const;

/** The workbook name a unit's return carries: its period and unit (`2023-11|市人社局`), quoted as a text formula. */
export const RETURN_IDENTITY_NAME = 'TaskCheck.Return';

const MARKER_PREFIX = 'TaskCheck:';

/** The rule's formula (without a leading '='): always true, and names its owner and style. */
export function highlightFormula(style: HighlightStyle): string {
  return `N("${MARKER_PREFIX}${style}")=0`;
}

/** True when a conditional-format formula (with or without '=') is one the tool wrote. */
export function isOwnedHighlightFormula(formula: string | undefined | null): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARKER_PREFIX}`);
}

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text" presets, and the lights' colours. */
export const HIGHLIGHT_COLORS: Readonly<Record<HighlightStyle, { readonly fill: string; readonly font: string }>> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  // The lights 绿 and 已完成: Excel's "green fill with dark green text", and a grey for what is closed off (销号).
  good: { fill: 'C6EFCE', font: '006100' },
  closed: { fill: 'EDEDED', font: '595959' },
};
