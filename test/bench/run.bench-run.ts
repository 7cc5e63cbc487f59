/**
 * `npm run bench`: kamdeck's speed and memory on synthetic workbooks of 50 to 100,000 accounts,
 * against a plain-pptxgenjs baseline, plus batch builds serial vs two jobs. Prints the tables and
 * writes test/bench/results.json. Not part of `npm test`: timings belong here, never in tests.
 *
 *   npm run bench -- [--sizes 50,1000,10000,100000] [--runs 3] [--large-runs 1] [--no-batch]
 *
 * Workbooks are generated once into the temp folder (deterministic, so they are reused).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { measureBaseline, measureKamdeck, ROOT, runCli, timeCli } from './children.js';
import { runBatchBench, type BatchResult } from './batch-bench.js';
import { evaluateTargets } from './targets.js';
import { sizeTable, summarise, targetTable, type Run, type SizeResult } from './report.js';
import { writeSyntheticWorkbook } from './synthetic-workbook.js';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50,1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '1' },
    'no-batch': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'test/bench/results.json') },
  },
});
const WORK = join(tmpdir(), 'kamdeck-bench');
const LARGE = 50_000;

async function workbookFor(accounts: number, divisions = 6): Promise<string> {
  const path = join(WORK, `synthetic-${accounts}-d${divisions}.xlsx`);
  if (!existsSync(path)) await writeSyntheticWorkbook(path, { accounts, divisions });
  return path;
}

async function benchSize(accounts: number, runs: number): Promise<SizeResult> {
  const input = await workbookFor(accounts);
  const spec = join(WORK, `deck-${accounts}.json`);
  // The machine is shared: the load when a size starts says how noisy its figures may be.
  const loadAverage = Number((loadavg()[0] ?? 0).toFixed(2));
  const kamdeck: Run[] = [];
  const compressed: Run[] = [];
  const stored: Run[] = [];
  const cli: number[] = [];
  const cliRss: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    kamdeck.push(await measureKamdeck(input, join(WORK, `kamdeck-${accounts}.pptx`), spec));
    compressed.push(await measureBaseline(spec, join(WORK, `plain-${accounts}.pptx`), true));
    stored.push(await measureBaseline(spec, join(WORK, `plain-stored-${accounts}.pptx`), false));
    const cliRun = await runCli(['build', input, '-o', join(WORK, `cli-${accounts}.pptx`)]);
    cli.push(cliRun.wallMs);
    cliRss.push(cliRun.peakRssMb);
    process.stderr.write(`  ${accounts} accounts: run ${run + 1} of ${runs} done\n`);
  }
  return {
    ...summarise(accounts, kamdeck, { compressed, stored }, cli),
    cliPeakRssMb: Math.round(Math.max(...cliRss)),
    loadAverage,
  };
}

async function sampleColdStart(runs: number): Promise<number[]> {
  const times: number[] = [];
  const sample = join(ROOT, 'sample-data/kam-sample.xlsx');
  for (let run = 0; run < runs; run += 1)
    times.push(await timeCli(['build', sample, '-o', join(WORK, 'sample.pptx')]));
  return times;
}

function machine() {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const host = machine();
await mkdir(WORK, { recursive: true });
const runs = Number(flags.runs);
const sizes = (flags.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
process.stderr.write(`kamdeck bench: ${sizes.join(', ')} accounts, ${runs} runs each\n`);
const sample = await sampleColdStart(runs);
const results: SizeResult[] = [];
// Smallest first: the largest case runs last, when the machine is likeliest to be quiet.
for (const accounts of [...sizes].sort((a, b) => a - b))
  results.push(await benchSize(accounts, accounts >= LARGE ? Number(flags['large-runs']) : runs));
let batch: BatchResult | undefined;
if (flags['no-batch'] !== true)
  batch = await runBatchBench(await workbookFor(1000, 100), WORK, runs);
const targets = evaluateTargets(sample, results, batch);
const lines = [
  `machine: ${host.nproc} cores (${host.cpu}), ${host.memoryGb} GB, node ${host.node}, load average at start ${host.loadAverageAtStart.join(' ')}`,
  '',
  ...sizeTable(results),
  '',
  ...(batch === undefined ? [] : [batch.summary, '']),
  ...targetTable(targets),
];
process.stdout.write(`${lines.join('\n')}\n`);
const report = {
  date: new Date().toISOString(),
  machine: host,
  sample,
  sizes: results,
  batch,
  targets,
};
// Formatted as `npm run format:check` expects, since the file is committed.
const out = flags.out ?? '';
const style = (await resolveConfig(out)) ?? {};
await writeFile(out, await format(JSON.stringify(report), { ...style, filepath: out }));
process.stderr.write(`results written to ${out}\n`);
