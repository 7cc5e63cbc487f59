/**
 * How far V8 lets the heap grow between full collections. On a machine with plenty of memory V8
 * grows it up to 4× the live data: a 100,000-account build held ~350 MB of live data and peaked at
 * ~980 MB RSS. Growing by 20% at a time keeps it near 550 MB for some 5–15% more time. On
 * small heaps the same setting costs a lot (a 100-deck batch ran 25% slower, collecting far more
 * often), so it is set only once a loaded workbook has made the heap large. The setting is
 * process-wide (worker threads included), so the executable decides it, never the library.
 */
import v8 from 'node:v8';
import type { BuildStage } from '../pipeline.js';

export const HEAP_GROWING_PERCENT = 20;
/** Live heap after loading above which a build is large enough to trade some speed for memory. */
export const LARGE_HEAP_BYTES = 150 * 1024 * 1024;

/** An `onStage` hook: after the load stage, limits heap growth when the heap has become large. */
export function limitHeapGrowthWhenLarge(stage: BuildStage): void {
  if (stage !== 'load' || process.memoryUsage().heapUsed < LARGE_HEAP_BYTES) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
