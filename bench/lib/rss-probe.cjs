// Preloaded (`node -r`) by the speed bench's batch-memory ratio (bench/lib/ratios.ts): at exit,
// writes the process's peak resident set size in KB (all threads: one process) to $BENCH_RSS_OUT.
"use strict";
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_RSS_OUT) writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS));
});
