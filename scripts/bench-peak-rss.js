'use strict';
// Preloaded with `node --require` by scripts/bench-validate.ts into each benchmarked child process:
// spawnSync reports no resource usage of its child, so the child records its own peak resident set
// size (KiB, as process.resourceUsage() gives it) in the file named by BENCH_PEAK_RSS_FILE.
// 'exit' also fires on process.exit(), and only synchronous work runs there, hence writeFileSync.
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
