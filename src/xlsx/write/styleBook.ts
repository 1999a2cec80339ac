// The cell formats and highlight formats the tool's writing needs, as indices into the workbook's styles part. The
// part only grows: what the tool adds goes after everything that is there (so no index the user's cells use moves),
// an entry equal to one already there is used instead of added again (so reruns add nothing), and what was added is
// counted in a StylesRecord, from which clear takes it away again.
import { strFromU8 } from 'fflate';
import { escapeAttribute } from '../xml/escapeXml';
import builtin from '../data/builtinNumberFormats.json';
import { childNamed, childrenNamed, outlineOf, type OutlineNode } from '../xml/outline';
import { attributeInsertionPoint, attributeValueSpan } from './attributeSpan';
import { insertAt, type ByteEdit } from './byteEdits';
import { insertionPoint, markupOf, qualifier } from './partMarkup';
import { STYLE_LISTS, type StyleList, type StylesRecord } from './stylesRecord';

export interface CellFormat {
  readonly bold?: boolean;
  readonly fontSize?: number;
  /** Shown as a link: Excel's Hyperlink style colour, underlined. */
  readonly link?: boolean;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly centered?: boolean;
  /** Open to typing on a protected sheet (a return's fill-in cells). */
  readonly unlocked?: boolean;
  /** Aligned to the top of the row (wrapped text always is). */
  readonly top?: boolean;
  /** A thin line on each side (a ruled table). */
  readonly border?: boolean;
}

/** Cell formats by index, as a sheet writer asks for them. */
export interface CellStyles {
  /** The cellXfs index of a format (0: the workbook's Normal). */
  xf(format: CellFormat): number;
  /** The dxfs index of a highlight's colours, where the styles part can take one. */
  dxf?(format: HighlightFormat): number;
}

export interface HighlightFormat {
  /** RRGGBB */
  readonly fill: string;
  readonly font: string;
}

const LINK_COLOR = 'FF0563C1';
/** Custom number formats start after Excel's built-in ids. */
const FIRST_CUSTOM_FORMAT = 164;
const BUILT_IN_ID_BY_CODE = new Map(Object.entries(builtin.formats).map(([id, code]) => [code, Number(id)] as const));

/** The sequence of CT_Stylesheet: a list created by the tool goes after the ones before it. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface ListState {
  readonly node: OutlineNode | undefined;
  /** Markup of each entry there, for reuse of equal entries. */
  readonly existing: string[];
  readonly added: string[];
}

export class StyleBook implements CellStyles {
  private readonly root: OutlineNode;
  private readonly q: (local: string) => string;
  private readonly lists: Record<StyleList, ListState>;
  private readonly defaultFont: readonly { readonly local: string; readonly markup: string }[];
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId: number;
  private readonly xfByKey = new Map<string, number>();

  constructor(
    readonly partName: string,
    private readonly bytes: Uint8Array,
    private readonly mainUri: string,
    /** What an earlier run of the tool added to this very part, when its record still matches the part. */
    private readonly previous: StylesRecord | null,
  ) {
    const root = outlineOf(partName, bytes, {
      keep: (element, parent) => element.depth <= 2 || (parent.local === 'font' && parent.parent?.local === 'fonts' && parent.parent.children[0] === parent),
    });
    this.root = root;
    this.q = qualifier(root);
    const list = (local: StyleList): ListState => {
      const node = childNamed(root, mainUri, local);
      return { node, existing: node ? node.children.map((child) => markupOf(bytes, child)) : [], added: [] };
    };
    this.lists = { numFmts: list('numFmts'), fonts: list('fonts'), cellXfs: list('cellXfs'), dxfs: list('dxfs'), borders: list('borders') };
    const font0 = childNamed(root, mainUri, 'fonts')?.children[0];
    this.defaultFont = (font0?.children ?? []).map((child) => ({ local: child.local, markup: markupOf(bytes, child) }));
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const node of this.lists.numFmts.node ? childrenNamed(this.lists.numFmts.node, mainUri, 'numFmt') : []) {
      const id = Number(node.attributes.numFmtId);
      if (Number.isInteger(id)) maxId = Math.max(maxId, id);
      if (node.attributes.formatCode !== undefined && !this.numFmtIds.has(node.attributes.formatCode)) this.numFmtIds.set(node.attributes.formatCode, id);
    }
    this.nextNumFmtId = maxId + 1;
  }

  /** The index of an entry with this markup in the list, added at the end when there is none. */
  private intern(list: StyleList, markup: string): number {
    const state = this.lists[list];
    const found = state.existing.indexOf(markup);
    if (found >= 0) return found;
    const addedAt = state.added.indexOf(markup);
    if (addedAt >= 0) return state.existing.length + addedAt;
    state.added.push(markup);
    return state.existing.length + state.added.length - 1;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_ID_BY_CODE.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId;
    this.nextNumFmtId += 1;
    this.numFmtIds.set(code, id);
    this.intern('numFmts', `<${this.q('numFmt')} numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** The workbook's default font, changed as asked: the tool's text looks like the user's, only bold or larger. */
  private fontId(format: CellFormat): number {
    if (!format.bold && !format.link && format.fontSize === undefined) return 0;
    const q = this.q;
    const replaced = new Set<string>(['b', 'u']);
    if (format.fontSize !== undefined) replaced.add('sz');
    if (format.link) replaced.add('color');
    const parts = [format.bold ? `<${q('b')}/>` : '', format.link ? `<${q('u')}/>` : ''];
    for (const child of this.defaultFont) if (!replaced.has(child.local)) parts.push(child.markup);
    if (format.fontSize !== undefined) parts.push(`<${q('sz')} val="${format.fontSize}"/>`);
    if (format.link) parts.push(`<${q('color')} rgb="${LINK_COLOR}"/>`);
    return this.intern('fonts', `<${q('font')}>${parts.join('')}</${q('font')}>`);
  }

  /** The cellXfs index of a format; 0 (the workbook's Normal) for the plain one. */
  xf(format: CellFormat): number {
    const key = JSON.stringify(format);
    const cached = this.xfByKey.get(key);
    if (cached !== undefined) return cached;
    const q = this.q;
    const fontId = this.fontId(format);
    const numFmtId = format.numberFormat === undefined ? 0 : this.numberFormatId(format.numberFormat);
    const aligned = format.wrap || format.centered || format.top;
    const sides = ['left', 'right', 'top', 'bottom'].map((side) => `<${q(side)} style="thin"/>`).join('');
    const borderId = format.border ? this.intern('borders', `<${q('border')}>${sides}<${q('diagonal')}/></${q('border')}>`) : 0;
    let index = 0;
    if (fontId !== 0 || numFmtId !== 0 || aligned || format.unlocked || format.border) {
      const attributes = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, 'fillId="0"', `borderId="${borderId}"`, 'xfId="0"'];
      if (numFmtId !== 0) attributes.push('applyNumberFormat="1"');
      if (fontId !== 0) attributes.push('applyFont="1"');
      if (format.border) attributes.push('applyBorder="1"');
      if (aligned) attributes.push('applyAlignment="1"');
      if (format.unlocked) attributes.push('applyProtection="1"');
      const alignment = aligned
        ? `<${q('alignment')}${format.centered ? ' horizontal="center"' : ''} vertical="${format.centered && !format.top ? 'center' : 'top'}"${format.wrap ? ' wrapText="1"' : ''}/>`
        : '';
      const protection = format.unlocked ? `<${q('protection')} locked="0"/>` : '';
      const children = alignment + protection;
      index = this.intern('cellXfs', children ? `<${q('xf')} ${attributes.join(' ')}>${children}</${q('xf')}>` : `<${q('xf')} ${attributes.join(' ')}/>`);
    }
    this.xfByKey.set(key, index);
    return index;
  }

  /** The dxf index of a highlight: fill and font colour, as Excel's own "light red fill with dark red text". */
  dxf(format: HighlightFormat): number {
    const q = this.q;
    return this.intern(
      'dxfs',
      `<${q('dxf')}><${q('font')}><${q('color')} rgb="FF${format.font}"/></${q('font')}><${q('fill')}><${q('patternFill')}><${q('bgColor')} rgb="FF${format.fill}"/></${q('patternFill')}></${q('fill')}></${q('dxf')}>`,
    );
  }

  /** The edits that add the new entries, and the record of all the tool's entries in the part afterwards. */
  finish(): { edits: ByteEdit[]; record: StylesRecord } {
    const edits: ByteEdit[] = [];
    const record: { -readonly [L in StyleList]: StylesRecord[L] } = { ...emptyRecord(), ...(this.previous ?? {}) };
    for (const list of STYLE_LISTS) {
      const state = this.lists[list];
      if (state.added.length === 0) continue;
      const markup = state.added.join('');
      const previous = this.previous?.[list];
      const node = state.node;
      if (!node) {
        const at = insertionPoint(this.root, this.mainUri, STYLESHEET_ORDER.slice(0, STYLESHEET_ORDER.indexOf(list)));
        edits.push(insertAt(at, `<${this.q(list)} count="${state.added.length}">${markup}</${this.q(list)}>`));
        record[list] = { added: state.added.length, container: 'created' };
        continue;
      }
      const count = attributeValueSpan(this.bytes, node, 'count');
      if (count) edits.push({ ...count, text: String(Number(strFromU8(this.bytes.subarray(count.from, count.to))) + state.added.length) });
      if (node.selfClosing) {
        // `<dxfs count="0"/>` as Excel writes an empty list: opened to hold the new entries.
        const slash = attributeInsertionPoint(this.bytes, node);
        edits.push({ from: slash, to: node.startTagEnd, text: `>${markup}</${node.name}>` });
      } else edits.push(insertAt(node.innerEnd, markup));
      record[list] = {
        added: (previous?.added ?? 0) + state.added.length,
        container: previous?.container ?? (node.selfClosing ? 'opened' : 'existed'),
      };
    }
    return { edits, record };
  }
}

function emptyRecord(): StylesRecord {
  return {
    numFmts: { added: 0, container: 'existed' },
    fonts: { added: 0, container: 'existed' },
    cellXfs: { added: 0, container: 'existed' },
    dxfs: { added: 0, container: 'existed' },
    borders: { added: 0, container: 'existed' },
  };
}
