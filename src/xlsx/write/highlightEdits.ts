// The tool's highlight rules in a worksheet part: its earlier rules found by the marker in their formula (in the
// sheet's own conditional formats and in Office 2010's x14 extension alike) and cut out, the new ones inserted where
// CT_Worksheet orders conditional formats (after the user's, before data validations, hyperlinks, print setup,
// drawings, tables and extensions), with priorities above every rule the user has.
import { HIGHLIGHT_COLORS, highlightFormula, isOwnedHighlightFormula, type HighlightRule, type HighlightStyle } from '../../core';
import { escapeAttribute, escapeText } from '../xml/escapeXml';
import { SPREADSHEET_2009 } from '../xml/namespaces';
import type { OutlineNode } from '../xml/outline';
import { insertAt, remove, type ByteEdit } from './byteEdits';
import { insertionPoint, qualifier } from './partMarkup';
import type { StyleBook } from './styleBook';

/** What comes before conditionalFormatting in CT_Worksheet, conditionalFormatting itself included. */
const BEFORE_CONDITIONAL_FORMATS = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
];

/** The marker-carrying formula of a rule (`formula` in the sheet's rules, `xm:f` in x14 rules). */
function isOwnedRule(rule: OutlineNode): boolean {
  return rule.children.some((child) => (child.local === 'formula' || child.local === 'f') && isOwnedHighlightFormula(child.text));
}

function descendants(node: OutlineNode, visit: (node: OutlineNode) => void): void {
  for (const child of node.children) {
    visit(child);
    descendants(child, visit);
  }
}

interface RuleCut {
  readonly edits: ByteEdit[];
  /** The highest priority among the rules that stay. */
  readonly maxPriority: number;
}

/** Cuts the tool's rules out: a block left without rules goes whole. */
function cutOwnedRules(root: OutlineNode, mainUri: string): RuleCut {
  const edits: ByteEdit[] = [];
  let maxPriority = 0;
  const blocks: OutlineNode[] = [];
  for (const child of root.children) if (child.uri === mainUri && child.local === 'conditionalFormatting') blocks.push(child);
  descendants(root, (node) => {
    if (node.uri === SPREADSHEET_2009 && node.local === 'conditionalFormatting') blocks.push(node);
  });
  for (const block of blocks) {
    const rules = block.children.filter((child) => child.local === 'cfRule');
    const owned = rules.filter(isOwnedRule);
    for (const rule of rules) if (!owned.includes(rule)) maxPriority = Math.max(maxPriority, Number(rule.attributes.priority ?? 0) || 0);
    if (owned.length === 0) continue;
    if (owned.length === rules.length) edits.push(remove(block.start, block.end));
    else for (const rule of owned) edits.push(remove(rule.start, rule.end));
  }
  return { edits, maxPriority };
}

export function removeHighlightEdits(root: OutlineNode, mainUri: string): ByteEdit[] {
  return cutOwnedRules(root, mainUri).edits;
}

/** Replaces the tool's rules with the plan's: one block per style, over the plan's ranges. */
export function replaceHighlightEdits(root: OutlineNode, mainUri: string, rules: readonly HighlightRule[], styles: StyleBook | null): ByteEdit[] {
  const { edits, maxPriority } = cutOwnedRules(root, mainUri);
  const q = qualifier(root);
  let priority = maxPriority;
  const blocks = rules
    .filter((rule) => rule.ranges.length > 0)
    .map((rule) => {
      priority += 1;
      return highlightBlock(q, rule.style, rule.ranges, priority, styles?.dxf(HIGHLIGHT_COLORS[rule.style]) ?? null);
    });
  if (blocks.length > 0) edits.push(insertAt(insertionPoint(root, mainUri, BEFORE_CONDITIONAL_FORMATS), blocks.join('')));
  return edits;
}

/** One rule of the tool's as a conditionalFormatting block (the task sheet's highlights, a tool sheet's lights). */
export function highlightBlock(q: (local: string) => string, style: HighlightStyle, ranges: readonly string[], priority: number, dxfId: number | null): string {
  const dxf = dxfId === null ? '' : ` dxfId="${dxfId}"`;
  return (
    `<${q('conditionalFormatting')} sqref="${escapeAttribute(ranges.join(' '))}">` +
    `<${q('cfRule')} type="expression"${dxf} priority="${priority}"><${q('formula')}>${escapeText(highlightFormula(style))}</${q('formula')}></${q('cfRule')}>` +
    `</${q('conditionalFormatting')}>`
  );
}
