#!/usr/bin/env node
// `npm audit --omit=dev` as a CI gate: fails on any high or critical advisory in the runtime dependencies.
// When the registry cannot answer audit requests (this workplace's mirror refuses the advisory endpoint with 405),
// it says so plainly and does not fail, since nothing was learnt either way.
const { spawnSync } = require('child_process');

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.log(`audit: skipped, npm audit gave no report (${(run.stderr || '').trim().split('\n').pop() || 'no output'})`);
  process.exit(0);
}
if (report.statusCode || (report.error && !report.metadata)) {
  console.log(`audit: skipped, the registry did not answer the audit request (${report.message || report.statusCode})`);
  process.exit(0);
}
const counts = report.metadata.vulnerabilities;
const serious = (counts.high || 0) + (counts.critical || 0);
console.log(`audit: ${counts.critical || 0} critical, ${counts.high || 0} high, ${counts.moderate || 0} moderate, ${counts.low || 0} low (runtime dependencies)`);
process.exit(serious > 0 ? 1 : 0);
