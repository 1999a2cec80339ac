// What ExcelJS 4.4 does at run time but leaves out of its type declarations, declared once and narrowly.
import type * as ExcelJS from 'exceljs';

/** One block of conditional formatting as ExcelJS keeps it on `worksheet.conditionalFormattings`. */
export interface ConditionalFormattingBlock {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

interface WorksheetWithConditionalFormats {
  conditionalFormattings: ConditionalFormattingBlock[];
}

/** The worksheet's place in the tab order; ExcelJS sorts `workbook.worksheets` by it. */
export interface WorksheetWithOrder {
  orderNo: number;
}

export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ConditionalFormattingBlock[] {
  const holder = sheet as unknown as WorksheetWithConditionalFormats;
  if (!Array.isArray(holder.conditionalFormattings)) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

export function setConditionalFormats(sheet: ExcelJS.Worksheet, blocks: ConditionalFormattingBlock[]): void {
  (sheet as unknown as WorksheetWithConditionalFormats).conditionalFormattings = blocks;
}

export type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** The worksheet's rows as ExcelJS keeps them: a sparse array, index = row number - 1. */
export interface WorksheetWithRows {
  _rows: (ExcelJS.Row | undefined)[];
}

/** A row's `model`, which ExcelJS's writer reads (null: the row is not written), and its whole-row style. */
export interface RowInternals {
  model: unknown;
  style?: Partial<ExcelJS.Style>;
}
