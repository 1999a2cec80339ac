#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm ci / npm run build:cli put it in lib/).
require('../lib/cli/main.js').main();
