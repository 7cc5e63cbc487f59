/** The performance targets of the benchmark, checked against the medians of a run. */
import type { BatchResult } from './batch-bench.js';
import { median, type SizeResult, type Target } from './report.js';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function sizeTargets(results: readonly SizeResult[]): Target[] {
  const targets: Target[] = [];
  const worstOverhead = Math.max(...results.map((r) => r.overhead));
  if (results.length > 0)
    targets.push({
      name: 'compose + render + write vs plain pptxgenjs (worst size)',
      goal: '≤ 1.30×',
      measured: `${worstOverhead.toFixed(2)}×`,
      met: worstOverhead <= 1.3,
    });
  const tenK = results.find((r) => r.accounts === 10_000);
  if (tenK)
    targets.push({
      name: '10,000 accounts, cold CLI',
      goal: '< 5 s',
      measured: s(tenK.cliMs),
      met: tenK.cliMs < 5000,
    });
  const hundredK = results.find((r) => r.accounts === 100_000);
  if (hundredK) {
    targets.push({
      name: '100,000 accounts, cold CLI',
      goal: '< 30 s',
      measured: s(hundredK.cliMs),
      met: hundredK.cliMs < 30_000,
    });
    // What a user sees: the `kamdeck build` process (the in-process figure includes tsx's loader).
    const rss = hundredK.cliPeakRssMb ?? hundredK.peakRssMb;
    targets.push({
      name: '100,000 accounts, CLI peak RSS',
      goal: '< 600 MB',
      measured: `${rss} MB`,
      met: rss < 600,
    });
  }
  return targets;
}

/**
 * Linear growth: from the second-largest to the largest size, the time per account may not grow
 * by more than half (fixed costs make small sizes look dearer per account, never cheaper).
 */
function linearityTarget(results: readonly SizeResult[]): Target[] {
  const sorted = [...results]
    .filter((r) => r.accounts >= 1000)
    .sort((a, b) => a.accounts - b.accounts);
  const [previous, last] = sorted.slice(-2);
  if (previous === undefined || last === undefined) return [];
  const perAccount = (r: SizeResult) => r.totalMs / r.accounts;
  const growth = perAccount(last) / perAccount(previous);
  return [
    {
      name: `time per account, ${last.accounts.toLocaleString('en-US')} vs ${previous.accounts.toLocaleString('en-US')}`,
      goal: '≤ 1.5× (linear)',
      measured: `${growth.toFixed(2)}×`,
      met: growth <= 1.5,
    },
  ];
}

export function evaluateTargets(
  sampleMs: readonly number[],
  results: readonly SizeResult[],
  batch: BatchResult | undefined,
): Target[] {
  const sample = median(sampleMs);
  return [
    { name: 'sample deck, cold CLI', goal: '< 1.5 s', measured: s(sample), met: sample < 1500 },
    ...sizeTargets(results),
    ...linearityTarget(results),
    ...(batch === undefined
      ? []
      : [
          {
            name: 'batch speed-up, --jobs 2',
            goal: '≥ 1.7×',
            measured: `${batch.speedup.toFixed(2)}×`,
            met: batch.speedup >= 1.7,
          },
        ]),
  ];
}
