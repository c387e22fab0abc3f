// Preloaded into the benchmarked CLI: writes the process's peak resident memory (KiB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MTLINT_BENCH_RSS) writeFileSync(process.env.MTLINT_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
