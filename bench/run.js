// `npm run bench`: loads the TypeScript bench through the project's swc require hook and runs it. The Office fake
// holds a 100,000-row workbook and every sheet written into it (several GB), more than node's default heap on this
// machine, so the bench restarts itself once with a larger heap, and with gc() exposed so that the engine's runs
// start from a collected heap.
const { spawnSync } = require('child_process');

const HEAP_MB = 8192;
const NODE_FLAGS = [`--max-old-space-size=${HEAP_MB}`, '--expose-gc'];

if (!NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const run = spawnSync(process.execPath, [...NODE_FLAGS, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} else {
  require('../scripts/register-ts.js');
  require('./main.ts')
    .main()
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
