/**
 * One measurement, run in a fresh child process so its peak RSS belongs to that build alone.
 *
 *   kamdeck <input.xlsx> <out.pptx> <spec.json>   build with the compiled library (dist/), timing
 *                                                 each stage; saves the DeckSpec for the baseline
 *   baseline <spec.json> <out.pptx>               replay that DeckSpec with plain pptxgenjs
 *   baseline-compressed <spec.json> <out.pptx>    the same, with pptxgenjs's DEFLATE compression
 *
 * Prints one JSON line (a Measurement) on stdout.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { BuildStage, DeckSpec } from '../../src/index.js';
import { writePlainDeck } from './plain-pptxgenjs.js';

export interface Measurement {
  stages: Partial<Record<BuildStage | 'baseline-render', number>>;
  totalMs: number;
  /** User + system CPU time of the measured part, all threads. */
  cpuMs: number;
  peakRssMb: number;
  slides: number;
  bytes: number;
}

type Library = typeof import('../../src/index.js');
const DIST = new URL('../../dist/index.js', import.meta.url).href;
const HEAP = new URL('../../dist/cli/heap.js', import.meta.url).href;

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function measureKamdeck(
  input: string,
  output: string,
  specPath: string,
): Promise<Measurement> {
  const { buildDeckToFile } = (await import(DIST)) as Library;
  // The same heap growth as the `kamdeck` executable, so peak RSS compares with the CLI's.
  const { limitHeapGrowthWhenLarge } = (await import(
    HEAP
  )) as typeof import('../../src/cli/heap.js');
  const stages: Measurement['stages'] = {};
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await buildDeckToFile(input, output, {
    onStage: (stage, ms) => {
      limitHeapGrowthWhenLarge(stage);
      stages[stage] = (stages[stage] ?? 0) + ms;
    },
  });
  const totalMs = performance.now() - started;
  const measurement = {
    stages,
    totalMs,
    cpuMs: cpuMsSince(cpu),
    peakRssMb: peakRssMb(),
    slides: result.deck.slides.length,
    bytes: result.bytes.length,
  };
  await writeFile(specPath, JSON.stringify(result.deck));
  return measurement;
}

async function measureBaseline(
  specPath: string,
  output: string,
  compressed: boolean,
): Promise<Measurement> {
  const deck = JSON.parse(await readFile(specPath, 'utf8')) as DeckSpec;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const bytes = await writePlainDeck(deck, compressed);
  const rendered = performance.now();
  await writeFile(output, bytes);
  const done = performance.now();
  return {
    stages: { 'baseline-render': rendered - started, write: done - rendered },
    totalMs: done - started,
    cpuMs: cpuMsSince(cpu),
    peakRssMb: peakRssMb(),
    slides: deck.slides.length,
    bytes: bytes.length,
  };
}

const [mode, ...args] = process.argv.slice(2);
const measured =
  mode === 'kamdeck'
    ? await measureKamdeck(args[0] ?? '', args[1] ?? '', args[2] ?? '')
    : await measureBaseline(args[0] ?? '', args[1] ?? '', mode === 'baseline-compressed');
process.stdout.write(`${JSON.stringify(measured)}\n`);
