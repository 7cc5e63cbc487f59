/**
 * Turning benchmark runs into medians, the printed table and the checks against the targets.
 * Times on a shared machine are noisy, so every figure is the median of its runs.
 */
import type { Measurement } from './measure-build.bench-run.js';

export type Run = Measurement & { processMs: number };

export interface SizeResult {
  accounts: number;
  runs: number;
  /** Median per stage (ms) of kamdeck's in-process build. */
  stages: Record<string, number>;
  totalMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** `kamdeck build` from process start to exit. */
  cliMs: number;
  /** Peak RSS of those `kamdeck build` processes (the highest run). */
  cliPeakRssMb?: number;
  slides: number;
  /** The same slides with plain pptxgenjs, DEFLATE-compressed like kamdeck's decks. */
  baselineMs: number;
  /** Plain pptxgenjs with its Node default (`writeFile`): stored, uncompressed entries. */
  baselineStoredMs: number;
  /**
   * kamdeck's compose + render + write over the compressed baseline: the work both do, since the
   * baseline is handed the analysed numbers and kamdeck's decisions about them.
   */
  overhead: number;
  /** analyse + compose + render + write over the compressed baseline. */
  overheadWithAnalysis: number;
  /** compose + render + write over the stored baseline. */
  overheadVsStored: number;
  /** One-minute load average of the machine when the size started. */
  loadAverage?: number;
}

export const STAGES = ['load', 'validate', 'analyse', 'compose', 'render', 'write'] as const;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** The deck-writing part of kamdeck: what the plain-pptxgenjs baseline also has to do. */
export const deckMakingMs = (run: Measurement) =>
  (run.stages.compose ?? 0) + (run.stages.render ?? 0) + (run.stages.write ?? 0);

export function summarise(
  accounts: number,
  kamdeck: readonly Run[],
  baseline: { compressed: readonly Run[]; stored: readonly Run[] },
  cliMs: readonly number[],
): SizeResult {
  const stages = Object.fromEntries(
    STAGES.map((stage) => [stage, round(median(kamdeck.map((run) => run.stages[stage] ?? 0)))]),
  );
  const deckMaking = median(kamdeck.map(deckMakingMs));
  const withAnalysis = median(kamdeck.map((run) => deckMakingMs(run) + (run.stages.analyse ?? 0)));
  const baselineMs = median(baseline.compressed.map((run) => run.totalMs));
  const baselineStoredMs = median(baseline.stored.map((run) => run.totalMs));
  return {
    accounts,
    runs: kamdeck.length,
    stages,
    totalMs: round(median(kamdeck.map((run) => run.totalMs))),
    cpuMs: round(median(kamdeck.map((run) => run.cpuMs))),
    peakRssMb: round(Math.max(...kamdeck.map((run) => run.peakRssMb))),
    cliMs: round(median(cliMs)),
    slides: kamdeck[0]?.slides ?? 0,
    baselineMs: round(baselineMs),
    baselineStoredMs: round(baselineStoredMs),
    overhead: round(deckMaking / baselineMs, 2),
    overheadWithAnalysis: round(withAnalysis / baselineMs, 2),
    overheadVsStored: round(deckMaking / baselineStoredMs, 2),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function sizeTable(results: readonly SizeResult[]): string[] {
  const header = [
    'accounts',
    ...STAGES,
    'total',
    'CPU',
    'cold CLI',
    'peak RSS',
    'CLI peak RSS',
    'pptxgenjs',
    'overhead',
    'with analysis',
  ];
  const rows = results.map((r) => [
    r.accounts.toLocaleString('en-US'),
    ...STAGES.map((stage) => seconds(r.stages[stage] ?? 0)),
    seconds(r.totalMs),
    seconds(r.cpuMs),
    seconds(r.cliMs),
    `${r.peakRssMb} MB`,
    r.cliPeakRssMb === undefined ? '–' : `${r.cliPeakRssMb} MB`,
    seconds(r.baselineMs),
    `${r.overhead.toFixed(2)}×`,
    `${r.overheadWithAnalysis.toFixed(2)}×`,
  ]);
  return markdownTable(header, rows);
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join(' | ')} |`;
  // Separators as prettier writes them, so a table can be pasted into README.md as it is.
  const separator = `|${widths.map((w) => ` ${'-'.repeat(w - 1)}: `).join('|')}|`;
  return [line(header), separator, ...rows.map(line)];
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export function targetTable(targets: readonly Target[]): string[] {
  return markdownTable(
    ['target', 'goal', 'measured', 'met'],
    targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'yes' : 'NO']),
  );
}
