/** `kamdeck preview <deck.pptx|input>`: slide images and a contact sheet, rendered by LibreOffice. */
import { basename, extname } from 'node:path';
import type { Argv } from 'yargs';
import { KamdeckError } from '../errors.js';
import { isDeckFile } from '../load/read-deck.js';
import { PREVIEW_PACKAGES } from '../render/preview/run-program.js';
import { DEFAULT_PREVIEW_DPI, DEFAULT_PREVIEW_TIMEOUT_MS } from '../render/preview/defaults.js';
import { buildCommandOptions, toBuildOptions, type BuildArgs } from './build-command.js';
import { reportDiagnostics, type Output } from './report.js';

export interface PreviewArgs extends BuildArgs {
  dpi?: number | undefined;
  timeout?: number | undefined;
}

export function previewCommandOptions(yargs: Argv): Argv<PreviewArgs> {
  return (
    (buildCommandOptions(yargs) as unknown as Argv)
      .positional('input', {
        type: 'string',
        describe: 'A .pptx deck, or a workbook / CSV / JSON input to build and then render',
        demandOption: true,
      })
      // -o stays the alias that the build options gave --output; only its meaning changes.
      .option('output', {
        type: 'string',
        describe: 'Output folder (default: <input name>-preview here)',
      })
      .option('dpi', {
        type: 'number',
        describe: `Resolution of the slide images (default ${DEFAULT_PREVIEW_DPI})`,
      })
      .option('timeout', {
        type: 'number',
        describe: `Seconds LibreOffice may take before it is stopped (default ${DEFAULT_PREVIEW_TIMEOUT_MS / 1000})`,
      })
      .epilogue(
        'Needs LibreOffice and poppler-utils; on Debian or Ubuntu: ' +
          `apt-get install --no-install-recommends ${PREVIEW_PACKAGES}`,
      ) as unknown as Argv<PreviewArgs>
  );
}

export function defaultPreviewFolder(input: string): string {
  return `${basename(input, extname(input)) || 'deck'}-preview`;
}

function positive(name: string, value: number | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw new KamdeckError(
      'USAGE',
      `--${name} ${value}: expected a number above 0, at most ${max}`,
    );
  return value;
}

export async function runPreview(
  args: PreviewArgs,
  output: Output,
  signal?: AbortSignal,
): Promise<number> {
  const folder = args.output ?? defaultPreviewFolder(args.input);
  const dpi = positive('dpi', args.dpi, 600);
  const timeout = positive('timeout', args.timeout, 24 * 3600);
  const buildOptions = toBuildOptions({ ...args, output: undefined });
  if (isDeckFile(args.input) && Object.keys(buildOptions).length > 0)
    throw new KamdeckError(
      'USAGE',
      'build options (--theme, --template, --slides, --set, …) apply only when preview builds the deck from a workbook, not to a .pptx',
    );
  // Loaded on use: the canvas and the preview renderer cost every other command start-up time.
  const { previewDeck } = await import('../preview.js');
  const result = await previewDeck(args.input, folder, {
    ...buildOptions,
    ...(dpi === undefined ? {} : { dpi }),
    ...(timeout === undefined ? {} : { timeoutMs: timeout * 1000 }),
    ...(signal === undefined ? {} : { signal }),
  });
  reportDiagnostics(result.diagnostics, output);
  output.out(
    `Wrote ${result.slides} slide image${result.slides === 1 ? '' : 's'}, contact-sheet.png and deck.pdf to ${folder}`,
  );
  return 0;
}
