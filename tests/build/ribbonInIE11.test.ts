// The ribbon's built scripts (dist/commands.*.js and dist/notice.*.js; npm test builds them first) in the engine of
// volume-licensed Office 2019, Internet Explorer 11, as far as it can be shown where no IE 11 runs: a Node vm context
// stripped to the library IE 11 has (each removal says what IE 11 lacks), the built script parsed at ES5 elsewhere
// (bundleSyntax.test.ts). office.js's globals are the typed fakes (tests/commands/fakeOffice.ts over
// tests/office/fakeExcel.ts at ExcelApi 1.7, what that Office has); what they hand the script crosses into its realm as
// office.js's JSON would (arrays copied, objects behind a membrane), so that no method of this Node's arrays does what
// IE 11 could not. Both buttons are pressed on the seed workbook, and what they write is what the same presses write
// through the TypeScript sources.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { CheckSettings } from '../../src/core';
import { createOfficeHost } from '../../src/office';
import { SETTINGS_KEY } from '../../src/office/settingsStore';
import { officeSession, type OfficeSession } from '../commands/fakeOffice';
import type { FakeExcel } from '../office/fakeExcel';
import { fakeRuntime } from '../office/fakeRuntime';
import { seedWorkbook } from '../office/seedWorkbook';

const DIST = path.join(__dirname, '..', '..', 'dist');
const builtScript = (prefix: string): string => {
  const file = fs.readdirSync(DIST).find((name) => name.startsWith(`${prefix}.`) && name.endsWith('.js'));
  if (!file) throw new Error(`no ${prefix} bundle in dist/: npm test builds it first`);
  return fs.readFileSync(path.join(DIST, file), 'utf8');
};

/**
 * Run in the new context before anything else: takes away what Internet Explorer 11 (Trident 7, ES5 with a few ES2015
 * pieces) does not have, so that the script runs only on what it brings itself.
 */
const STRIP_TO_IE11 = `
(function () {
  var g = this;
  var nativeSymbol = Symbol;
  function remove(owner, names) { names.forEach(function (name) { delete owner[name]; }); }
  // ES2015+ globals IE 11 has not: no Promise (office.js brings its own, not as a global), no symbols, no Reflect or
  // Proxy, no WeakSet, and nothing later (globalThis, the ES2025 Iterator, BigInt, WeakRef …).
  remove(g, ['Promise', 'Symbol', 'Reflect', 'Proxy', 'WeakSet', 'globalThis', 'Iterator', 'AggregateError', 'WeakRef',
    'FinalizationRegistry', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'SharedArrayBuffer', 'Atomics']);
  // IE 11's Map, Set and WeakMap are ES2015's first drafts: the constructors ignore an iterable, set/add return
  // undefined (no chaining), and there are no keys/values/entries iterators, only forEach.
  function ieCollection(Native, adder) {
    function IeCollection() { return Object.setPrototypeOf(new Native(), IeCollection.prototype); }
    IeCollection.prototype = Object.create(Native.prototype);
    IeCollection.prototype.constructor = IeCollection;
    IeCollection.prototype[adder] = function (a, b) { Native.prototype[adder].call(this, a, b); };
    ['keys', 'values', 'entries'].forEach(function (name) { if (name in Native.prototype) IeCollection.prototype[name] = undefined; });
    IeCollection.prototype[nativeSymbol.iterator] = undefined;
    return IeCollection;
  }
  g.Map = ieCollection(Map, 'set');
  g.Set = ieCollection(Set, 'add');
  g.WeakMap = ieCollection(WeakMap, 'set');
  // Object: no assign, entries, values, fromEntries, getOwnPropertyDescriptors, is, and no symbols to list.
  remove(Object, ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors', 'is', 'getOwnPropertySymbols', 'hasOwn', 'groupBy']);
  // Array: no from or of; of the prototype's ES2015+ methods IE 11 has none.
  remove(Array, ['from', 'of', 'fromAsync']);
  remove(Array.prototype, ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'fill', 'copyWithin', 'entries', 'keys',
    'values', 'flat', 'flatMap', 'at', 'toSorted', 'toReversed', 'toSpliced', 'with']);
  delete Array.prototype[nativeSymbol.iterator];
  // String: none of ES2015's additions (includes, startsWith, repeat, codePointAt …) nor later ones (padStart …).
  remove(String, ['fromCodePoint', 'raw']);
  remove(String.prototype, ['includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'codePointAt', 'normalize',
    'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'matchAll', 'replaceAll', 'at', 'isWellFormed', 'toWellFormed']);
  delete String.prototype[nativeSymbol.iterator];
  // Number and Math: ES5's only.
  remove(Number, ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'parseFloat', 'parseInt']);
  remove(Math, ['trunc', 'sign', 'cbrt', 'log10', 'log2', 'log1p', 'expm1', 'hypot', 'imul', 'clz32', 'fround', 'sinh', 'cosh',
    'tanh', 'asinh', 'acosh', 'atanh']);
  // Errors: no V8 stack capture (IE 11 fills error.stack when an error is thrown, as V8 does).
  remove(Error, ['captureStackTrace']);
  // Regular expressions: ES5 flags only (g, i, m) and ES5 patterns (no named groups, no lookbehind), no getters of the
  // later flags. (The flags getter stays: this engine's own String.prototype.split reads it, as IE 11's never needs to.)
  remove(RegExp.prototype, ['sticky', 'unicode', 'dotAll', 'hasIndices', 'unicodeSets']);
  var NativeRegExp = RegExp;
  function IeRegExp(pattern, flags) {
    var source = pattern instanceof NativeRegExp ? pattern.source : String(pattern === undefined ? '' : pattern);
    var given = flags === undefined ? (pattern instanceof NativeRegExp ? (pattern.global ? 'g' : '') + (pattern.ignoreCase ? 'i' : '') + (pattern.multiline ? 'm' : '') : '') : String(flags);
    if (/[^gim]/.test(given) || /\\(\\?<[=!]|\\(\\?<[A-Za-z]/.test(source)) throw new SyntaxError('Syntax error in regular expression');
    return new NativeRegExp(source, given);
  }
  IeRegExp.prototype = NativeRegExp.prototype;
  NativeRegExp.prototype.constructor = IeRegExp;
  g.RegExp = IeRegExp;
  // What a page has beside the language: its window, and a timer.
  g.window = g;
  g.self = g;
}).call(this);
`;

/** The feature checks a test can read back: what the stripped context lacks (each must be missing, or the check fails). */
const IE11_LACKS = `[typeof Promise, typeof Symbol, typeof Object.assign, typeof Object.entries, typeof Object.fromEntries, typeof Array.from,
  typeof [].includes, typeof [].find, typeof [].flatMap, typeof ''.includes, typeof ''.startsWith, typeof ''.padStart,
  typeof ''.repeat, typeof Number.isInteger, typeof Reflect, typeof new Map([[1, 2]]).get(1)].join()`;

/**
 * The boundary between this Node and the script's realm, as office.js's JSON replies are: arrays handed in are copied
 * into the script's realm, objects and functions are reached through a membrane that does the same with what they
 * return and undoes it with what the script hands out.
 */
function realmBoundary(context: vm.Context) {
  const InnerArray = vm.runInContext('Array', context) as ArrayConstructor;
  const InnerObject = vm.runInContext('Object', context) as ObjectConstructor;
  /** Outer object → what stands for it inside; and what stands for it → the object, so that it comes out as itself. */
  const proxies = new WeakMap<object, object>();
  const originals = new WeakMap<object, object>();
  // The script's own objects and functions, which need no crossing (its functions are objects of its realm too).
  const isInner = (value: object): boolean => value instanceof InnerObject;
  const stand = (original: object, standIn: object): object => {
    proxies.set(original, standIn);
    originals.set(standIn, original);
    return standIn;
  };

  const outward = (value: unknown): unknown => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const original = originals.get(value);
    if (original) return original;
    if (!isInner(value)) return value;
    if (Array.isArray(value)) return Array.prototype.map.call(value, outward);
    if (typeof value === 'function') return stand(value, (...args: unknown[]) => outward((value as (...a: unknown[]) => unknown)(...args.map(inward))));
    return value;
  };
  const call = (fn: (...a: unknown[]) => unknown, self: unknown, args: unknown[]): unknown => {
    try {
      return inward(fn.apply(self, args.map(outward)));
    } catch (error) {
      throw inward(error);
    }
  };
  const inward = (value: unknown): unknown => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const original = originals.get(value);
    if (original) return original;
    if (isInner(value)) return value;
    if (Array.isArray(value)) {
      const copy = new InnerArray();
      for (const item of value) copy.push(inward(item));
      return copy;
    }
    const known = proxies.get(value);
    if (known) return known;
    return stand(
      value,
      typeof value === 'function'
        ? (...args: unknown[]) => call(value as (...a: unknown[]) => unknown, undefined, args)
        : new Proxy(value, {
            get: (target, key) => {
              const property: unknown = Reflect.get(target, key, target);
              return typeof property === 'function' ? (...args: unknown[]) => call(property as (...a: unknown[]) => unknown, target, args) : inward(property);
            },
            set: (target, key, property) => Reflect.set(target, key, outward(property), target),
          }),
    );
  };
  return { inward };
}

function ie11Context(): vm.Context {
  const context = vm.createContext({ setTimeout: (callback: () => void, ms?: number) => setTimeout(() => callback(), ms) });
  vm.runInContext(STRIP_TO_IE11, context);
  return context;
}

const SETTINGS: CheckSettings = { planYear: 2023, asOf: '2023-11-20', dueSoonDays: 15, sheet: null, lang: 'zh-CN' };

/** Volume-licensed Office 2019: ExcelApi 1.7. */
function officeTwentyNineteen(): FakeExcel {
  const { excel } = seedWorkbook();
  excel.apiVersion = '1.7';
  return excel;
}

/** The function file loaded in an IE 11 context over the workbook, with the pane's settings saved in it. */
function loadRibbon(excel: FakeExcel): OfficeSession {
  const session = officeSession(excel, { settings: { [SETTINGS_KEY]: SETTINGS } });
  const context = ie11Context();
  const { inward } = realmBoundary(context);
  context.Office = inward(session.office);
  context.Excel = inward(session.excelGlobal);
  context.location = inward({ href: 'https://oa.example.gov.cn/taskcheck/commands.html?_host_Info=Excel' });
  vm.runInContext(builtScript('commands'), context, { filename: 'commands.js' });
  return session;
}

/** The notice page's elements, as far as its script uses them. */
class FakeElement {
  textContent = '';
  focused = false;
  readonly clicks: (() => void)[] = [];
  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.clicks.push(listener);
  }
  focus(): void {
    this.focused = true;
  }
}

/** Everything the buttons can have written, as plain data. */
function written(excel: FakeExcel) {
  return {
    sheets: excel.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
      rules: sheet.rules.map(({ id: _id, ...rule }) => rule),
      widths: [...sheet.columnWidths],
      frozenRows: sheet.frozenRows,
    })),
    names: [...excel.names].map(([name, sheet]) => [name, sheet?.name ?? null]),
  };
}

describe('the ribbon in Internet Explorer 11 (volume-licensed Office 2019)', () => {
  it('runs in a context that lacks what IE 11 lacks', () => {
    expect(vm.runInContext(IE11_LACKS, ie11Context())).toBe(Array(16).fill('undefined').join());
    expect(() => vm.runInContext("new RegExp('a', 'u')", ie11Context())).toThrow('Syntax error in regular expression');
  });

  it('presses 校验表格 and 生成区县汇总表 on the seed workbook and writes what the sources write', async () => {
    const excel = officeTwentyNineteen();
    const session = loadRibbon(excel);
    expect([...session.actions.keys()].sort()).toEqual(['generateSummary', 'validateTable']);
    const checked = await session.press('validateTable');
    const summarised = await session.press('generateSummary');
    expect([checked.completions, summarised.completions]).toEqual([1, 1]);
    expect(session.dialogs).toEqual([]);
    // Below ExcelApi 1.20 no undo group is asked for; below 1.13 merges are inferred; below 1.9 rules go per run.
    expect(session.runOptions).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);

    const reference = officeTwentyNineteen();
    const host = createOfficeHost(fakeRuntime(reference));
    await host.validate(SETTINGS);
    await host.summarize(SETTINGS);
    expect(written(excel)).toEqual(written(reference));
    expect(excel.sheets.map((s) => s.name)).toEqual(['分工方案', '校验结果', '区县汇总表', '单位任务清单']);
    expect(excel.sheet('分工方案').rules.length).toBeGreaterThan(10);
    expect(excel.valuesOf('区县汇总表').map((row) => row[0])).toContain('马尾区');
  });

  it('shows a failure in the notice dialog, whose own script runs there too', async () => {
    const excel = officeTwentyNineteen();
    excel.sheet('分工方案').protected = true;
    const session = loadRibbon(excel);
    const event = await session.press('validateTable');
    expect(event.completions).toBe(1);
    expect(session.dialogs).toHaveLength(1);
    const address = session.dialogs[0] as string;
    expect(address.startsWith('https://oa.example.gov.cn/taskcheck/notice.html?')).toBe(true);

    // The dialog page: three elements, the address the command opened it with, and Office.onReady.
    const elements: Record<string, FakeElement> = { title: new FakeElement(), message: new FakeElement(), close: new FakeElement() };
    const sent: string[] = [];
    const document = { title: '', documentElement: { lang: '' }, getElementById: (id: string) => elements[id] ?? null };
    const notice = ie11Context();
    const boundary = realmBoundary(notice);
    notice.document = boundary.inward(document);
    notice.location = boundary.inward({ href: address, search: address.slice(address.indexOf('?')) });
    notice.Office = boundary.inward({ onReady: (callback: () => void) => callback(), context: { ui: { messageParent: (message: string) => sent.push(message) } } });
    vm.runInContext(builtScript('notice'), notice, { filename: 'notice.js' });
    expect(elements.message?.textContent).toContain('受保护');
    expect([document.title, document.documentElement.lang, elements.close?.textContent, elements.close?.focused]).toEqual(['任务分工表校验', 'zh-CN', '关闭', true]);
    for (const click of elements.close?.clicks ?? []) click();
    expect(sent).toEqual(['closed']);
  });
});
