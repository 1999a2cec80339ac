// What the oldest webviews the manifest admits can run (docs/deploy.md): EdgeHTML 18 parses ES2017 and no later, and
// Internet Explorer 11 parses ES5. Every script the build ships (dist/, npm test builds it first) is parsed here at
// that level with acorn, the parser webpack itself uses: the pane's at ES2017, the ribbon's (commands, notice) and the
// pane's legacy notice at ES5. Regular expressions compiled at run time, which no parser sees, are checked as the
// engine builds them (at ES5: the engine runs in the ribbon); library methods newer than ES2017 must come from the
// polyfills in the pane, and the ribbon's run in an IE 11 context (ribbonInIE11.test.ts).
import { Parser, type Options } from 'acorn';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { seedSheetGrid } from '../fixtures/seedGrid';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

const scripts = (): string[] => readdirSync(DIST).filter((file) => file.endsWith('.js'));
const isLegacyNotice = (file: string): boolean => file.startsWith('legacyNotice.');
/** The scripts Internet Explorer 11 runs: the ribbon's, and the pane page's first. */
const isEs5 = (file: string): boolean => /^(legacyNotice|commands|notice)\./.test(file);

function parseError(code: string, ecmaVersion: Options['ecmaVersion']): string | null {
  try {
    Parser.parse(code, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the shipped scripts', () => {
  it('are ES2017 throughout, node_modules included, so that EdgeHTML 18 parses them', () => {
    const files = scripts().filter((file) => !isLegacyNotice(file));
    expect(files.map((file) => file.split('.')[0])).toEqual(expect.arrayContaining(['taskpane', 'commands', 'notice', 'office', 'filemode', 'fileworker', 'results']));
    const failures = files.map((file) => [file, parseError(readFileSync(join(DIST, file), 'utf8'), 2017)]).filter(([, error]) => error !== null);
    expect(failures).toEqual([]);
  });

  it('carry every compiler helper they use: none is left to a require() nobody resolves', () => {
    const unresolved = scripts().filter((file) => readFileSync(join(DIST, file), 'utf8').includes('require("@swc/helpers'));
    expect(unresolved).toEqual([]);
  });

  it('would be refused at ES2017 had they kept ES2018+ syntax (the check can fail)', () => {
    expect(parseError('const a = { ...b };', 2017)).toMatch(/Unexpected token/);
    expect(parseError('a?.b;', 2017)).not.toBeNull();
    expect(parseError('/(?<!\\d)20/;', 2017)).toMatch(/Invalid regular expression/);
    expect(parseError('/(?<y>\\d)/;', 2017)).toMatch(/Invalid regular expression/);
  });

  it('are ES5 for Internet Explorer 11 where it runs them: the ribbon’s, and the pane page’s legacy notice', () => {
    const legacy = scripts().filter(isEs5);
    expect(legacy.map((file) => file.split('.')[0]).sort()).toEqual(['commands', 'legacyNotice', 'notice']);
    const failures = legacy.map((file) => [file, parseError(readFileSync(join(DIST, file), 'utf8'), 5)]).filter(([, error]) => error !== null);
    expect(failures).toEqual([]);
    expect(parseError('var a = { b() {} };', 5)).not.toBeNull();
  });

  it('are loaded by each page as it needs: the pane after its legacy notice, the ribbon’s pages their own script alone', () => {
    const sourcesOf = (page: string): string[] =>
      [...readFileSync(join(DIST, page), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1] as string).filter((src) => !src.startsWith('https://'));
    expect(sourcesOf('taskpane.html').map((src) => src.split('.')[0])).toEqual(['legacyNotice', 'taskpane']);
    expect(sourcesOf('commands.html').map((src) => src.split('.')[0])).toEqual(['commands']);
    expect(sourcesOf('notice.html').map((src) => src.split('.')[0])).toEqual(['notice']);
    expect(scripts().filter(isLegacyNotice)).toHaveLength(1);
  });
});

describe('regular expressions built at run time', () => {
  it('are ES5 patterns with ES5 flags: no named groups, no lookbehind, no u, y or s', () => {
    const Native = RegExp;
    const built: string[] = [];
    const Recording = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const made = Reflect.construct(target, args) as RegExp;
        built.push(`/${made.source}/${made.flags}`);
        return made;
      },
    });
    globalThis.RegExp = Recording;
    try {
      jest.isolateModules(() => {
        // The engine's patterns are built when its modules load and when a table is checked.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the engine, loaded under the recording RegExp
        const core = require('../../src/core') as typeof import('../../src/core');
        core.checkTaskTable(seedSheetGrid(), { asOf: '2023-11-20', lang: 'zh-CN' });
      });
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built.length).toBeGreaterThan(10);
    const refused = built.filter((literal) => parseError(literal, 5) !== null);
    expect(refused).toEqual([]);
    expect(parseError('/[一-龥]/gu', 5)).not.toBeNull();
  });
});

/** ES2018+ library methods, by the name they are called with. */
const NEWER_METHODS = [
  'flat', 'flatMap', 'fromEntries', 'matchAll', 'replaceAll', 'at', 'trimStart', 'trimEnd', 'allSettled', 'any', 'hasOwn',
  'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'groupBy', 'structuredClone',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('library methods newer than ES2017', () => {
  it('are used in browser code only where src/office/polyfills.ts brings them', () => {
    const polyfills = readFileSync(join(ROOT, 'src', 'office', 'polyfills.ts'), 'utf8');
    const provided = new Set(
      [...polyfills.matchAll(/core-js\/es\/[\w-]+\/([\w-]+)'/g)].map((m) => (m[1] as string).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())),
    );
    expect([...provided].sort()).toEqual(['flatMap', 'fromEntries']);
    // A method call on a value (`x.flat(`, `).flat(`), not a spread of a local function (`...at(`).
    const call = new RegExp(`[\\w)\\]]\\.(${NEWER_METHODS.join('|')})\\(`, 'g');
    // The command line runs in Node 20, which has them all.
    const browserCode = sourceFiles(join(ROOT, 'src')).filter((file) => !file.includes(`${join('src', 'cli')}`));
    const missing = browserCode.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(call)].map((m) => m[1] as string).filter((name) => !provided.has(name)).map((name) => `${file.slice(ROOT.length + 1)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the task pane’s first script', () => {
  // The engine, its vocabularies and China's divisions load with the first check (the office and file-mode chunks):
  // a core module the first screen imports must not pull them in, or the pane's initial JS passes its 150 KB budget.
  it('holds none of the engine’s place data', () => {
    const [pane] = scripts().filter((file) => /^taskpane\./.test(file));
    expect(pane).toBeDefined();
    const code = readFileSync(join(DIST, pane as string), 'utf8');
    expect(code).toContain('校验表格');
    for (const division of ['北京市', '市辖区', '鼓楼区']) expect(code).not.toContain(division);
  });
});
