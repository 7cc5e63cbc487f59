/**
 * Child processes of the benchmark: every measurement runs in a fresh process, so peak RSS is per
 * measurement and no JIT warm-up or cached module carries over from one size to the next.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Measurement } from './measure-build.bench-run.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const MEASURE = fileURLToPath(new URL('./measure-build.bench-run.ts', import.meta.url));
const CLI_RSS = new URL('./cli-rss.mjs', import.meta.url).href;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

function run(args: readonly string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // Warnings can run to thousands of lines on large books; keep only the tail for errors.
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, wallMs: performance.now() - started }),
    );
  });
}

function failed(what: string, finished: Finished): Error {
  return new Error(`${what} exited with ${finished.code}:\n${finished.stderr}`);
}

async function measure(args: readonly string[]): Promise<Measurement & { processMs: number }> {
  const finished = await run(['--import', 'tsx', MEASURE, ...args]);
  if (finished.code !== 0) throw failed(`measure ${args.join(' ')}`, finished);
  const line = finished.stdout.trim().split('\n').at(-1) ?? '';
  return { ...(JSON.parse(line) as Measurement), processMs: finished.wallMs };
}

/** kamdeck's build of `input`, stage by stage; saves the DeckSpec at `specPath`. */
export const measureKamdeck = (input: string, output: string, specPath: string) =>
  measure(['kamdeck', input, output, specPath]);

/** The same slides replayed with plain pptxgenjs, stored (its Node default) or compressed. */
export const measureBaseline = (specPath: string, output: string, compressed: boolean) =>
  measure([compressed ? 'baseline-compressed' : 'baseline', specPath, output]);

export interface CliRun {
  /** From process start to exit (a cold start). */
  wallMs: number;
  /** The CLI process's peak RSS, as a user running `kamdeck` sees it. */
  peakRssMb: number;
}

/** The installed CLI, timed from process start to exit, and its peak memory. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const finished = await run(['--import', CLI_RSS, CLI, ...args]);
  if (finished.code !== 0) throw failed(`kamdeck ${args.join(' ')}`, finished);
  const kb = /kamdeck-bench peak-rss-kb (\d+)/.exec(finished.stderr)?.[1];
  return { wallMs: finished.wallMs, peakRssMb: Number(kb ?? Number.NaN) / 1024 };
}

/** Wall time of the installed CLI from process start to exit (a cold start). */
export async function timeCli(args: readonly string[]): Promise<number> {
  return (await runCli(args)).wallMs;
}
