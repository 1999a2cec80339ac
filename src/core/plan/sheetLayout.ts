// The look every sheet the tool writes shares, decided once: a title row (the plan's name and the sheet's), a line
// saying what was checked, as of when and when the sheet was made, a frozen header with an AutoFilter, and a page
// setup a district head can print: A4 landscape, one page wide, the title and header on every page, a footer with the
// as-of date, the page number and the sheet's name. Sheet builders call `toolSheetLayout`; hosts apply the layout.
import type { Messages } from '../messages/catalog';
import type { CheckResult, FooterPiece, SheetLayout, SheetPrintSetup } from '../model';

/** What a sheet builder is told besides the check's result and the words of its language. */
export interface SheetContext {
  /**
   * When the sheet is made, by the host's clock ('YYYY-MM-DD HH:mm'); null when the host does not say, so that a run
   * on the same input writes the same bytes.
   */
  readonly madeAt: string | null;
}

export const NO_SHEET_CONTEXT: SheetContext = { madeAt: null };

/** Rows above the header that a title can take, for the header's row number: title and subtitle. */
export function headerRowOf(layout: SheetLayout | undefined): number {
  if (layout?.title === undefined) return 1;
  return layout.subtitle === undefined ? 2 : 3;
}

/** The AutoFilter's last sheet row: the body's last, or the one above a totals row (never above the header). */
export function filterLastRow(layout: SheetLayout | undefined, bodyRows: number): number {
  const headerRow = headerRowOf(layout);
  return Math.max(headerRow, headerRow + bodyRows - (layout?.totalsRow && bodyRows > 0 ? 1 : 0));
}

/** Where the rows below a sheet's body go: the note, then the closing heading and text, each after an empty row. */
export interface RowsBelowBody {
  readonly note: number | null;
  readonly closingHeading: number | null;
  readonly closingText: number | null;
  /** The sheet's last row: the last of these, else the body's. */
  readonly last: number;
}

/** The rows below the body of a sheet laid out by `layout` with `bodyRows` body rows. */
export function rowsBelowBody(layout: SheetLayout | undefined, bodyRows: number): RowsBelowBody {
  const lastBodyRow = headerRowOf(layout) + bodyRows;
  const note = layout?.note !== undefined ? lastBodyRow + 2 : null;
  const closingHeading = layout?.closing !== undefined ? (note ?? lastBodyRow) + 2 : null;
  const closingText = closingHeading === null ? null : closingHeading + 1;
  return { note, closingHeading, closingText, last: closingText ?? note ?? lastBodyRow };
}

export interface ToolSheetOptions {
  /** A line below the table (what a totals row adds up). */
  readonly note?: string;
  /** A headed paragraph below the table and its note (the 通报). */
  readonly closing?: SheetLayout['closing'];
  /** The body ends in a totals row, which the AutoFilter leaves out. */
  readonly totalsRow?: boolean;
}

/** The layout of a tool sheet titled `sheetLabel` (区县汇总表), for the table `result` checked. */
export function toolSheetLayout(sheetLabel: string, result: CheckResult, messages: Messages, context: SheetContext, options: ToolSheetOptions = {}): SheetLayout {
  const words = messages.sheetTitle;
  return {
    title: words.title(result.title ?? result.sheet, sheetLabel),
    // A year that is only the as-of date's is no year of the plan's: the subtitle leaves it out.
    subtitle: words.subtitle({ sheet: result.sheet, planYear: result.planYearFrom === 'asOf' ? null : result.planYear, asOf: result.asOf, madeAt: context.madeAt }),
    freezeHeader: true,
    autoFilter: true,
    wrapHeader: true,
    alignTop: true,
    borders: true,
    ...(options.note !== undefined ? { note: options.note } : {}),
    ...(options.closing !== undefined ? { closing: options.closing } : {}),
    ...(options.totalsRow ? { totalsRow: true } : {}),
    print: toolSheetPrint(messages, [messages.terms.asOfDate(result.asOf)]),
  };
}

/**
 * How every sheet the tool writes prints (its own sheets and the returns it hands out): A4 landscape, one page wide,
 * the title and header on every page, a footer with `footerLeft`, the page number and the sheet's name.
 */
export function toolSheetPrint(messages: Messages, footerLeft: readonly FooterPiece[]): SheetPrintSetup {
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    repeatHeaderRows: true,
    footer: { ...(footerLeft.length > 0 ? { left: footerLeft } : {}), center: messages.sheetTitle.page, right: [{ field: 'sheetName' }] },
  };
}
