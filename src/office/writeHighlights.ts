// The tool's highlight rules on the task sheet, as custom conditional formats. The user's own cell formats are never
// touched: a clear or a rerun only deletes rules that carry the tool's marker, by the ids loaded with them.
//
// Where ExcelApi 1.9 is supported, one rule covers many ranges at once (RangeAreas, worksheet.getRanges): a handful of
// rules per style even for thousands of marked cells. Office 2019 (volume licence) stops at ExcelApi 1.7, where a rule
// applies to one range (Range.conditionalFormats, ExcelApi 1.6): there each contiguous run of marked cells (E5:E9)
// gets its own rule. Rules stay on the cells they mark when the user inserts or deletes rows, unlike one rule over the
// whole table reading marks from a hidden sheet of the tool's, which would point at the wrong rows after the first
// inserted row (docs/decisions.md).
import { HIGHLIGHT_COLORS, highlightFormula, type HighlightRule } from '../core';
import type { XlConditionalFormatCollection, XlWorksheet } from './excelTypes';
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

/** Deletes the sheet's rules of these ids (loaded with them, see readWorkbook.ts). */
export async function deleteOwnedRules(batcher: RequestBatcher, sheet: XlWorksheet, ruleIds: readonly string[]): Promise<void> {
  if (ruleIds.length === 0) return;
  await batcher.add(ruleIds.length * 2 * CALL_OVERHEAD_BYTES, () => {
    const rules = sheet.getRange().conditionalFormats;
    for (const id of ruleIds) rules.getItem(id).delete();
  });
}

/**
 * Adds the plan's rules after the user's `userRuleCount` rules, so the user's rules keep precedence. `rangeAreas`:
 * whether ExcelApi 1.9 is there (one rule over many ranges), else one rule per range.
 */
export async function addHighlightRules(
  batcher: RequestBatcher,
  sheet: XlWorksheet,
  rules: readonly HighlightRule[],
  userRuleCount: number,
  rangeAreas: boolean,
): Promise<void> {
  const formatsOf = (addresses: string): XlConditionalFormatCollection =>
    rangeAreas ? sheet.getRanges(addresses).conditionalFormats : sheet.getRange(addresses).conditionalFormats;
  let priority = userRuleCount;
  for (const rule of rules) {
    const colors = HIGHLIGHT_COLORS[rule.style];
    const formula = `=${highlightFormula(rule.style)}`;
    for (const addresses of rangeAreas ? addressLists(rule.ranges) : rule.ranges) {
      const rulePriority = priority;
      priority += 1;
      await batcher.add(6 * CALL_OVERHEAD_BYTES + jsonBytes(addresses) + jsonBytes(formula), () => {
        const format = formatsOf(addresses).add('Custom');
        format.custom.rule.formula = formula;
        format.custom.format.fill.color = `#${colors.fill}`;
        format.custom.format.font.color = `#${colors.font}`;
        format.priority = rulePriority;
      });
    }
  }
}
