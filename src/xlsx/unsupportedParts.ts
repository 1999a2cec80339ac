// Parts of a workbook that ExcelJS cannot carry into the copy it writes. The checked copy lacks them, so hosts tell
// the user which; the input file itself is never written.
import type { UnsupportedPart } from '../core';
import { zipEntryNames } from './zipEntryNames';

export type { UnsupportedPart };

/** Where each part lives in the package (ECMA-376 default part names, as Excel writes them). */
const PART_FOLDERS: Readonly<Record<UnsupportedPart, readonly string[]>> = {
  charts: ['xl/charts/', 'xl/chartsheets/'],
  pivotTables: ['xl/pivotTables/', 'xl/pivotCache/'],
  macros: ['xl/vbaProject.bin'],
  slicers: ['xl/slicers/', 'xl/slicerCaches/', 'xl/timelines/', 'xl/timelineCaches/'],
  externalLinks: ['xl/externalLinks/'],
  formControls: ['xl/ctrlProps/', 'xl/activeX/'],
};

export function unsupportedParts(bytes: Uint8Array): UnsupportedPart[] {
  const names = zipEntryNames(bytes) ?? [];
  return (Object.keys(PART_FOLDERS) as UnsupportedPart[]).filter((part) =>
    PART_FOLDERS[part].some((folder) => names.some((name) => name.startsWith(folder))),
  );
}
