// Layering, as in VS Code: each folder under src says where its code may run, and lint refuses imports across.
//   core      pure engine: imports nothing outside src/core
//   xlsx      workbook file adapter (Node and browser): core, fflate, saxes
//   cli       Node command line: core, xlsx, Node built-ins
//   office    Office.js adapter: core (Office and Excel are globals from office.js)
//   commands  ribbon commands: core, office
//   taskpane  React UI: core, office, xlsx (the last only by dynamic import, so it stays out of the initial bundle)
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'util', 'url', 'http', 'https', 'zlib', 'worker_threads', 'process', 'buffer', 'events']
  .flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]);

const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const forbid = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'out/', 'coverage/', 'test-artifacts/', 'bin/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never build HTML from cell text.' }],
    },
  },
  layer(['src/core/**/*.ts'], [
    forbid(['**/xlsx/**', '**/cli/**', '**/office/**', '**/taskpane/**', '**/commands/**', 'exceljs', 'react', 'react-dom', '@fluentui/*', ...nodeBuiltins], 'src/core is pure: no hosts, no Node, no DOM libraries.'),
  ]),
  layer(['src/xlsx/**/*.ts'], [
    forbid(['**/cli/**', '**/office/**', '**/taskpane/**', '**/commands/**', 'exceljs', 'react', 'react-dom', '@fluentui/*', ...nodeBuiltins], 'src/xlsx runs in Node and the browser: core, fflate and saxes only.'),
  ]),
  layer(['src/cli/**/*.ts'], [
    forbid(['**/office/**', '**/taskpane/**', '**/commands/**', 'exceljs', 'react', 'react-dom', '@fluentui/*'], 'src/cli is the Node host: core and xlsx only.'),
  ]),
  layer(['src/office/**/*.ts'], [
    forbid(['**/xlsx/**', '**/cli/**', '**/taskpane/**', '**/commands/**', 'exceljs', 'react', 'react-dom', '@fluentui/*', ...nodeBuiltins], 'src/office is the Office.js adapter: core only.'),
  ]),
  layer(['src/commands/**/*.ts'], [
    forbid(['**/xlsx/**', '**/cli/**', '**/taskpane/**', 'exceljs', 'react', 'react-dom', '@fluentui/*', ...nodeBuiltins], 'src/commands: core and office only.'),
  ]),
  layer(['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'], [
    forbid(['**/cli/**', '**/commands/**', ...nodeBuiltins], 'src/taskpane runs in the browser.'),
    forbid(['**/xlsx/**', 'exceljs', 'fflate', 'saxes'], 'The workbook file adapter is for file mode only: reach it through a dynamic import of src/taskpane/fileMode.'),
  ], ['src/taskpane/fileMode/**']),
  layer(['src/taskpane/fileMode/**/*.ts', 'src/taskpane/fileMode/**/*.tsx'], [
    forbid(['**/cli/**', '**/commands/**', 'exceljs', ...nodeBuiltins], 'src/taskpane runs in the browser; ExcelJS is for tests only.'),
  ]),
);
