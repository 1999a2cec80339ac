// The tool's highlight rules as conditional formats: written over the plan's ranges, recognised by the marker in
// their formula, removed without disturbing the user's own rules.
import type * as ExcelJS from 'exceljs';
import { HIGHLIGHT_COLORS, highlightFormula, type HighlightRule, isOwnedHighlightFormula } from '../core';
import { conditionalFormatsOf, setConditionalFormats, type ConditionalFormattingBlock } from './excelTypes';

function isOwnedRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  if (rule.type !== 'expression') return false;
  const formulae: unknown[] = rule.formulae ?? [];
  return formulae.some((f) => isOwnedHighlightFormula(typeof f === 'string' ? f : null));
}

/** Drops the tool's rules from a sheet; the user's blocks and rules stay as they were, in their order. */
export function removeOwnedHighlights(sheet: ExcelJS.Worksheet): void {
  let removed = false;
  const kept: ConditionalFormattingBlock[] = [];
  for (const block of conditionalFormatsOf(sheet)) {
    const rules = block.rules.filter((rule) => !isOwnedRule(rule));
    if (rules.length === block.rules.length) kept.push(block);
    else {
      removed = true;
      if (rules.length > 0) kept.push({ ...block, rules });
    }
  }
  if (removed) setConditionalFormats(sheet, kept);
}

function toBlock(rule: HighlightRule, priority: number): ConditionalFormattingBlock {
  const colors = HIGHLIGHT_COLORS[rule.style];
  return {
    ref: rule.ranges.join(' '),
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [highlightFormula(rule.style)],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${colors.fill}` } },
          font: { color: { argb: `FF${colors.font}` } },
        },
      },
    ],
  };
}

/** Replaces the tool's earlier rules with the plan's; the user's rules keep priority over the tool's. */
export function applyHighlights(sheet: ExcelJS.Worksheet, rules: readonly HighlightRule[]): void {
  removeOwnedHighlights(sheet);
  const blocks = conditionalFormatsOf(sheet);
  let priority = blocks.reduce((max, block) => Math.max(max, ...block.rules.map((r) => r.priority ?? 0)), 0);
  for (const rule of rules) {
    if (rule.ranges.length === 0) continue;
    priority += 1;
    blocks.push(toBlock(rule, priority));
  }
}
