// The kind of every row below the header, and what a task row holds once merged cells are read as a clerk reads
// them. A host hands merged cells with their value in the first cell only, so:
//  - a row whose 序号 is empty (or, without a 序号 column, whose task cell is empty) continues the task above: it is a
//    sub-row of that task, and every cell it leaves empty takes the value above (units, leader, deadline, progress and
//    the task text: a 牵头单位 merged over four rows leads all four);
//  - a row that only titles what follows (一、…, （一）…, ——…, text in the first columns only) is a section; one with
//    units, a deadline or progress of its own is a task whatever its first text;
//  - the header repeated at a page break, blank rows and notes (注：…) are no tasks.
import type { CellValue } from '../model';
import { memoize } from '../memoize';
import { cellText, isCellError } from './cellText';
import { columnLetter } from './columnLetters';
import { MAX_HEADER_LENGTH, normalizeHeader } from './headerRoles';
import { leaderOfSection, looksLikeSectionHeading, looksLikeTaskNo } from './sectionRows';
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

function isSection(cells: readonly CellValue[], ctx: RowContext, noText: string, taskText: string): boolean {
  const { index } = ctx.columns;
  const own = [index.lead, index.support, index.units, index.deadline, ...ctx.columns.progress];
  if (own.some((j) => cellText(at(cells, j)) !== '')) return false;
  if (looksLikeSectionHeading(noText) || looksLikeSectionHeading(taskText)) return true;
  if (looksLikeTaskNo(noText)) return false;
  // A row of error values (a lookup that failed all along the row) is a broken task row: its errors must be reported.
  if (ctx.readIndices.some((j) => isCellError(cells[j]))) return false;
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

export function classifyRows(grid: readonly (readonly CellValue[])[], firstDataIndex: number, firstRow: number, ctx: RowContext): TableRow[] {
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
    if (isSection(cells, ctx, ownNo, ownParts[0] ?? '')) {
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
    const parts: string[] = ownParts.map((part, k) => orAbove(part, carried?.parts[k]));
    const ownText = ownParts.filter((t) => t !== '').join('\n');
    const ownDeadline = isCellError(at(cells, index.deadline)) ? null : at(cells, index.deadline);
    const cellRule = noUnits ? undefined : ownUnits.find(statesFirstListedRule);
    if (cellRule !== undefined && holdsBelow(cellRule)) firstListedBelow = true;
    const task: TaskRow = {
      kind: 'task',
      row,
      no: carried && ownNo === '' && ctx.numbered ? carried.task.no : ownNo,
      noInherited: carried !== null && ctx.numbered && ownNo === '',
      text: parts.filter((t) => t !== '').join('\n'),
      ownText,
      textInherited: carried !== null && ownText === '',
      subRowOf: carried ? carried.head : null,
      lead: orAbove(ownUnits[0] ?? '', carried?.task.lead),
      support: orAbove(ownUnits[1] ?? '', carried?.task.support),
      units: orAbove(ownUnits[2] ?? '', carried?.task.units),
      deadline: carried && (ownDeadline === null || cellText(ownDeadline) === '') ? carried.task.deadline : ownDeadline,
      status: orAbove(cellText(at(cells, index.status)), carried?.task.status),
      leader: orAbove(cellText(at(cells, ctx.columns.leader)), carried?.task.leader) || sectionLeader,
      target: cellText(at(cells, ctx.columns.target)),
      measure: cellText(at(cells, ctx.columns.measure)) || ctx.columns.targetMeasure,
      section,
      errors: cellErrors(cells, ctx),
      firstListedLeads: ctx.firstListedLeads || firstListedBelow || cellRule !== undefined,
    };
    rows.push(task);
    previous = { task, head: task.subRowOf ?? task.row, parts };
  }
  if (!firstListedInNote) return rows;
  return rows.map((r) => (r.kind === 'task' ? { ...r, firstListedLeads: true } : r));
}
