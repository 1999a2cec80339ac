// The workbook's 单位名录 sheet is the user's own data too: a row the registry could not take (no name, no category,
// a name given twice) is said, or staff would wonder why their unit is still unknown.
import type { RegistryProblem } from '../units/registrySheet';
import { draft, type FindingDraft } from './findingFacts';

export function registrySheetFindings(problems: readonly RegistryProblem[]): FindingDraft[] {
  return problems.map((p) =>
    draft('REGISTRY_SHEET_PROBLEM', { row: null, column: null, taskNo: null, unit: null, facts: { sheetRow: p.row, problem: p.message } }),
  );
}
