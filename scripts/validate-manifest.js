#!/usr/bin/env node
// npm run validate: the manifest against Microsoft's schemas (xmllint, offline, the XSDs in tests/manifest/schemas)
// and the project's own checks; a missing schema or xmllint fails.
//   node scripts/validate-manifest.js                     manifest.xml, icons from assets/
//   ADDIN_BASE_URL=https://… node scripts/validate-manifest.js dist/manifest.xml   the built copy, icons from dist/assets/
'use strict';
const fs = require('fs');
const path = require('path');
const { DEV_BASE_URL, checkManifest, validateSchema } = require('./manifest-checks');

const repo = path.resolve(__dirname, '..');
const manifestPath = path.resolve(process.argv[2] || path.join(repo, 'manifest.xml'));
const isBuiltCopy = path.dirname(manifestPath) !== repo;
const baseUrl = isBuiltCopy ? process.env.ADDIN_BASE_URL || DEV_BASE_URL : DEV_BASE_URL;
const commandsFile = path.join(repo, 'src', 'commands', 'commands.ts');

if (!fs.existsSync(manifestPath)) {
  console.error(`FAIL ${manifestPath}: file not found`);
  process.exit(1);
}

let failed = false;
const schema = validateSchema(manifestPath);
for (const line of schema.lines) console.log(schema.status === 'failed' ? `FAIL ${line}` : line);
if (schema.status === 'failed') failed = true;

const problems = checkManifest(fs.readFileSync(manifestPath, 'utf8'), {
  baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  assetsRoot: path.dirname(manifestPath),
  commandsSource: fs.existsSync(commandsFile) ? fs.readFileSync(commandsFile, 'utf8') : undefined,
});
for (const problem of problems) console.error(`FAIL ${path.relative(process.cwd(), manifestPath)}: ${problem}`);
if (problems.length === 0) console.log(`ok: ${path.relative(process.cwd(), manifestPath)} passes the project checks`);

process.exit(failed || problems.length > 0 ? 1 : 0);
