// Preloaded with `node --require` where /usr/bin/time is missing: prints the process's peak resident set size on exit,
// as the line `maxRSS_KB <n>` on stderr (process.resourceUsage().maxRSS is in kilobytes).
process.on('exit', () => {
  process.stderr.write(`maxRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
