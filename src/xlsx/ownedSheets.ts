// The tool's own sheets: found by the workbook defined names in OWNED_SHEET_NAMES (which follow a sheet through a
// rename), rewritten in place on a rerun, removed on clear. A sheet without such a name is the user's and is never
// touched, whatever it is called.
import type * as ExcelJS from 'exceljs';
import { HostError, OWNED_SHEET_NAMES, type OwnedSheetKey, type PlanCell, type SheetPlan } from '../core';
import type { WorksheetWithOrder } from './excelTypes';

const OWNED_KEYS = Object.keys(OWNED_SHEET_NAMES) as OwnedSheetKey[];
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** The sheet a defined-name range such as `'校验 结果'!$A$1` or `Sheet1!$A$1` points at. */
function sheetNameOfRange(range: string): string | null {
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function ownedKeyOfName(definedName: string): OwnedSheetKey | null {
  return OWNED_KEYS.find((key) => OWNED_SHEET_NAMES[key] === definedName) ?? null;
}

export function ownedSheetsByKey(workbook: ExcelJS.Workbook): Partial<Record<OwnedSheetKey, ExcelJS.Worksheet>> {
  const found: Partial<Record<OwnedSheetKey, ExcelJS.Worksheet>> = {};
  for (const entry of workbook.definedNames.model) {
    const key = ownedKeyOfName(entry.name);
    const sheetName = key && entry.ranges[0] ? sheetNameOfRange(entry.ranges[0]) : null;
    const sheet = sheetName ? workbook.getWorksheet(sheetName) : undefined;
    if (key && sheet) found[key] = sheet;
  }
  return found;
}

/** What `planWorkbookOutput` needs to choose names: every sheet name, and the tool's own sheets by key. */
export function ownedSheetNames(workbook: ExcelJS.Workbook): {
  existingSheets: string[];
  ownedSheets: Partial<Record<OwnedSheetKey, string>>;
} {
  const ownedSheets: Partial<Record<OwnedSheetKey, string>> = {};
  for (const [key, sheet] of Object.entries(ownedSheetsByKey(workbook)) as [OwnedSheetKey, ExcelJS.Worksheet][]) {
    ownedSheets[key] = sheet.name;
  }
  return { existingSheets: workbook.worksheets.map((s) => s.name), ownedSheets };
}

function setOwnedName(workbook: ExcelJS.Workbook, key: OwnedSheetKey, sheetName: string): void {
  const name = OWNED_SHEET_NAMES[key];
  const others = workbook.definedNames.model.filter((entry) => entry.name !== name);
  workbook.definedNames.model = [...others, { name, ranges: [`${quoteSheetName(sheetName)}!$A$1`] }];
}

/** Removes the tool's defined names, and the sheets they point at. */
export function removeOwnedSheets(workbook: ExcelJS.Workbook): void {
  for (const sheet of Object.values(ownedSheetsByKey(workbook))) workbook.removeWorksheet(sheet.id);
  const owned = new Set<string>(Object.values(OWNED_SHEET_NAMES));
  workbook.definedNames.model = workbook.definedNames.model.filter((entry) => !owned.has(entry.name));
}

function writeCell(cell: ExcelJS.Cell, value: PlanCell): void {
  if (value === null) return;
  if (typeof value === 'object') {
    // '#Sheet!A1' is how ExcelJS writes a link inside the workbook.
    cell.value = { text: value.text, hyperlink: `#${quoteSheetName(value.link.sheet)}!${value.link.cell}` };
    cell.font = LINK_FONT;
    return;
  }
  // A string is stored as a string (never parsed as a formula), so text starting with '=' stays text.
  cell.value = value;
}

/** Writes one of the tool's sheets, replacing its earlier copy at the same tab position. */
export function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const previous = ownedSheetsByKey(workbook)[plan.key];
  const clash = workbook.getWorksheet(plan.name);
  if (clash && clash !== previous) throw new HostError('UNEXPECTED', { sheet: plan.name, detail: 'sheet name taken' });
  const position = previous ? (previous as unknown as WorksheetWithOrder).orderNo : null;
  if (previous) workbook.removeWorksheet(previous.id);

  const sheet = workbook.addWorksheet(plan.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  if (position !== null) (sheet as unknown as WorksheetWithOrder).orderNo = position;
  plan.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    sheet.getCell(1, i + 1).value = column.header;
  });
  sheet.getRow(1).font = { bold: true };
  plan.rows.forEach((cells, r) => cells.forEach((value, c) => writeCell(sheet.getCell(r + 2, c + 1), value)));
  for (const index of plan.boldRows) sheet.getRow(index + 2).font = { bold: true };
  setOwnedName(workbook, plan.key, plan.name);
  return sheet;
}
