/**
 * Preloaded into a measured process (`node -r bench/peakRss.cjs …`): on exit, writes the process's
 * getrusage figures — peak resident memory (maxRSS, KB) and CPU time (µs), covering all its threads,
 * workers included — as JSON to $ZIPING_BENCH_RSS_FILE.
 */
'use strict';
const fs = require('fs');
const out = process.env.ZIPING_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
