/** The kamdeck command line: argument parsing and exit codes around the library API. */
import { createRequire } from 'node:module';
import yargs from 'yargs';
import { KamdeckError } from '../errors.js';
import { batchCommandOptions, runBatch, type BatchArgs, type Terminal } from './batch-command.js';
import { buildCommandOptions, runBuild, type BuildArgs } from './build-command.js';
import { initCommandOptions, runInit, type InitArgs } from './init-command.js';
import { previewCommandOptions, runPreview, type PreviewArgs } from './preview-command.js';
import { EXIT, reportError, type Output } from './report.js';
import { runTemplates } from './templates-command.js';
import { runThemes } from './themes-command.js';
import { runValidate, validateCommandOptions, type ValidateArgs } from './validate-command.js';

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
    .command<InitArgs>(
      'init [file]',
      'Write a fill-in workbook with every sheet kamdeck reads, instructions and examples',
      initCommandOptions,
      async (args) => {
        exitCode = await runInit(args, output);
      },
    )
    .command<ValidateArgs>(
      'validate <input>',
      'Check a workbook and list every problem by sheet and cell (no deck is built)',
      validateCommandOptions,
      async (args) => {
        exitCode = await runValidate(args, output);
      },
    )
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
    .command(
      'themes',
      'List the bundled themes',
      () => {},
      async () => {
        exitCode = await runThemes(output);
      },
    )
    .command(
      'templates',
      'List the bundled deck templates',
      () => {},
      async () => {
        exitCode = await runTemplates(output);
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
