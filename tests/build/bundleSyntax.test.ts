// What the oldest webviews the manifest admits can run (docs/deploy.md): EdgeHTML 18 parses ES2017 and no later, and
// Internet Explorer 11 parses ES5. Every script the build ships (dist/, npm test builds it first) is parsed here at
// that level with acorn, the parser webpack itself uses; regular expressions compiled at run time, which no parser
// sees, are checked as the engine builds them; and library methods newer than ES2017 must come from the polyfills.
import { Parser, type Options } from 'acorn';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { seedSheetGrid } from '../fixtures/seedGrid';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

const scripts = (): string[] => readdirSync(DIST).filter((file) => file.endsWith('.js'));
const isLegacyNotice = (file: string): boolean => file.startsWith('legacyNotice.');

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

  it('start with the legacy notice, which is ES5 for Internet Explorer 11, on every page', () => {
    const legacy = scripts().filter(isLegacyNotice);
    expect(legacy).toHaveLength(1);
    expect(parseError(readFileSync(join(DIST, legacy[0] as string), 'utf8'), 5)).toBeNull();
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1] as string).filter((src) => !src.startsWith('https://'));
      expect(sources[0]).toMatch(/^legacyNotice\./);
      expect(sources).toHaveLength(2);
    }
  });
});

describe('regular expressions built at run time', () => {
  it('are ES2017 patterns: no named groups, no lookbehind', () => {
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
    const refused = built.filter((literal) => parseError(literal, 2017) !== null);
    expect(refused).toEqual([]);
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
