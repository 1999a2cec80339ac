// A tiny require hook so that `node --require ./scripts/register-ts.js some.ts` runs TypeScript with the installed
// @swc/core, without a separate loader package (used by `npm run seed`, `npm run bench` and the e2e test that runs the
// command line from source under a file size limit).
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
