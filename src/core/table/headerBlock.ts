// Finds the header of a task table among the top rows by scoring, not by exact names: every row (or run of up to
// MAX_HEADER_ROWS rows) of short texts is read as a header, each column's role taken from its cells (headerRoles.ts),
// and the block whose roles best fit a task table wins. A header over two or more rows (完成情况 merged over
// 目标值 | 完成值 | 完成率, or Meishan's five rows) is read as one: a merged cell holds its text in its first cell only,
// so an empty header cell takes the text of the cell to its left where a lower row splits that column, and a column's
// path is its texts from top to bottom (完成情况/目标值).
import type { CellValue, Grid } from '../model';
import { cellText } from './cellText';
import { MAX_HEADER_LENGTH, type HeaderRole, numericRoleOfHeader, ROLE_WEIGHTS, roleOfHeader } from './headerRoles';
import { looksLikeSectionHeading, looksLikeTaskNo } from './sectionRows';
import { memoize } from '../memoize';
import { departmentForm } from '../units/unitForms';

/** Titles, document numbers and notes above a table rarely take more rows than this. */
export const HEADER_SEARCH_ROWS = 30;
/** The deepest header seen (Meishan: 工程, 项目, indicator, department, 目标任务/进度/完成比例). */
export const MAX_HEADER_ROWS = 6;
/** Data rows looked at to tell a column of figures (目标任务 over 8000) from one of text. */
const SAMPLE_ROWS = 20;
/** Share of a column's sampled cells that must be figures for it to be read as one. */
const NUMERIC_SHARE = 0.6;

export interface HeaderColumn {
  /** 0-based position within a grid row. */
  readonly index: number;
  /** The column's header texts from top to bottom, as read (完成情况, 目标值). */
  readonly path: readonly string[];
  readonly role: HeaderRole | null;
}

export interface HeaderBlock {
  /** Grid indices of the first and last header row. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
}

/** Roles that a cell never spans from above: a row with text under them is data, not a lower header row. */
const ATOMIC_ROLES: ReadonlySet<HeaderRole> = new Set(['no', 'task', 'lead', 'support', 'units', 'deadline']);
const UNIT_OR_TIME_ROLES: readonly HeaderRole[] = ['lead', 'support', 'units', 'deadline', 'status', 'assessor'];
const TEXT_ROLES: readonly HeaderRole[] = ['task', 'taskDetail'];

/** Short texts only: no figures, no prose, no task numbers or section headings. */
function isHeaderLike(cells: readonly CellValue[]): boolean {
  let texts = 0;
  for (const value of cells) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') return false;
    const text = value.trim();
    if (text === '') continue;
    if (text.length > MAX_HEADER_LENGTH || looksLikeTaskNo(text) || looksLikeSectionHeading(text)) return false;
    texts += 1;
  }
  return texts > 0;
}

const textsOf = (cells: readonly CellValue[]): string[] => cells.map((v) => (typeof v === 'string' ? v.trim() : cellText(v)));

/** Each column's texts from top to bottom, an empty cell spanned from its left where a lower row splits the column. */
function columnPaths(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const filled = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  const splitBelow = (r: number, j: number): boolean => rows.slice(r + 1).some((row) => (row[j] ?? '') !== '');
  const sameParents = (r: number, k: number, j: number): boolean => filled.slice(0, r).every((row) => row[k] === row[j]);
  for (let r = 0; r < rows.length; r++) {
    const row = filled[r] as string[];
    for (let j = 1; j < width; j++) {
      if (row[j] === '' && row[j - 1] !== '' && splitBelow(r, j) && sameParents(r, j - 1, j)) row[j] = row[j - 1] as string;
    }
  }
  return Array.from({ length: width }, (_, j) => {
    const path: string[] = [];
    for (const row of filled) {
      const text = row[j] as string;
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    }
    return path;
  });
}

/** The role of a path: its lowest text that names one (目标值 under 完成情况), else the nearest above. */
function roleOfPath(path: readonly string[], role: (text: string) => HeaderRole | null): HeaderRole | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const found = role(path[i] as string);
    if (found !== null) return found;
  }
  return null;
}

interface Scored {
  readonly block: HeaderBlock;
  readonly score: number;
}

function scoreOf(columns: readonly HeaderColumn[]): number {
  const roles = new Set(columns.map((c) => c.role).filter((r): r is HeaderRole => r !== null));
  const hasText = TEXT_ROLES.some((r) => roles.has(r));
  const hasPlaceFigures = roles.has('place') && (roles.has('target') || roles.has('task'));
  if (!(hasText || hasPlaceFigures) || !UNIT_OR_TIME_ROLES.some((r) => roles.has(r))) return 0;
  let score = 0;
  for (const role of roles) score += ROLE_WEIGHTS[role] ?? 0;
  return score;
}

/**
 * A lower header row shows that it belongs to the header: it splits a column its top row leaves empty beside a text
 * (a merged parent), and has no text under a top cell that is never a parent (序号, 工作任务, 牵头单位 ...).
 */
function lowerRowsFit(rows: readonly (readonly string[])[], topRoles: readonly (HeaderRole | null)[]): boolean {
  const [top = [], ...lower] = rows;
  let split = false;
  for (const row of lower) {
    for (let j = 0; j < row.length; j++) {
      if ((row[j] ?? '') === '') continue;
      const role = topRoles[j];
      if ((top[j] ?? '') !== '' && role !== null && role !== undefined && ATOMIC_ROLES.has(role)) return false;
      if ((top[j] ?? '') === '' && top.slice(0, j).some((t) => t !== '')) split = true;
    }
  }
  return split;
}

/**
 * Of two blocks, the one that fits more roles; at equal scores, the deeper of two starting in the same row (its lower
 * rows split a merged parent), and the shorter of two ending in the same row (a note above the header is no header).
 */
function fitsBetter(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.block.top === b.block.top) return a.block.bottom > b.block.bottom;
  return a.block.bottom === b.block.bottom && a.block.top > b.block.top;
}

function blockAt(grid: Grid, top: number, depth: number, role: (text: string) => HeaderRole | null): Scored | null {
  const rows = grid.slice(top, top + depth).map((cells) => textsOf(cells));
  if (depth > 1) {
    const first = rows[0] ?? [];
    if (first.filter((t) => t !== '').length < 2 || !lowerRowsFit(rows, first.map((t) => (t === '' ? null : role(t))))) return null;
  }
  const columns = columnPaths(rows)
    .map((path, index): HeaderColumn => ({ index, path, role: roleOfPath(path, role) }))
    .filter((c) => c.path.length > 0);
  const score = scoreOf(columns);
  return score > 0 ? { block: { top, bottom: top + depth - 1, columns }, score } : null;
}

/** Figures, or texts that are one (0.07, ≥2%, 98%以上 are; 全市统筹 is not). */
const FIGURE = /^[≥≤><约]?\d+(?:\.\d+)?%?(?:以上|以下|以内)?$/;

function isFigure(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && FIGURE.test(value.trim());
}

/**
 * Columns whose header may mean a figure (目标任务, 进度) and whose cells mostly are figures take that meaning; a 单位
 * column whose cells mostly are units' names (区发改局, not 万亩) lists responsible units, not measures.
 */
function withFigureColumns(grid: Grid, block: HeaderBlock): HeaderBlock {
  const sample = grid.slice(block.bottom + 1, block.bottom + 1 + SAMPLE_ROWS);
  const columns = block.columns.map((column): HeaderColumn => {
    if (column.role === 'measure') {
      const texts = sample.map((cells) => cellText(cells[column.index])).filter((t) => t !== '');
      const named = texts.filter((t) => departmentForm(t) !== null || /[、，,]/.test(t)).length;
      return texts.length > 0 && named * 2 > texts.length ? { ...column, role: 'units' } : column;
    }
    const numeric = roleOfPath(column.path.slice(-1), numericRoleOfHeader);
    if (numeric === null || numeric === column.role) return column;
    const values = sample.map((cells) => cells[column.index]).filter((v) => v !== null && v !== undefined && cellText(v) !== '');
    const figures = values.filter(isFigure).length;
    return values.length > 0 && figures / values.length >= NUMERIC_SHARE ? { ...column, role: numeric } : column;
  });
  return { ...block, columns };
}

/** The best-fitting header among the top rows, or null when no block of rows reads as a task table's header. */
export function findHeaderBlock(grid: Grid): HeaderBlock | null {
  const role = memoize(roleOfHeader);
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  let best: Scored | null = null;
  for (let top = 0; top < limit; top++) {
    for (let depth = 1; depth <= MAX_HEADER_ROWS && top + depth <= grid.length; depth++) {
      if (!isHeaderLike(grid[top + depth - 1] ?? [])) break;
      const scored = blockAt(grid, top, depth, role);
      if (scored && (best === null || fitsBetter(scored, best))) best = scored;
    }
  }
  return best === null ? null : withFigureColumns(grid, best.block);
}

/** What a task table needs: a task column, and a column of units, deadlines or progress. */
export type MissingRole = 'task' | 'units';

/** What a sheet without a table shows: its most header-like row's cells, and the roles a table needs that it lacks. */
export interface HeaderDiagnosis {
  readonly seen: readonly string[];
  readonly missing: readonly MissingRole[];
}

/** The most header-like row among the top rows: the one whose roles weigh most (as blocks are scored), then the widest. */
interface HeaderGuess {
  readonly seen: readonly string[];
  readonly roles: ReadonlySet<HeaderRole>;
  readonly weight: number;
}

const weightOf = (roles: ReadonlySet<HeaderRole>): number => [...roles].reduce((sum, role) => sum + (ROLE_WEIGHTS[role] ?? 0), 0);

function mostHeaderLikeRow(grid: Grid): HeaderGuess {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  let best: HeaderGuess = { seen: [], roles: new Set(), weight: 0 };
  for (let top = 0; top < limit; top++) {
    const cells = grid[top] ?? [];
    if (!isHeaderLike(cells)) continue;
    const texts = textsOf(cells).filter((t) => t !== '');
    const roles = new Set(texts.map(roleOfHeader).filter((r): r is HeaderRole => r !== null));
    const weight = weightOf(roles);
    if (weight > best.weight || (weight === best.weight && texts.length > best.seen.length)) best = { seen: texts, roles, weight };
  }
  return best;
}

export function diagnoseHeader(grid: Grid): HeaderDiagnosis {
  const { seen, roles } = mostHeaderLikeRow(grid);
  const missing: MissingRole[] = [];
  if (!TEXT_ROLES.some((r) => roles.has(r))) missing.push('task');
  if (!UNIT_OR_TIME_ROLES.some((r) => roles.has(r))) missing.push('units');
  return { seen, missing };
}

/** Header cells counted per unit of role weight in headerCloseness: more than a header row ever holds. */
const CELLS_PER_WEIGHT = 10000;

/**
 * How close a sheet without a task table comes to one, by the row diagnoseHeader shows: the weight of the roles it
 * names (the weights header blocks are scored by), then how many cells it holds. Higher is closer; a sheet with no
 * header-like row is 0.
 */
export function headerCloseness(grid: Grid): number {
  const { seen, weight } = mostHeaderLikeRow(grid);
  return weight * CELLS_PER_WEIGHT + Math.min(seen.length, CELLS_PER_WEIGHT / 2 - 1);
}
