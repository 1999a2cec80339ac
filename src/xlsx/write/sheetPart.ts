// One of the tool's sheets as a new worksheet part, written row by row into the deflater (a unit task list reaches
// Excel's million rows): the plan's header, rows and layout, in CT_Worksheet's order. Text is written as inline
// strings, so the workbook's shared-string table is left alone, and never as a formula, whatever it starts with.
import { columnLetter, quoteSheetName, type FooterPiece, type PageFooter, type PlanCell, type SheetPlan } from '../../core';
import { escapeAttribute, escapeText } from '../xml/escapeXml';
import type { MarkupFamily } from '../xml/namespaces';
import type { CellFormat, CellStyles } from './styleBook';

/** Where a part's text goes; PartDeflater in the package writer. */
export interface TextSink {
  write(text: string): void;
}

export interface WrittenSheet {
  /** The `_xlnm.Print_Titles` value for the repeated rows, when the plan asks for them (`'校验结果'!$1:$2`). */
  readonly printTitles: string | null;
}

const DEFAULT_TITLE_SIZE = 14;
/** Text whose spaces an XML reader would otherwise be free to drop. */
const EDGE_SPACE = /^\s|\s$|\n/;
const PAPER_SIZE: Readonly<Record<'A4' | 'A3', number>> = { A4: 9, A3: 8 };
/** Rows gathered into one write. */
const ROWS_PER_WRITE = 256;

const FOOTER_FIELD: Readonly<Record<Exclude<FooterPiece, string>['field'], string>> = { pageNumber: '&P', pageCount: '&N', sheetName: '&A' };

/** A footer in Excel's header/footer codes: `&L…&C…&R…`, a literal '&' doubled. */
export function footerCode(footer: PageFooter): string {
  const section = (pieces: readonly FooterPiece[] | undefined): string =>
    (pieces ?? []).map((piece) => (typeof piece === 'string' ? piece.replace(/&/g, '&&') : FOOTER_FIELD[piece.field])).join('');
  return [['&L', footer.left], ['&C', footer.center], ['&R', footer.right]]
    .filter(([, pieces]) => pieces !== undefined && pieces.length > 0)
    .map(([code, pieces]) => `${code as string}${section(pieces as readonly FooterPiece[])}`)
    .join('');
}

/**
 * Every cell carries its reference: CT_Cell's r is optional, but readers other than Excel (ExcelJS among them) fail
 * without it.
 */
function textCell(ref: string, style: number, text: string): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr">${inlineString(text)}</c>`;
}

/**
 * The tool's sheets repeat a few short texts (unit names, roles, states) hundreds of thousands of times: each is
 * escaped once. Bounded, so that a sheet of distinct long texts does not fill memory with them.
 */
const INLINE_STRINGS = new Map<string, string>();
const MAX_CACHED_LENGTH = 64;
const MAX_CACHED = 50_000;

function inlineString(text: string): string {
  const cached = INLINE_STRINGS.get(text);
  if (cached !== undefined) return cached;
  const preserve = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : '';
  const markup = `<is><t${preserve}>${escapeText(text)}</t></is>`;
  if (text.length <= MAX_CACHED_LENGTH && INLINE_STRINGS.size < MAX_CACHED) INLINE_STRINGS.set(text, markup);
  return markup;
}

/** A list validation's formula: the values in one quoted string, commas between (a value holds none). */
function listFormula(choices: readonly string[]): string {
  return `"${choices.map((c) => c.replace(/"/g, '""')).join(',')}"`;
}

/** `plan` without its key: a workbook written from scratch (a unit's return) has sheets that are none of the tool's. */
export function writeSheetPart(plan: Omit<SheetPlan, 'key'>, styles: CellStyles, family: MarkupFamily, out: TextSink): WrittenSheet {
  const layout = plan.layout ?? {};
  const width = Math.max(1, plan.columns.length);
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const last = letters[width - 1]!;
  const headerRow = layout.title !== undefined ? 2 : 1;
  const lastRow = headerRow + plan.rows.length;
  const bold = new Set(plan.boldRows);

  const styleOf = (format: CellFormat): number => styles.xf(format);
  const stylesFor = (base: CellFormat) => ({
    plain: styleOf(base),
    bold: styleOf({ ...base, bold: true }),
    link: styleOf({ ...base, link: true }),
    boldLink: styleOf({ ...base, bold: true, link: true }),
  });
  const baseFormats = plan.columns.map(
    (column): CellFormat => ({ ...(column.numberFormat !== undefined ? { numberFormat: column.numberFormat } : {}), ...(column.wrap ? { wrap: true } : {}) }),
  );
  const bodyStyles = baseFormats.map(stylesFor);
  // A fill-in column's empty cells are open to typing; what the tool wrote into it (— where nothing is asked) is not.
  const fillStyles = plan.columns.map((column, i) => (column.unlocked ? styleOf({ ...baseFormats[i], unlocked: true }) : null));
  const headerStyle = styleOf({ bold: true, ...(layout.wrapHeader ? { wrap: true } : {}) });
  const titleStyle = layout.title !== undefined ? styleOf({ bold: true, fontSize: layout.titleFontSize ?? DEFAULT_TITLE_SIZE }) : 0;

  const print = layout.print;
  const fitToPage = print?.fitToPagesWide !== undefined;
  out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.write(`<worksheet xmlns="${family.main}" xmlns:r="${family.relationships}">`);
  if (fitToPage) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1:${last}${lastRow}"/>`);
  out.write('<sheetViews><sheetView workbookViewId="0">');
  if (layout.freezeHeader !== false) {
    out.write(`<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`);
    out.write(`<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`);
  }
  out.write('</sheetView></sheetViews>');
  out.write('<cols>');
  plan.columns.forEach((column, i) => out.write(`<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.hidden ? ' hidden="1"' : ''}/>`));
  out.write('</cols><sheetData>');
  if (layout.title !== undefined) out.write(`<row r="1">${textCell('A1', titleStyle, layout.title)}</row>`);
  out.write(`<row r="${headerRow}">${plan.columns.map((column, i) => textCell(`${letters[i]}${headerRow}`, headerStyle, column.header)).join('')}</row>`);

  const links: string[] = [];
  // Cells are gathered as pieces and joined once per batch: strings grown cell by cell would be joined again later.
  let batch: string[] = [];
  plan.rows.forEach((cells, index) => {
    const r = headerRow + 1 + index;
    const isBold = bold.has(index);
    batch.push(`<row r="${r}">`);
    for (let c = 0; c < bodyStyles.length; c += 1) {
      const cell: PlanCell = cells[c] ?? null;
      const style = bodyStyles[c]!;
      if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) {
        // An empty cell to fill in is written for its unlocked style.
        const fill = fillStyles[c];
        if (fill !== null && fill !== undefined) batch.push(`<c r="${letters[c]}${r}" s="${fill}"/>`);
        continue;
      }
      const ref = `${letters[c]}${r}`;
      if (typeof cell === 'number') {
        const s = isBold ? style.bold : style.plain;
        batch.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${cell}</v></c>`);
      } else if (typeof cell === 'string') {
        batch.push(textCell(ref, isBold ? style.bold : style.plain, cell));
      } else {
        batch.push(textCell(ref, isBold ? style.boldLink : style.link, cell.text));
        links.push(`<hyperlink ref="${ref}" location="${escapeAttribute(`${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`)}" display="${escapeAttribute(cell.text)}"/>`);
      }
    }
    batch.push('</row>');
    if (index % ROWS_PER_WRITE === ROWS_PER_WRITE - 1) {
      out.write(batch.join(''));
      batch = [];
    }
  });
  out.write(batch.join(''));
  out.write('</sheetData>');
  // Without a password: the protection keeps typing off the locked cells, it secures nothing.
  if (layout.protect) out.write('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (layout.autoFilter) out.write(`<autoFilter ref="A${headerRow}:${last}${lastRow}"/>`);
  if (layout.title !== undefined && width > 1) out.write(`<mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>`);
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
    for (let i = 0; i < links.length; i += ROWS_PER_WRITE) out.write(links.slice(i, i + ROWS_PER_WRITE).join(''));
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
