/** The kamdeck command line: argument parsing and exit codes around the library API. */
import { createRequire } from 'node:module';
import yargs from 'yargs';
import { KamdeckError } from '../errors.js';
import { batchCommandOptions, runBatch, type BatchArgs, type Terminal } from './batch-command.js';
import { buildCommandOptions, runBuild, type BuildArgs } from './build-command.js';
import { previewCommandOptions, runPreview, type PreviewArgs } from './preview-command.js';
import { EXIT, reportError, type Output } from './report.js';

/** Output for tests and pipes: no redrawn progress bar. */
const PLAIN_TERMINAL: Terminal = {
  isTTY: false,
  ci: true,
  redraw: () => {},
  now: () => performance.now(),
};

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Runs the CLI with the given arguments; returns the exit code (never exits itself). */
export async function runCli(
  argv: readonly string[],
  output: Output,
  debug = false,
  terminal: Terminal = PLAIN_TERMINAL,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const parser = yargs()
    .scriptName('kamdeck')
    .usage('$0 <command> [options]')
    .command<BuildArgs>(
      'build <input>',
      'Build a .pptx deck from a workbook',
      buildCommandOptions,
      async (args) => {
        exitCode = await runBuild(args, output);
      },
    )
    .command<BatchArgs>(
      'batch <input>',
      'Build one deck per division, KAM, region or account',
      batchCommandOptions,
      async (args) => {
        exitCode = await runBatch(args, output, terminal);
      },
    )
    .command<PreviewArgs>(
      'preview <input>',
      'Render a deck (or build and render one) to slide images and a contact sheet with LibreOffice',
      previewCommandOptions,
      async (args) => {
        exitCode = await runPreview(args, output, terminal.signal);
      },
    )
    .demandCommand(1, 'Name a command, e.g. kamdeck build sample-data/kam-sample.xlsx')
    .strict()
    .version(packageJson.version)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error ?? new KamdeckError('USAGE', message ?? 'invalid arguments');
    })
    .exitProcess(false);
  try {
    await parser.parseAsync([...argv], {}, (_error, _parsed, text) => {
      if (text) output.out(text);
    });
  } catch (error) {
    if (error instanceof KamdeckError && error.code === 'USAGE' && error.diagnostics.length === 0) {
      output.err(`kamdeck: ${error.message}\nRun kamdeck --help for usage.`);
      return EXIT.badInput;
    }
    return reportError(error, output, debug);
  }
  return exitCode;
}
