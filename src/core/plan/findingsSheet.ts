// The findings sheet, as the pane lists them: by kind in plain words, errors first, and within a kind one row per group
// of repeated findings (groupFindings). A finding in several cells gets, above its row, one row per cell, each a link
// to its cell, folded under it (Excel's outline, summary row below): the sheet reads as the short list of groups, and
// every cell is a click away. A group links its first MAX_LINKED_PLACES cells one by one and says how many more there
// are (the task sheet marks them all): the same misspelling in 5,000 rows is mended by Find and Replace, and a sheet of
// every one of them would cost a long table half a million rows. The code stands in the last column, for filters and
// scripts.
import type { Messages } from '../messages/catalog';
import type { CheckResult, Finding, PlanCell, RowGroup } from '../model';
import { joinWithinCell } from './cellTextLimit';
import { sheetColumns } from './columnWidth';
import { type FindingGroup, type FindingPlace, groupFindingsSteps, placeOf } from './groupRepeatedFindings';
import type { SheetBody } from './sheetBody';
import { NO_SHEET_CONTEXT, toolSheetLayout, type SheetContext } from './sheetLayout';
import { finish } from '../steps';

/**
 * The code's column is as wide as the longest code and no wider: it is for filters and scripts, not reading. The
 * suggestion's holds the common ones (将“台江区”列入牵头单位或配合单位。) on one line.
 */
const MAX_WIDTHS = [10, 24, 20, 16, 16, 60, 36, 8, 28];
/** Every column of text wraps, whatever the first rows hold: a kind's name, a list of task numbers or units runs on. */
const WRAPPED = new Set([1, 3, 4, 5, 6]);
/** Cells of one group linked one by one, at most. */
export const MAX_LINKED_PLACES = 100;
/** The column a group's not-listed count is said in: the message's. */
const MESSAGE_COLUMN = 5;
const COUNT_COLUMN = 7;

/** The findings' task numbers or units, each once, in order, as far as they are read. */
function* distinctValues(findings: readonly Finding[], pick: (finding: Finding) => string | null): Generator<string> {
  const seen = new Set<string>();
  let last: string | null = null;
  for (const finding of findings) {
    const value = pick(finding);
    // A group's findings mostly repeat the task, or the unit, of the one before.
    if (value === null || value === last) continue;
    last = value;
    if (seen.has(value)) continue;
    seen.add(value);
    yield value;
  }
}

/** A group's task numbers or units joined within a cell; none, an empty cell. */
function listCell(group: FindingGroup, pick: (finding: Finding) => string | null, separator: string): PlanCell {
  const text = joinWithinCell(distinctValues(group.findings, pick), separator);
  return text === '' ? null : text;
}

/** The findings of a group, one per place (a cell, or a whole row), in the group's order, the first `most` of them. */
function onePerPlace(group: FindingGroup, most: number): { readonly place: FindingPlace; readonly finding: Finding }[] {
  const seen = new Set<string>();
  const placed: { place: FindingPlace; finding: Finding }[] = [];
  for (const finding of group.findings) {
    if (placed.length === most) break;
    const found = placeOf(finding);
    if (found === null || seen.has(found[0])) continue;
    seen.add(found[0]);
    placed.push({ place: found[1], finding });
  }
  return placed;
}

export function findingsSheet(result: CheckResult, messages: Messages, context: SheetContext = NO_SHEET_CONTEXT): SheetBody {
  return finish(findingsSheetSteps(result, messages, context));
}

/** The sheet, yielding after every `slice` findings grouped. */
export function* findingsSheetSteps(
  result: CheckResult,
  messages: Messages,
  context: SheetContext = NO_SHEET_CONTEXT,
  slice = Number.POSITIVE_INFINITY,
): Generator<void, SheetBody> {
  // Findings about a whole row (a repeated header) link to the table's first column of that row.
  const fallbackColumn = result.columns.no ?? result.columns.task ?? 'A';
  const label = (place: FindingPlace): string => (place.kind === 'cell' ? place.cell : messages.findingRow(place.row));
  const link = (place: FindingPlace, text = label(place)): PlanCell => ({
    text,
    link: { sheet: result.sheet, cell: place.kind === 'cell' ? place.cell : `${fallbackColumn}${place.row}` },
  });
  const h = messages.findingsHeaders;
  const headers = [h.severity, h.kind, h.cell, h.taskNo, h.unit, h.message, h.suggestion, h.count, h.code];
  const rows: PlanCell[][] = [];
  const rowGroups: RowGroup[] = [];
  for (const kind of yield* groupFindingsSteps(result.findings, slice)) {
    const severity = messages.severity[kind.severity];
    const kindName = messages.findingKinds[kind.code].name;
    for (const group of kind.groups) {
      // A group's rows and lists can be long (a misspelling in 100,000 rows): the host may take a turn after each.
      yield;
      const places = group.placeCount;
      const linked = onePerPlace(group, MAX_LINKED_PLACES);
      const [first] = linked;
      if (places > 1) {
        const start = rows.length;
        for (const { place, finding } of linked) rows.push([severity, kindName, link(place), finding.taskNo, finding.unit, null, null, null, kind.code]);
        if (places > linked.length) {
          const rest: PlanCell[] = [severity, kindName, null, null, null, null, null, null, kind.code];
          rest[MESSAGE_COLUMN] = messages.placesNotListed(places - linked.length);
          rows.push(rest);
        }
        rowGroups.push({ first: start, count: rows.length - start, collapsed: true });
      }
      const where = first === undefined ? messages.wholeTable : places === 1 ? link(first.place) : link(first.place, messages.findingPlaces(label(first.place), places));
      rows.push([
        severity,
        kindName,
        where,
        listCell(group, (finding) => finding.taskNo, messages.listSeparator),
        listCell(group, (finding) => finding.unit, messages.listSeparator),
        group.message,
        group.suggestion,
        group.count,
        kind.code,
      ]);
    }
  }
  const columns = sheetColumns(headers, rows, MAX_WIDTHS, { headerWraps: true, headerBreaks: true }).map((column, i) => {
    if (WRAPPED.has(i)) return { ...column, wrap: true };
    // The count stands centred, clear of the code beside it.
    return i === COUNT_COLUMN ? { ...column, center: true } : column;
  });
  // A check that found nothing says so under the header, rather than leave a bare header to be read as a failure.
  const layout = toolSheetLayout(messages.sheetNames.findings, result, messages, context, rows.length === 0 ? { note: messages.noFindings } : {});
  return { columns, rows, boldRows: [], rowGroups, layout };
}
