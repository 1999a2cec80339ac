// Reads a workbook's 单位名录 sheet: the columns of the built-in registry's TSV (标准名称, 类别, 别名, 备注), with the
// header somewhere in the first rows, plus two optional columns the TSV says only in prose: 不规范写法 (spellings that
// resolve but are wrong) and 党组织 (the party organ a district uses, e.g. 党工委). Lists in a cell are separated by |
// or 、 (also ，；). Rows whose 标准名称 starts with # are comments, as in the TSV.
import type { CellValue, Grid, Lang } from '../model';
import { normalizePunctuation } from './normalizePunctuation';
import { splitOutsideBrackets } from './splitOutsideBrackets';
import type { UnitRecord } from './unitRegistry';
import { KNOWN_CATEGORIES } from './unitCategories';

export interface RegistryProblem {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly message: string;
}

export interface RegistrySheetResult {
  readonly records: UnitRecord[];
  readonly problems: RegistryProblem[];
}

export interface RegistrySheetOptions {
  /** The sheet row of `grid[0]` (SheetGrid.firstRow). Default 1. */
  readonly firstRow?: number;
  readonly lang?: Lang;
}

const HEADER_SEARCH_ROWS = 10;
const COLUMNS = { name: '标准名称', category: '类别', aliases: '别名', note: '备注', nonstandard: '不规范写法', party: '党组织' } as const;
type Column = keyof typeof COLUMNS;
const LIST_SEPARATORS: ReadonlySet<string> = new Set(['|', '｜', '、', '，', '；']);
const COMMENT_MARK = '#';

const MESSAGES: Readonly<Record<Lang, {
  noHeader: string;
  noName: string;
  noCategory: (name: string) => string;
  unknownCategory: (name: string, category: string) => string;
  duplicate: (name: string, firstRow: number) => string;
}>> = {
  'zh-CN': {
    noHeader: `单位名录工作表的前${HEADER_SEARCH_ROWS}行中没有找到“标准名称”表头，已忽略该表。`,
    noName: '此行有内容但“标准名称”为空，已忽略。',
    noCategory: (name) => `单位“${name}”缺少“类别”，已忽略。`,
    unknownCategory: (name, category) => `单位“${name}”的类别“${category}”不是${KNOWN_CATEGORIES.join('、')}之一，仍按所填类别使用。`,
    duplicate: (name, firstRow) => `单位“${name}”已在第${firstRow}行列出，此行已忽略。`,
  },
  'en-US': {
    noHeader: `No "标准名称" header in the first ${HEADER_SEARCH_ROWS} rows of the 单位名录 sheet; the sheet was ignored.`,
    noName: 'This row has content but no 标准名称; it was ignored.',
    noCategory: (name) => `Unit "${name}" has no 类别; it was ignored.`,
    unknownCategory: (name, category) => `Unit "${name}" has the category "${category}", which is none of ${KNOWN_CATEGORIES.join(', ')}; it is used as written.`,
    duplicate: (name, firstRow) => `Unit "${name}" is already listed in row ${firstRow}; this row was ignored.`,
  },
};

function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return normalizePunctuation(value);
  if (typeof value === 'number') return String(value);
  return '';
}

function listOf(text: string): string[] {
  return splitOutsideBrackets(text, LIST_SEPARATORS);
}

function findHeader(grid: Grid): { row: number; columns: Partial<Record<Column, number>> } | null {
  for (let row = 0; row < Math.min(grid.length, HEADER_SEARCH_ROWS); row++) {
    const cells = (grid[row] ?? []).map(cellText);
    const columns: Partial<Record<Column, number>> = {};
    for (const key of Object.keys(COLUMNS) as Column[]) {
      const at = cells.indexOf(COLUMNS[key]);
      if (at >= 0) columns[key] = at;
    }
    if (columns.name !== undefined) return { row, columns };
  }
  return null;
}

export function registryRecordsFromGrid(grid: Grid, options: RegistrySheetOptions = {}): RegistrySheetResult {
  const firstRow = options.firstRow ?? 1;
  const messages = MESSAGES[options.lang ?? 'zh-CN'];
  const header = findHeader(grid);
  if (!header) return { records: [], problems: [{ row: firstRow, message: messages.noHeader }] };

  const { columns } = header;
  const records: UnitRecord[] = [];
  const problems: RegistryProblem[] = [];
  const seen = new Map<string, number>();
  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const sheetRow = firstRow + r;
    const get = (column: Column): string => (columns[column] === undefined ? '' : cellText(cells[columns[column]]));
    const name = get('name');
    if (name.startsWith(COMMENT_MARK)) continue;
    if (name === '') {
      if (cells.some((c) => cellText(c) !== '')) problems.push({ row: sheetRow, message: messages.noName });
      continue;
    }
    const category = get('category');
    if (category === '') {
      problems.push({ row: sheetRow, message: messages.noCategory(name) });
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push({ row: sheetRow, message: messages.duplicate(name, earlier) });
      continue;
    }
    seen.set(name, sheetRow);
    if (!KNOWN_CATEGORIES.includes(category)) problems.push({ row: sheetRow, message: messages.unknownCategory(name, category) });
    const party = listOf(get('party'));
    const record: UnitRecord = {
      name,
      category,
      aliases: listOf(get('aliases')),
      nonstandard: listOf(get('nonstandard')),
      note: get('note'),
      ...(party.length > 0 ? { organs: { party } } : {}),
    };
    records.push(record);
  }
  return { records, problems };
}
