// The look every sheet the tool writes shares, decided once: a title row (the plan's name and the sheet's), a line
// saying what was checked, as of when and when the sheet was made, a frozen header with an AutoFilter, and a page
// setup a district head can print: A4 landscape, one page wide, the title and header on every page, a footer with the
// as-of date, the page number and the sheet's name. Sheet builders call `toolSheetLayout`; hosts apply the layout.
import type { Messages } from '../messages/catalog';
import type { CheckResult, SheetLayout } from '../model';

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

export interface ToolSheetOptions {
  /** A line below the table (what a totals row adds up). */
  readonly note?: string;
}

/** The layout of a tool sheet titled `sheetLabel` (区县汇总表), for the table `result` checked. */
export function toolSheetLayout(sheetLabel: string, result: CheckResult, messages: Messages, context: SheetContext, options: ToolSheetOptions = {}): SheetLayout {
  const words = messages.sheetTitle;
  return {
    title: words.title(result.title ?? result.sheet, sheetLabel),
    subtitle: words.subtitle({ sheet: result.sheet, planYear: result.planYear, asOf: result.asOf, madeAt: context.madeAt }),
    freezeHeader: true,
    autoFilter: true,
    wrapHeader: true,
    alignTop: true,
    ...(options.note !== undefined ? { note: options.note } : {}),
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      repeatHeaderRows: true,
      footer: { left: [messages.terms.asOfDate(result.asOf)], center: words.page, right: [{ field: 'sheetName' }] },
    },
  };
}
