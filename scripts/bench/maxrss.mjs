// Preloaded into a host started by the benchmark: reports the process's peak memory when it ends.
process.on('exit', () => {
  process.stderr.write(`rapport-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
process.on('SIGTERM', () => process.exit(0));
