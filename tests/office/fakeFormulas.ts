// The few worksheet formulas the fake of Excel (fakeExcel.ts) evaluates: those the adapter writes into conditional
// formats and into its marks sheet, so that a test can tell which cells a rule really colours. Excel's semantics, for
// these only: a conditional format's relative references are relative to the top-left cell of the range it applies
// to, and move with the cell being formatted ("Use a formula to determine which cells to format"); N of a text is 0;
// AND of comparisons; COUNTIF(range, number) counts the range's cells equal to the number, errors counting as no
// match; ROW(reference) is the reference's row; a reference to a deleted cell is #REF!. Anything else throws, so that
// no test passes on a formula the fake does not understand.
import { columnNumber } from '../../src/core';

export type FormulaValue = number | string | boolean | { readonly error: string } | FormulaReference;

export interface FormulaReference {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Where a formula is evaluated: its sheet, and how far relative references move (0 for a cell's own formula). */
export interface FormulaScope {
  readonly sheet: string;
  readonly rowOffset: number;
  readonly columnOffset: number;
  /** A cell's value, its formula evaluated in turn. */
  readonly cell: (sheet: string, row: number, column: number) => FormulaValue;
}

const TOKEN = /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![\w(])|([A-Z][A-Z0-9.]*)\(|(\d+(?:\.\d+)?)|(#REF!)|([(),=<>]))/y;

type Token =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'ref'; readonly sheet: string | null; readonly parts: readonly [boolean, string, boolean, number, boolean, string, boolean, number] }
  | { readonly kind: 'call'; readonly name: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'error' }
  | { readonly kind: 'punct'; readonly text: string };

function tokens(formula: string): Token[] {
  const text = formula.replace(/^=/, '');
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`the fake cannot evaluate ${formula}`);
    const [, str, sheet, d1, c1, d2, r1, d3, c2, d4, r2, call, num, ref, punct] = match;
    if (str !== undefined) out.push({ kind: 'string', text: str.slice(1, -1).replace(/""/g, '"') });
    else if (c1 !== undefined) {
      const sheetName = sheet === undefined ? null : sheet.slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      out.push({ kind: 'ref', sheet: sheetName, parts: [d1 === '$', c1, d2 === '$', Number(r1), (d3 ?? d1) === '$', c2 ?? c1, (d4 ?? d2) === '$', Number(r2 ?? r1)] });
    } else if (call !== undefined) out.push({ kind: 'call', name: call });
    else if (num !== undefined) out.push({ kind: 'number', value: Number(num) });
    else if (ref !== undefined) out.push({ kind: 'error' });
    else out.push({ kind: 'punct', text: punct as string });
  }
  return out;
}

/** Evaluates `formula` in `scope`. */
export function evaluateFormula(formula: string, scope: FormulaScope): FormulaValue {
  const list = tokens(formula);
  let at = 0;
  const peek = (): Token | undefined => list[at];
  const expect = (text: string): void => {
    const token = list[at++];
    if (token?.kind !== 'punct' || token.text !== text) throw new Error(`the fake expected ${text} in ${formula}`);
  };
  const value = (v: FormulaValue): FormulaValue => {
    if (typeof v === 'object' && 'sheet' in v) {
      if (v.top !== v.bottom || v.left !== v.right) throw new Error(`the fake takes no range as a value in ${formula}`);
      return scope.cell(v.sheet, v.top, v.left);
    }
    return v;
  };
  const term = (): FormulaValue => {
    const token = list[at++];
    if (!token) throw new Error(`the fake ran out of ${formula}`);
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'error') return { error: '#REF!' };
    if (token.kind === 'ref') {
      const [absTop, c1, absLeft, r1, absBottom, c2, absRight, r2] = token.parts;
      const row = (r: number, absolute: boolean) => (absolute ? r : r + scope.rowOffset);
      const column = (c: string, absolute: boolean) => (absolute ? columnNumber(c) : columnNumber(c) + scope.columnOffset);
      return { sheet: token.sheet ?? scope.sheet, top: row(r1, absTop), left: column(c1, absLeft), bottom: row(r2, absBottom), right: column(c2, absRight) };
    }
    if (token.kind === 'call') {
      const args: FormulaValue[] = [];
      if (!(peek()?.kind === 'punct' && (peek() as { text: string }).text === ')')) {
        args.push(comparison());
        while (peek()?.kind === 'punct' && (peek() as { text: string }).text === ',') {
          at += 1;
          args.push(comparison());
        }
      }
      expect(')');
      return call(token.name, args);
    }
    if (token.text === '(') {
      const inner = comparison();
      expect(')');
      return inner;
    }
    throw new Error(`the fake cannot evaluate ${formula}`);
  };
  const comparison = (): FormulaValue => {
    const left = term();
    const next = peek();
    if (next?.kind !== 'punct' || !['=', '>', '<'].includes(next.text)) return left;
    at += 1;
    const right = term();
    const [a, b] = [value(left), value(right)];
    if (typeof a === 'object' || typeof b === 'object') return typeof a === 'object' ? a : b;
    if (next.text === '=') return a === b;
    return next.text === '>' ? a > b : a < b;
  };
  const call = (name: string, args: FormulaValue[]): FormulaValue => {
    if (name === 'N' && args.length === 1) {
      const v = value(args[0] as FormulaValue);
      return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0;
    }
    if (name === 'AND' && args.length > 0) {
      const values = args.map(value);
      const error = values.find((v) => typeof v === 'object');
      return error ?? values.every((v) => v === true || (typeof v === 'number' && v !== 0));
    }
    if (name === 'ROW' && args.length === 1) {
      const ref = args[0];
      if (typeof ref === 'object' && 'error' in ref) return ref;
      if (typeof ref !== 'object' || !('sheet' in ref)) throw new Error(`ROW takes a reference in ${formula}`);
      return ref.top;
    }
    if (name === 'COUNTIF' && args.length === 2) {
      const range = args[0];
      const wanted = value(args[1] as FormulaValue);
      if (typeof range !== 'object' || !('sheet' in range) || typeof wanted !== 'number') throw new Error(`the fake counts numbers in a range only: ${formula}`);
      let count = 0;
      for (let r = range.top; r <= range.bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) if (scope.cell(range.sheet, r, c) === wanted) count += 1;
      return count;
    }
    throw new Error(`the fake does not evaluate ${name} with ${args.length} arguments (${formula})`);
  };
  const result = comparison();
  if (at !== list.length) throw new Error(`the fake did not understand all of ${formula}`);
  return value(result);
}

/** A formula with every reference to `sheet` at or below `row` moved down by `count` rows, as Excel does on an insert. */
export function shiftReferences(formula: string, sheetOfFormula: string, sheet: string, row: number, count: number): string {
  const same = (name: string | undefined): boolean => (name === undefined ? sheetOfFormula : name.slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'")).toLowerCase() === sheet.toLowerCase();
  // Text in quotes is left alone; references elsewhere move.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\w(])/g, (whole, prefix: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
            if (!same(prefix)) return whole;
            const move = (r: string) => (Number(r) >= row ? Number(r) + count : Number(r));
            return `${prefix ?? ''}${c1}${move(r1)}${c2 !== undefined ? `:${c2}${move(r2 as string)}` : ''}`;
          }),
    )
    .join('');
}
