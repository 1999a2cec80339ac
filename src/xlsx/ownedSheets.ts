// The tool's own sheets: found by the workbook defined names in OWNED_SHEET_NAMES (which follow a sheet through a
// rename), rewritten in place on a rerun, removed on clear. A sheet without such a name is the user's and is never
// touched, whatever it is called. ExcelJS builds `definedNames.model` afresh from every cell a name covers on each read
// and set, so a user's name over a long column makes each access cost a pass over it: each operation here takes the
// model once and sets it at most once.
import type * as ExcelJS from 'exceljs';
import { HostError, OWNED_SHEET_NAMES, quoteSheetName, sheetNameOfReference, type OwnedSheetKey, type PlanCell, type SheetPlan } from '../core';
import type { WorksheetWithOrder } from './excelTypes';

const OWNED_KEYS = Object.keys(OWNED_SHEET_NAMES) as OwnedSheetKey[];
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

function ownedKeyOfName(definedName: string): OwnedSheetKey | null {
  return OWNED_KEYS.find((key) => OWNED_SHEET_NAMES[key] === definedName) ?? null;
}

type OwnedSheets = Partial<Record<OwnedSheetKey, ExcelJS.Worksheet>>;

/** The sheet each of the tool's defined names points at, by name (the sheet may be gone). */
function sheetNamesIn(names: ExcelJS.DefinedNamesModel): Partial<Record<OwnedSheetKey, string>> {
  const found: Partial<Record<OwnedSheetKey, string>> = {};
  for (const entry of names) {
    const key = ownedKeyOfName(entry.name);
    const sheetName = key && entry.ranges[0] ? sheetNameOfReference(entry.ranges[0]) : null;
    if (key && sheetName) found[key] = sheetName;
  }
  return found;
}

function ownedSheetsIn(workbook: ExcelJS.Workbook, names: ExcelJS.DefinedNamesModel): OwnedSheets {
  const found: OwnedSheets = {};
  for (const [key, sheetName] of Object.entries(sheetNamesIn(names)) as [OwnedSheetKey, string][]) {
    const sheet = workbook.getWorksheet(sheetName);
    if (sheet) found[key] = sheet;
  }
  return found;
}

export function ownedSheetsByKey(workbook: ExcelJS.Workbook): OwnedSheets {
  return ownedSheetsIn(workbook, workbook.definedNames.model);
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

/** Removes the tool's defined names, and the sheets they point at. */
export function removeOwnedSheets(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames.model;
  for (const sheet of Object.values(ownedSheetsIn(workbook, names))) workbook.removeWorksheet(sheet.id);
  const owned = new Set<string>(Object.values(OWNED_SHEET_NAMES));
  workbook.definedNames.model = names.filter((entry) => !owned.has(entry.name));
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

/** Writes one of the tool's sheets, replacing its earlier copy (`previous`) at the same tab position. */
function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan, previous: ExcelJS.Worksheet | undefined): void {
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
}

/** Writes the tool's sheets, then points each one's defined name at it. */
export function writeSheetPlans(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  if (plans.length === 0) return;
  const names = workbook.definedNames.model;
  const previous = sheetNamesIn(names);
  for (const plan of plans) {
    // Looked up when its turn comes: a sheet an earlier plan replaced is gone by then.
    const previousName = previous[plan.key];
    writeSheetPlan(workbook, plan, previousName === undefined ? undefined : workbook.getWorksheet(previousName));
  }
  const written = new Set(plans.map((plan) => OWNED_SHEET_NAMES[plan.key]));
  workbook.definedNames.model = [
    ...names.filter((entry) => !written.has(entry.name)),
    ...plans.map((plan) => ({ name: OWNED_SHEET_NAMES[plan.key], ranges: [`${quoteSheetName(plan.name)}!$A$1`] })),
  ];
}
