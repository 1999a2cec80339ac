#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm ci / npm run build:cli put it in lib/).
// A long table's check holds half a gigabyte of live objects and makes as much garbage again; V8 lets the heap grow
// up to four times what its last full collection kept before the next one, and at 100,000 rows that took the process
// to 1.4 GB. Growth capped at half again what was kept held it at 0.81-0.94 GiB there, in the same time on a quiet
// machine (docs/decisions.md 324). V8 reads the flag at every collection, so setting it here, before anything runs,
// holds.
require('v8').setFlagsFromString('--heap-growing-percent=50');
require('../lib/cli/main.js').main();
