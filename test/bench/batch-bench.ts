/** Batch builds of one workbook with 100 divisions: serial (`--jobs 1`) against `--jobs 2`. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { timeCli } from './children.js';
import { median } from './report.js';

export interface BatchResult {
  decks: number;
  serialMs: number;
  parallelMs: number;
  speedup: number;
  runs: { serialMs: number[]; parallelMs: number[] };
  summary: string;
}

const DIVISIONS = 100;

async function timeBatch(input: string, outDir: string, jobs: number): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  return timeCli(['batch', input, '--by', 'division', '-o', outDir, '--jobs', String(jobs), '-q']);
}

export async function runBatchBench(
  input: string,
  work: string,
  runs: number,
): Promise<BatchResult> {
  const serial: number[] = [];
  const parallel: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Alternate the order so a busy spell on the machine does not land on one side only.
    const first = run % 2 === 0 ? 1 : 2;
    for (const jobs of [first, 3 - first]) {
      const ms = await timeBatch(input, join(work, `batch-${jobs}`), jobs);
      (jobs === 1 ? serial : parallel).push(ms);
    }
    process.stderr.write(`  batch: run ${run + 1} of ${runs} done\n`);
  }
  const serialMs = Math.round(median(serial));
  const parallelMs = Math.round(median(parallel));
  const speedup = Number((serialMs / parallelMs).toFixed(2));
  return {
    decks: DIVISIONS,
    serialMs,
    parallelMs,
    speedup,
    runs: { serialMs: serial.map(Math.round), parallelMs: parallel.map(Math.round) },
    summary: `batch, ${DIVISIONS} divisions (1,000 accounts): serial ${(serialMs / 1000).toFixed(1)} s, --jobs 2 ${(parallelMs / 1000).toFixed(1)} s, speed-up ${speedup.toFixed(2)}×`,
  };
}
