// The tool's highlight rules on the task sheet, as custom conditional formats. The user's own cell formats are never
// touched: a clear or a rerun only deletes rules that carry the tool's marker, by the ids loaded with them.
//
// Where ExcelApi 1.9 is supported, one rule covers many ranges at once (RangeAreas, worksheet.getRanges): a handful of
// rules per style even for thousands of marked cells. Office 2019 (volume licence) stops at ExcelApi 1.7, where a rule
// applies to one range (Range.conditionalFormats, ExcelApi 1.6): there marked cells are joined into rectangles, a rule
// each, and a style scattered over more rectangles than Excel desktop should carry is listed on a hidden sheet of the
// tool's, one rule per column (highlightAreas.ts).
import { HIGHLIGHT_COLORS, columnLetter, highlightFormula, quoteSheetName, type HighlightRule, type HighlightStyle } from '../core';
import type { XlConditionalFormatCollection, XlContext, XlWorksheet } from './excelTypes';
import { rectangleAddress, styleAreas, type ListedColumn } from './highlightAreas';
import { CALL_OVERHEAD_BYTES, jsonBytes, type RequestBatcher } from './requestBatcher';

/**
 * Longest address list given to one rule. Excel caps a reference list (like a formula) well below what a table with
 * thousands of marked cells needs, so a long list becomes several rules of the same style, all carrying the marker.
 */
const MAX_AREAS_ADDRESS_LENGTH = 2000;

/** Rows of marks per write call, as the tool's other sheets are written in blocks. */
const MARK_BLOCK_ROWS = 5000;

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
export function queueRuleDeletes(sheet: XlWorksheet, ruleIds: readonly string[]): void {
  if (ruleIds.length === 0) return;
  const rules = sheet.getRange().conditionalFormats;
  for (const id of ruleIds) rules.getItem(id).delete();
}

/** The hidden sheet that holds the marks of listed styles, and the defined name it is found by again. */
export interface MarksSheet {
  readonly name: string;
  readonly definedName: string;
  /** The defined name is left from a marks sheet the user deleted (#REF!): it goes before it is added again. */
  readonly staleName: boolean;
}

/** Where the rules go: the task sheet (taken by name), how many rules the user has there, what the host can do. */
export interface HighlightTarget {
  readonly sheet: XlWorksheet;
  readonly sheetName: string;
  readonly userRuleCount: number;
  /** ExcelApi 1.9: one rule over many ranges. */
  readonly rangeAreas: boolean;
  /** The marks sheet to add should a style need listing (below 1.9 only). */
  readonly marksSheet: MarksSheet;
}

/** A listed column's rule: the marker, and whether the list holds the row of the cell being formatted. */
export function listedRuleFormula(style: HighlightStyle, list: string, column: ListedColumn): string {
  return `=AND(${highlightFormula(style)},COUNTIF(${list},ROW(${columnLetter(column.column)}${column.top}))>0)`;
}

/** A mark: the row of a cell of the task sheet, by a reference that moves with it. */
export const markFormula = (sheetName: string, column: number, row: number): string => `=ROW(${quoteSheetName(sheetName)}!${columnLetter(column)}${row})`;

/**
 * Adds the plan's rules after the user's `userRuleCount` rules, so the user's rules keep precedence (and before any
 * earlier rules of the tool's, which the caller deletes once everything is written). Resolves to the marks sheet it
 * added, or null when every style got rules of its own.
 */
export async function addHighlightRules(
  batcher: RequestBatcher,
  context: XlContext,
  target: HighlightTarget,
  rules: readonly HighlightRule[],
): Promise<MarksSheet | null> {
  const { sheet, rangeAreas } = target;
  const formatsOf = (addresses: string): XlConditionalFormatCollection =>
    rangeAreas ? sheet.getRanges(addresses).conditionalFormats : sheet.getRange(addresses).conditionalFormats;
  let priority = target.userRuleCount;
  const addRule = async (style: HighlightStyle, addresses: string, formula: string): Promise<void> => {
    const colors = HIGHLIGHT_COLORS[style];
    const rulePriority = priority;
    priority += 1;
    await batcher.add(6 * CALL_OVERHEAD_BYTES + jsonBytes(addresses) + jsonBytes(formula), () => {
      const format = formatsOf(addresses).add('Custom');
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = `#${colors.fill}`;
      format.custom.format.font.color = `#${colors.font}`;
      format.priority = rulePriority;
    });
  };

  if (rangeAreas) {
    for (const rule of rules) for (const addresses of addressLists(rule.ranges)) await addRule(rule.style, addresses, `=${highlightFormula(rule.style)}`);
    return null;
  }
  const layout = styleAreas(rules);
  const listed = layout.flatMap((areas) => (areas.kind === 'listed' ? areas.columns.map((column) => ({ style: areas.style, column })) : []));
  const marks = listed.length > 0 ? await addMarksSheet(batcher, context, target, listed) : null;
  let marksColumn = 0;
  for (const areas of layout) {
    if (areas.kind === 'rectangles') {
      for (const area of areas.rectangles) await addRule(areas.style, rectangleAddress(area), `=${highlightFormula(areas.style)}`);
      continue;
    }
    for (const column of areas.columns) {
      marksColumn += 1;
      const letter = columnLetter(marksColumn);
      const list = `${quoteSheetName(target.marksSheet.name)}!$${letter}$2:$${letter}$${column.rows.length + 1}`;
      await addRule(areas.style, `${columnLetter(column.column)}${column.top}:${columnLetter(column.column)}${column.bottom}`, listedRuleFormula(areas.style, list, column));
    }
  }
  return marks;
}

/**
 * The hidden marks sheet: a column per listed style and column, headed by both (row 1), then one mark per marked cell.
 * Added as a new sheet, never written over an earlier one, which the rules still in place read until they go.
 */
async function addMarksSheet(
  batcher: RequestBatcher,
  context: XlContext,
  target: HighlightTarget,
  listed: readonly { readonly style: HighlightStyle; readonly column: ListedColumn }[],
): Promise<MarksSheet> {
  const { worksheets, names } = context.workbook;
  const { name, definedName, staleName } = target.marksSheet;
  const headers = listed.map(({ style, column }) => `${style} ${columnLetter(column.column)}`);
  const marks = await batcher.add(6 * CALL_OVERHEAD_BYTES + jsonBytes(name) + jsonBytes(headers), () => {
    if (staleName) names.getItem(definedName).delete();
    const added = worksheets.add(name);
    added.visibility = 'Hidden';
    names.add(definedName, added.getRange('A1'));
    added.getRange(`A1:${columnLetter(listed.length)}1`).values = [headers];
    return added;
  });
  for (const [index, { column }] of listed.entries()) {
    const letter = columnLetter(index + 1);
    for (let start = 0; start < column.rows.length; start += MARK_BLOCK_ROWS) {
      const values = column.rows.slice(start, start + MARK_BLOCK_ROWS).map((row) => [markFormula(target.sheetName, column.column, row)]);
      await batcher.add(2 * CALL_OVERHEAD_BYTES + jsonBytes(values), () => {
        marks.getRange(`${letter}${start + 2}:${letter}${start + 1 + values.length}`).values = values;
      });
    }
  }
  return target.marksSheet;
}
