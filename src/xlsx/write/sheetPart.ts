// One of the tool's sheets as a new worksheet part, written row by row into the deflater (a unit task list reaches
// Excel's million rows): the plan's header, rows and layout, in CT_Worksheet's order. Text is written as inline
// strings, so the workbook's shared-string table is left alone, and never as a formula, whatever it starts with; a copy
// of a cell that is a shared string points at that string's entry instead (the table itself unchanged).
import { columnLetter, filterLastRow, footerCode, headerRowOf, HIGHLIGHT_COLORS, quoteSheetName, rowsBelowBody, type PlanCell, type SheetPlan } from '../../core';
import { escapeAttribute, escapeText } from '../xml/escapeXml';
import type { MarkupFamily } from '../xml/namespaces';
import { highlightBlock } from './highlightEdits';
import type { CellFormat, CellStyles } from './styleBook';

/** Where a part's text goes; PartDeflater in the package writer. */
export interface TextSink {
  write(text: string): void;
}

/** The shared string a copied cell shows (its index in the workbook's table), null where it is none. */
export type SharedStringOf = (source: { readonly sheet: string; readonly cell: string }) => number | null;

export interface WrittenSheet {
  /** The `_xlnm.Print_Titles` value for the repeated rows, when the plan asks for them (`'校验结果'!$1:$2`). */
  readonly printTitles: string | null;
}

const DEFAULT_TITLE_SIZE = 14;
/** Text whose spaces an XML reader would otherwise be free to drop. */
const EDGE_SPACE = /^\s|\s$|\n/;
const PAPER_SIZE: Readonly<Record<'A4' | 'A3', number>> = { A4: 9, A3: 8 };
/**
 * Characters of body rows gathered into one write: few enough that the batch's string is a young object, which dies
 * cheaply (a string over V8's 128 KB lands with the long-lived ones, and a unit task list of 100,000 tasks makes
 * thousands of them, each adding to the full collections of a heap that holds the whole check).
 */
const CHARACTERS_PER_WRITE = 24_000;
/** Hyperlink elements (about 150 characters each) gathered into one write, likewise. */
const LINKS_PER_WRITE = 128;

/**
 * Every cell carries its reference: CT_Cell's r is optional, but readers other than Excel (ExcelJS among them) fail
 * without it.
 */
function textCell(ref: string, style: number, text: string): string {
  return `<c r="${ref}${tagEnds(style).text}${inlineStringEnd(text)}`;
}

/**
 * The rest of a cell's start tag after its reference (` s="3" t="inlineStr">`) for each type of value, made once per
 * style: the body rows put a cell together from such pieces instead of making a new string for each.
 */
interface TagEnds {
  readonly number: string;
  readonly shared: string;
  readonly text: string;
}

const TAG_ENDS = new Map<number, TagEnds>();

function tagEnds(style: number): TagEnds {
  let ends = TAG_ENDS.get(style);
  if (ends === undefined) {
    const s = style ? ` s="${style}"` : '';
    ends = { number: `"${s}>`, shared: `"${s} t="s">`, text: `"${s} t="inlineStr">` };
    TAG_ENDS.set(style, ends);
  }
  return ends;
}

/** A text cell's content and its end tag. */
function inlineStringEnd(text: string): string {
  const preserve = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${preserve}>${escapeText(text)}</t></is></c>`;
}

/** A list validation's formula: the values in one quoted string, commas between (a value holds none). */
function listFormula(choices: readonly string[]): string {
  return `"${choices.map((c) => c.replace(/"/g, '""')).join(',')}"`;
}

/**
 * The outline attributes of body rows in groups (details at level 1, the summary row below them marked when folded),
 * asked for in row order: a walk along the groups rather than a map of every grouped row.
 */
function rowOutline(plan: Omit<SheetPlan, 'key'>): { readonly any: boolean; attributesOf(index: number): string } {
  const groups = plan.rowGroups ?? [];
  let at = 0;
  return {
    any: groups.length > 0,
    attributesOf: (index) => {
      while (at < groups.length && index > groups[at]!.first + groups[at]!.count) at += 1;
      const group = groups[at];
      if (group === undefined || index < group.first) return '';
      if (index === group.first + group.count) return group.collapsed ? ' collapsed="1"' : '';
      return group.collapsed ? ' outlineLevel="1" hidden="1"' : ' outlineLevel="1"';
    },
  };
}

/**
 * `plan` without its key: a workbook written from scratch (a unit's return) has sheets that are none of the tool's.
 * `sharedStringOf` knows the copied cells of the workbook the sheet goes into; without it every text is written out.
 */
export function writeSheetPart(
  plan: Omit<SheetPlan, 'key'>,
  styles: CellStyles,
  family: MarkupFamily,
  out: TextSink,
  sharedStringOf: SharedStringOf = () => null,
): WrittenSheet {
  const layout = plan.layout ?? {};
  const width = Math.max(1, plan.columns.length);
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const last = letters[width - 1]!;
  const headerRow = headerRowOf(layout);
  const lastRow = headerRow + plan.rows.length;
  // The note and the closing text go below the body, each after an empty row.
  const below = rowsBelowBody(layout, plan.rows.length);
  const bold = new Set(plan.boldRows);
  const outline = rowOutline(plan);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, ` ht="${h.points}" customHeight="1"`] as const));
  const rowStart = (r: number, extra = ''): string => `<row r="${r}"${heights.get(r) ?? ''}${extra}>`;

  const styleOf = (format: CellFormat): number => styles.xf(format);
  const stylesFor = (base: CellFormat) => ({
    plain: styleOf(base),
    bold: styleOf({ ...base, bold: true }),
    link: styleOf({ ...base, link: true }),
    boldLink: styleOf({ ...base, bold: true, link: true }),
  });
  const tableCell = { ...(layout.alignTop ? { top: true } : {}), ...(layout.borders ? { border: true } : {}) };
  const baseFormats = plan.columns.map(
    (column): CellFormat => ({
      ...(column.numberFormat !== undefined ? { numberFormat: column.numberFormat } : {}),
      ...(column.wrap ? { wrap: true } : {}),
      ...(column.center ? { centered: true } : {}),
      ...tableCell,
    }),
  );
  const bodyStyles = baseFormats.map(stylesFor);
  // A fill-in column's empty cells are open to typing; what the tool wrote into it (— where nothing is asked) is not.
  const fillStyles = plan.columns.map((column, i) => (column.unlocked ? styleOf({ ...baseFormats[i], unlocked: true }) : null));
  const anyFill = fillStyles.some((style) => style !== null);
  const headerStyle = styleOf({ bold: true, ...(layout.wrapHeader ? { wrap: true } : {}), ...tableCell });
  // Text rows merged across the table wrap within it (their heights come with the plan).
  const titleStyle = layout.title !== undefined ? styleOf({ bold: true, wrap: true, fontSize: layout.titleFontSize ?? DEFAULT_TITLE_SIZE }) : 0;
  const mergedTextStyle = styleOf({ wrap: true });

  const print = layout.print;
  const fitToPage = print?.fitToPagesWide !== undefined;
  out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.write(`<worksheet xmlns="${family.main}" xmlns:r="${family.relationships}">`);
  if (fitToPage) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1:${last}${below.last}"/>`);
  out.write('<sheetViews><sheetView workbookViewId="0">');
  if (layout.freezeHeader !== false) {
    out.write(`<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`);
    out.write(`<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`);
  }
  out.write('</sheetView></sheetViews>');
  // The attribute the outline's buttons need; defaultRowHeight is required beside it (Excel's own for Calibri 11).
  if (outline.any) out.write('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>');
  out.write('<cols>');
  plan.columns.forEach((column, i) => out.write(`<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.hidden ? ' hidden="1"' : ''}/>`));
  out.write('</cols><sheetData>');
  if (layout.title !== undefined) out.write(`${rowStart(1)}${textCell('A1', titleStyle, layout.title)}</row>`);
  if (headerRow === 3 && layout.subtitle !== undefined) out.write(`${rowStart(2)}${textCell('A2', mergedTextStyle, layout.subtitle)}</row>`);
  out.write(`${rowStart(headerRow)}${plan.columns.map((column, i) => textCell(`${letters[i]}${headerRow}`, headerStyle, column.header)).join('')}</row>`);

  const links: string[] = [];
  // A batch of rows grows as one string from pieces, some made once (a column's `<c r="B`, a style's tag end): V8
  // links the pieces and copies them once, when the batch is encoded. Caching each short text's markup, or joining
  // an array of pieces, measured slower at 682,096 rows (docs/performance.md).
  const cellStarts = letters.map((letter) => `<c r="${letter}`);
  const plainEnds = bodyStyles.map((style) => tagEnds(style.plain));
  const boldEnds = bodyStyles.map((style) => tagEnds(style.bold));
  // A copied cell is the same object on every row that copies it (a task's text on each of its units' rows).
  const sharedOf = new Map<object, number | null>();
  let batch = '';
  plan.rows.forEach((cells, index) => {
    const r = headerRow + 1 + index;
    const row = String(r);
    const isBold = bold.has(index);
    batch += rowStart(r, outline.attributesOf(index));
    // Only a sheet with cells to fill in or ruled cells writes the empty ones.
    const end = anyFill || layout.borders ? bodyStyles.length : Math.min(cells.length, bodyStyles.length);
    for (let c = 0; c < end; c += 1) {
      const cell: PlanCell = cells[c] ?? null;
      const style = bodyStyles[c]!;
      if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) {
        // An empty cell to fill in is written for its unlocked style.
        const fill = fillStyles[c] ?? (layout.borders ? style.plain : null);
        if (fill !== null) batch += `<c r="${letters[c]}${r}" s="${fill}"/>`;
        continue;
      }
      const ends = isBold ? boldEnds[c]! : plainEnds[c]!;
      if (typeof cell === 'number') {
        batch += cellStarts[c]! + row + ends.number + `<v>${cell}</v></c>`;
      } else if (typeof cell === 'string') {
        batch += cellStarts[c]! + row + ends.text + inlineStringEnd(cell);
      } else if ('copyOf' in cell) {
        // The entry holds the same text (the reader vouches for it): the unit task list's rows shrink by its length.
        let shared = sharedOf.get(cell);
        if (shared === undefined) {
          shared = sharedStringOf(cell.copyOf);
          sharedOf.set(cell, shared);
        }
        if (shared === null) batch += cellStarts[c]! + row + ends.text + inlineStringEnd(cell.text);
        else batch += cellStarts[c]! + row + ends.shared + `<v>${shared}</v></c>`;
      } else {
        const ref = `${letters[c]}${r}`;
        batch += textCell(ref, isBold ? style.boldLink : style.link, cell.text);
        links.push(`<hyperlink ref="${ref}" location="${escapeAttribute(`${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`)}" display="${escapeAttribute(cell.text)}"/>`);
      }
    }
    batch += '</row>';
    if (batch.length >= CHARACTERS_PER_WRITE) {
      out.write(batch);
      batch = '';
    }
  });
  out.write(batch);
  if (below.note !== null && layout.note !== undefined) out.write(`${rowStart(below.note)}${textCell(`A${below.note}`, mergedTextStyle, layout.note)}</row>`);
  if (below.closingHeading !== null && below.closingText !== null && layout.closing !== undefined) {
    out.write(`${rowStart(below.closingHeading)}${textCell(`A${below.closingHeading}`, styleOf({ bold: true, wrap: true }), layout.closing.heading)}</row>`);
    out.write(`${rowStart(below.closingText)}${textCell(`A${below.closingText}`, mergedTextStyle, layout.closing.text)}</row>`);
  }
  out.write('</sheetData>');
  // Without a password: the protection keeps typing off the locked cells, it secures nothing.
  if (layout.protect) out.write('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (layout.autoFilter) out.write(`<autoFilter ref="A${headerRow}:${last}${filterLastRow(layout, plan.rows.length)}"/>`);
  const belowRows = [below.note, below.closingHeading, below.closingText].filter((r): r is number => r !== null);
  const merged = width > 1 ? [...Array.from({ length: headerRow - 1 }, (_, i) => i + 1), ...belowRows] : [];
  if (merged.length > 0) out.write(`<mergeCells count="${merged.length}">${merged.map((r) => `<mergeCell ref="A${r}:${last}${r}"/>`).join('')}</mergeCells>`);
  // Cells coloured as the task sheet's highlights are (进展汇总's lights), where the styles part takes their colours.
  const dxf = styles.dxf?.bind(styles);
  if (dxf) (plan.highlights ?? []).forEach((rule, i) => out.write(highlightBlock((local) => local, rule.style, rule.ranges, i + 1, dxf(HIGHLIGHT_COLORS[rule.style]))));
  const lists = plan.columns.map((column, i) => ({ column, letter: letters[i]! })).filter(({ column }) => column.choices !== undefined && column.choices.length > 0);
  if (lists.length > 0) {
    const bodyEnd = Math.max(lastRow, headerRow + 1);
    out.write(`<dataValidations count="${lists.length}">`);
    for (const { column, letter } of lists) {
      out.write(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letter}${headerRow + 1}:${letter}${bodyEnd}"><formula1>${escapeText(listFormula(column.choices ?? []))}</formula1></dataValidation>`,
      );
    }
    out.write('</dataValidations>');
  }
  if (links.length > 0) {
    out.write('<hyperlinks>');
    for (let i = 0; i < links.length; i += LINKS_PER_WRITE) out.write(links.slice(i, i + LINKS_PER_WRITE).join(''));
    out.write('</hyperlinks>');
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (print) {
    const fit = fitToPage ? ` fitToWidth="${print.fitToPagesWide}" fitToHeight="0"` : '';
    out.write(`<pageSetup paperSize="${PAPER_SIZE[print.paperSize]}" orientation="${print.orientation}"${fit}/>`);
    if (print.footer) out.write(`<headerFooter><oddFooter>${escapeText(footerCode(print.footer))}</oddFooter></headerFooter>`);
  }
  out.write('</worksheet>');
  return { printTitles: print?.repeatHeaderRows ? `${quoteSheetName(plan.name)}!$1:$${headerRow}` : null };
}
