/** `kamdeck batch <input> --by division|kam|region|account`: one deck per group, in parallel. */
import type { Argv } from 'yargs';
import { GROUP_FIELDS, type GroupBy } from '../batch/group-accounts.js';
import { buildCommandOptions, toBuildOptions, type BuildArgs } from './build-command.js';
import { limitHeapGrowthWhenLarge } from './heap.js';
import { createProgressReporter, summaryTable } from './progress.js';
import { EXIT, reportDiagnostics, type Output } from './report.js';

export interface BatchArgs extends Omit<BuildArgs, 'output'> {
  by: GroupBy;
  outdir: string;
  jobs?: number | undefined;
  withPortfolio?: boolean | undefined;
  quiet?: boolean | undefined;
}

export interface Terminal {
  isTTY: boolean;
  ci: boolean;
  redraw: (line: string) => void;
  now: () => number;
  signal?: AbortSignal;
}

export function batchCommandOptions(yargs: Argv): Argv<BatchArgs> {
  return (buildCommandOptions(yargs) as unknown as Argv)
    .option('by', {
      choices: GROUP_FIELDS,
      demandOption: true,
      describe: 'One deck per value of this Accounts column',
    })
    .option('outdir', {
      alias: 'o',
      type: 'string',
      default: 'decks',
      describe: 'Output folder (created when missing)',
    })
    .option('jobs', { type: 'number', describe: 'Decks built in parallel (default: CPU cores)' })
    .option('with-portfolio', { type: 'boolean', describe: 'Also build one deck of all accounts' })
    .option('quiet', {
      alias: 'q',
      type: 'boolean',
      describe: 'Print only the summary and errors',
    }) as unknown as Argv<BatchArgs>;
}

export async function runBatch(
  args: BatchArgs,
  output: Output,
  terminal: Terminal,
): Promise<number> {
  const mode = args.quiet === true ? 'quiet' : terminal.isTTY && !terminal.ci ? 'bar' : 'lines';
  const report = createProgressReporter(
    mode,
    { redraw: terminal.redraw, line: output.out },
    terminal.now,
  );
  // Loaded on use: the worker pool is only needed here.
  const { buildBatch } = await import('../batch/run-batch.js');
  const { manifest, diagnostics } = await buildBatch(args.input, {
    ...toBuildOptions({ ...args, output: undefined }),
    by: args.by,
    outDir: args.outdir,
    ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
    ...(args.withPortfolio === true ? { withPortfolio: true } : {}),
    onProgress: report,
    onStage: limitHeapGrowthWhenLarge,
    ...(terminal.signal === undefined ? {} : { signal: terminal.signal }),
  });
  if (mode === 'bar') terminal.redraw('');
  reportDiagnostics(diagnostics, output);
  for (const line of summaryTable(manifest.entries)) output.out(line);
  output.out(
    `${manifest.entries.length - manifest.failed} of ${manifest.entries.length} decks written to ${args.outdir} (manifest.json lists them)`,
  );
  return manifest.failed > 0 ? EXIT.internal : EXIT.ok;
}
