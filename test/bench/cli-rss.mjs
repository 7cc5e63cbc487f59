/* global process */
// Preloaded into the benchmark's `kamdeck` runs (node --import): reports the process's peak RSS on
// stderr as it exits, so the CLI's memory is measured without tsx or a wrapper around it.
process.on('exit', () => {
  process.stderr.write(`\nkamdeck-bench peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
