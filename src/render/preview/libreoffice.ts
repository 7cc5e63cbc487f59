/**
 * .pptx → PDF with LibreOffice headless. Each run gets a fresh user profile
 * (`-env:UserInstallation`): LibreOffice hands a request to any instance already running on the
 * same profile and exits at once, so a shared profile would break concurrent runs, and a profile
 * left half-written by a killed run would break the next one. The first-run set-up of a fresh
 * profile costs a few seconds, which is why several decks may be converted in one run.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KamdeckError } from '../../errors.js';
import { runProgram } from './run-program.js';

export interface ConvertOptions {
  /** Deadline for the whole run (all decks). */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The LibreOffice executable (default `soffice` on the PATH). */
  soffice?: string;
}

/** Lines LibreOffice prints on every run here, which explain nothing (no Java is installed). */
const HARMLESS_OUTPUT = /javaldx|^convert .* using filter/;

function pdfPathFor(deck: string, outDir: string): string {
  return join(outDir, `${basename(deck, extname(deck))}.pdf`);
}

async function isNonEmptyFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile() && info.size > 0,
    () => false,
  );
}

/**
 * Converts each deck to `<outDir>/<deck name>.pdf` in one LibreOffice run; returns the PDF paths in
 * the order of `decks`. Deck file names must differ (their PDFs share `outDir`).
 */
export async function convertToPdf(
  decks: readonly string[],
  outDir: string,
  options: ConvertOptions,
): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'kamdeck-lo-profile-'));
  try {
    const { stdout, stderr } = await runProgram(
      options.soffice ?? 'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...decks,
      ],
      {
        timeoutMs: options.timeoutMs,
        providedBy: 'LibreOffice (Debian package libreoffice-impress)',
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      },
    );
    const pdfs = decks.map((deck) => pdfPathFor(deck, outDir));
    const said = [stderr, stdout]
      .flatMap((text) => text.split('\n'))
      .filter((line) => line.trim() !== '' && !HARMLESS_OUTPUT.test(line));
    for (const [index, pdf] of pdfs.entries()) {
      // LibreOffice exits with 0 even when it could not load a file; the missing PDF tells.
      if (!(await isNonEmptyFile(pdf)))
        throw new KamdeckError(
          'RENDER_FAILED',
          [`LibreOffice did not convert ${basename(decks[index] ?? pdf)} to PDF`, ...said].join(
            '\n',
          ),
        );
    }
    return pdfs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
