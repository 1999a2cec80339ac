// The kind of every row below the header, and what a task row holds once merged cells are read as a clerk reads
// them. A host hands merged cells with their value in the first cell only, so:
//  - where the host tells its merged ranges (SheetGrid.merges), every row of a range takes its value (mergedCells.ts):
//    a 牵头单位 merged over tasks 3, 4 and 5 leads all three, each with its own 序号;
//  - a row whose 序号 is empty (or, without a 序号 column, whose task cell is empty) continues the task above: it is a
//    sub-row of that task, and every cell it leaves empty takes the value above (units, leader, deadline, progress and
//    the task text: a 牵头单位 merged over four rows leads all four). This inference is all a host that cannot tell
//    merges (Excel before ExcelApi 1.13) gives, and it still reads a continuation row no range covers;
//  - the kind of a row comes from its own cells, never from a merged range's value, so a row a range covers and
//    nothing else fills is blank, not a second copy of the task;
//  - a row that only titles what follows (一、…, （一）…, ——…, text in the first columns only) is a section, and so is a
//    row whose one text is a heading in whatever column; one with units, a deadline or progress of its own is a task
//    whatever its first text, and a heading written in its 序号 over an empty task cell is its number and text;
//  - the header repeated at a page break, blank rows and notes (注：…) are no tasks.
import type { CellValue } from '../model';
import { memoize } from '../memoize';
import { cellText, isCellError } from './cellText';
import { columnLetter } from './columnLetters';
import type { MergedValueAt } from './mergedCells';
import { MAX_HEADER_LENGTH, normalizeHeader } from './headerRoles';
import { leaderOfSection, looksLikeSectionHeading, looksLikeTaskNo, splitHeading } from './sectionRows';
import type { TableColumns } from './tableColumns';
import { holdsBelow, isNoteText, statesFirstListedRule } from './tableConventions';
import type { CellErrorAt, TableRow, TaskRow } from './tableLayout';

export interface RowContext {
  readonly columns: TableColumns;
  /** Per read column, its header texts (every row of a multi-row header), normalised: a repeated header matches them. */
  readonly headerTexts: ReadonlyMap<number, ReadonlySet<string>>;
  /** Grid indices a row's content is read from. */
  readonly readIndices: readonly number[];
  readonly firstColumn: number;
  /** The title rows state the first-listed rule for the whole table. */
  readonly firstListedLeads: boolean;
  /**
   * Whether an empty 序号 continues the task above. Not where the table leaves most 序号 empty: then only an empty
   * task cell does, or every unnumbered row would merge into the first.
   */
  readonly numbered: boolean;
  /** The values merged ranges give the cells below their first (none where the host cannot tell merges). */
  readonly mergedAt: MergedValueAt;
}

/** The cells a task carries over to the rows of its merged cells. */
interface Carried {
  readonly task: TaskRow;
  readonly head: number;
  readonly parts: readonly string[];
}

function at(cells: readonly CellValue[], index: number | null): CellValue {
  return index === null ? null : (cells[index] ?? null);
}

function isRepeatedHeader(cells: readonly CellValue[], ctx: RowContext, normalized: (text: string) => string): boolean {
  let same = 0;
  for (const [j, texts] of ctx.headerTexts) {
    const value = cells[j];
    if (typeof value === 'string' && value.length <= MAX_HEADER_LENGTH && texts.has(normalized(value))) same += 1;
  }
  return same >= 2;
}

/** The row's one text, when it holds exactly one among the columns read; else null. */
function onlyText(cells: readonly CellValue[], ctx: RowContext): string | null {
  let found: string | null = null;
  for (const j of ctx.readIndices) {
    const text = cellText(cells[j]);
    if (text === '') continue;
    if (found !== null) return null;
    found = text;
  }
  return found;
}

function isSection(cells: readonly CellValue[], i: number, ctx: RowContext, noText: string, taskText: string): boolean {
  const { index } = ctx.columns;
  // A heading is a section in whatever column it stands, when it is all the row holds: （二）招商 under 牵头单位.
  const only = onlyText(cells, ctx);
  if (only !== null && looksLikeSectionHeading(only)) return true;
  const own = [index.lead, index.support, index.units, index.deadline, ...ctx.columns.progress];
  if (own.some((j) => cellText(at(cells, j)) !== '')) return false;
  if (looksLikeSectionHeading(noText) || looksLikeSectionHeading(taskText)) return true;
  if (looksLikeTaskNo(noText)) return false;
  // A row of error values (a lookup that failed all along the row) is a broken task row: its errors must be reported.
  if (ctx.readIndices.some((j) => isCellError(cells[j]))) return false;
  // A text under a unit, deadline or progress cell merged from above is a task of that cell, not a heading.
  if (own.some((j) => j !== null && ctx.mergedAt(i, j) !== undefined)) return false;
  // Text only in the table's first one or two columns, with no number and no units: a heading in merged cells.
  const firstIndex = ctx.readIndices[0] ?? 0;
  return ctx.readIndices.every((j) => j <= firstIndex + 1 || cellText(cells[j]) === '');
}

function cellErrors(cells: readonly CellValue[], ctx: RowContext): CellErrorAt[] {
  const errors: CellErrorAt[] = [];
  for (const j of ctx.readIndices) {
    const value = cells[j];
    if (isCellError(value)) errors.push({ column: columnLetter(ctx.firstColumn + j), error: value.error });
  }
  return errors;
}

const orAbove = (own: string, above: string | undefined): string => (own !== '' || above === undefined ? own : above);

/** A cell as the row shows it: its own value, else the value of a range merged over it from a row above. */
function shownAt(cells: readonly CellValue[], i: number, index: number | null, ctx: RowContext): CellValue {
  if (index === null) return null;
  const own = cells[index] ?? null;
  return cellText(own) !== '' || isCellError(own) ? own : (ctx.mergedAt(i, index) ?? own);
}

/**
 * The rows from `firstDataIndex` on, classified in steps: after every `slice` rows it yields the number of rows done
 * (and, where a note below the table states the first-listed rule, after every `slice` rows of giving it to the tasks).
 */
export function* classifyRowsSteps(
  grid: readonly (readonly CellValue[])[],
  firstDataIndex: number,
  firstRow: number,
  ctx: RowContext,
  slice = Number.POSITIVE_INFINITY,
): Generator<number, TableRow[]> {
  const { index, detail } = ctx.columns;
  const normalized = memoize(normalizeHeader);
  const textIndices = [index.task, ...detail];
  const unitIndices = [index.lead, index.support, index.units];
  const rows: TableRow[] = [];
  let section = 0;
  let sectionLeader = '';
  let previous: Carried | null = null;
  let firstListedBelow = false;
  let firstListedInNote = false;
  for (let i = firstDataIndex; i < grid.length; i += 1) {
    const done = i - firstDataIndex;
    if (done > 0 && done % slice === 0) yield done;
    const cells = grid[i] ?? [];
    const row = firstRow + i;
    const hasContent = ctx.readIndices.some((j) => cellText(cells[j]) !== '' || isCellError(cells[j]));
    if (!hasContent) {
      rows.push({ kind: 'blank', row });
      continue;
    }
    if (isRepeatedHeader(cells, ctx, normalized)) {
      rows.push({ kind: 'header', row });
      continue;
    }
    const ownNo = cellText(at(cells, index.no));
    const ownParts = textIndices.map((j) => cellText(at(cells, j)));
    const ownUnits = unitIndices.map((j) => cellText(at(cells, j)));
    const noUnits = ownUnits.every((t) => t === '');
    const firstText = noUnits ? (ctx.readIndices.map((j) => cellText(cells[j])).find((t) => t !== '') ?? '') : '';
    if (noUnits && isNoteText(firstText)) {
      const text = ctx.readIndices.map((j) => cellText(cells[j])).filter((t) => t !== '').join(' ');
      if (statesFirstListedRule(text)) firstListedInNote = true;
      rows.push({ kind: 'note', row, text });
      continue;
    }
    if (isSection(cells, i, ctx, ownNo, ownParts[0] ?? '')) {
      const text = ctx.readIndices.map((j) => cellText(cells[j])).filter((t) => t !== '').join(' ');
      rows.push({ kind: 'section', row, text });
      sectionLeader = leaderOfSection(text);
      section += 1;
      previous = null;
      continue;
    }
    const above: Carried | null = previous;
    const continues: boolean = above !== null && (ctx.numbered ? ownNo === '' : (ownParts[0] ?? '') === '');
    const carried: Carried | null = continues ? above : null;
    const shown = (j: number | null): string => cellText(shownAt(cells, i, j, ctx));
    const mergedParts = textIndices.map((j, k) => (ownParts[k] === '' ? shown(j) : ''));
    const parts: string[] = ownParts.map((part, k) => orAbove(part || (mergedParts[k] ?? ''), carried?.parts[k]));
    // A task titled in its 序号 ((一)产业协作 with units of its own and its task cell empty): the words are its text.
    const titled = parts.every((t) => t === '') ? splitHeading(ownNo) : null;
    if (titled !== null) parts[0] = titled.title;
    const ownText = titled !== null ? titled.title : ownParts.filter((t) => t !== '').join('\n');
    const shownDeadline = shownAt(cells, i, index.deadline, ctx);
    const ownDeadline = isCellError(shownDeadline) ? null : shownDeadline;
    const [lead, support, units] = unitIndices.map(shown) as [string, string, string];
    // A unit cell's rule (列第一位的为牵头单位) holds on every row the cell is merged over.
    const cellRule = [lead, support, units].find(statesFirstListedRule);
    if (cellRule !== undefined && holdsBelow(cellRule)) firstListedBelow = true;
    const task: TaskRow = {
      kind: 'task',
      row,
      no: carried && ownNo === '' && ctx.numbered ? carried.task.no : (titled?.marker ?? ownNo),
      noInherited: carried !== null && ctx.numbered && ownNo === '',
      text: parts.filter((t) => t !== '').join('\n'),
      ownText,
      textInherited: ownText === '' && (carried !== null || mergedParts.some((t) => t !== '')),
      subRowOf: carried ? carried.head : null,
      lead: orAbove(lead, carried?.task.lead),
      support: orAbove(support, carried?.task.support),
      units: orAbove(units, carried?.task.units),
      deadline: carried && (ownDeadline === null || cellText(ownDeadline) === '') ? carried.task.deadline : ownDeadline,
      status: orAbove(shown(index.status), carried?.task.status),
      leader: orAbove(shown(ctx.columns.leader), carried?.task.leader) || sectionLeader,
      // A figure merged over several rows is one figure: it counts on the range's first row only, like a quota.
      target: cellText(at(cells, ctx.columns.target)),
      measure: shown(ctx.columns.measure) || ctx.columns.targetMeasure,
      section,
      errors: cellErrors(cells, ctx),
      firstListedLeads: ctx.firstListedLeads || firstListedBelow || cellRule !== undefined,
    };
    rows.push(task);
    previous = { task, head: task.subRowOf ?? task.row, parts };
  }
  if (!firstListedInNote) return rows;
  const classified = Math.max(0, grid.length - firstDataIndex);
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k] as TableRow;
    if (r.kind === 'task') rows[k] = { ...r, firstListedLeads: true };
    if ((k + 1) % slice === 0) yield classified;
  }
  return rows;
}
