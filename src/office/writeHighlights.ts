// The tool's highlight rules on the task sheet, as custom conditional formats over RangeAreas (ExcelApi 1.9). The
// user's own cell formats are never touched: a clear or a rerun only deletes rules that carry the tool's marker.
import { HIGHLIGHT_COLORS, highlightFormula, type HighlightRule } from '../core';
import type { XlConditionalFormat, XlWorksheet } from './excelTypes';
import { CALL_OVERHEAD_BYTES, jsonBytes, type RequestBatcher } from './requestBatcher';

/**
 * Longest address list given to one rule. Excel caps a reference list (like a formula) well below what a table with
 * thousands of marked cells needs, so a long list becomes several rules of the same style, all carrying the marker.
 */
const MAX_AREAS_ADDRESS_LENGTH = 2000;

/** Splits A1 ranges into comma-joined address lists no longer than `maxLength` (a single longer range stays whole). */
export function addressLists(ranges: readonly string[], maxLength = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const lists: string[] = [];
  let current = '';
  for (const range of ranges) {
    if (current !== '' && current.length + 1 + range.length > maxLength) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? range : `${current},${range}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}

export async function deleteOwnedRules(batcher: RequestBatcher, rules: readonly XlConditionalFormat[]): Promise<void> {
  if (rules.length === 0) return;
  await batcher.add(rules.length * CALL_OVERHEAD_BYTES, () => {
    for (const rule of rules) rule.delete();
  });
}

/** Adds the plan's rules after the user's `userRuleCount` rules, so the user's rules keep precedence. */
export async function addHighlightRules(
  batcher: RequestBatcher,
  sheet: XlWorksheet,
  rules: readonly HighlightRule[],
  userRuleCount: number,
): Promise<void> {
  let priority = userRuleCount;
  for (const rule of rules) {
    const colors = HIGHLIGHT_COLORS[rule.style];
    const formula = `=${highlightFormula(rule.style)}`;
    for (const addresses of addressLists(rule.ranges)) {
      const rulePriority = priority;
      priority += 1;
      await batcher.add(6 * CALL_OVERHEAD_BYTES + jsonBytes(addresses) + jsonBytes(formula), () => {
        const format = sheet.getRanges(addresses).conditionalFormats.add('Custom');
        format.custom.rule.formula = formula;
        format.custom.format.fill.color = `#${colors.fill}`;
        format.custom.format.font.color = `#${colors.font}`;
        format.priority = rulePriority;
      });
    }
  }
}
