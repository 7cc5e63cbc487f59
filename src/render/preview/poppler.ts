/**
 * PDF → page images, text and page count with poppler-utils (`pdftoppm`, `pdftotext`, `pdfinfo`).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KamdeckError } from '../../errors.js';
import { runProgram } from './run-program.js';

export interface PopplerOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

const POPPLER = 'poppler-utils';

function programOptions(options: PopplerOptions) {
  return {
    timeoutMs: options.timeoutMs,
    providedBy: POPPLER,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
}

/** pdftoppm names pages `<prefix>-<n>.png`, zero-padded to the digits of the last page. */
function pageNumberOf(file: string, prefix: string): number | undefined {
  const match = new RegExp(`^${prefix}-(\\d+)\\.png$`).exec(file);
  return match ? Number(match[1]) : undefined;
}

/** Renders every page to `<outDir>/<prefix>-<n>.png` at `dpi`; returns the files in page order. */
export async function rasterisePdf(
  pdf: string,
  outDir: string,
  dpi: number,
  options: PopplerOptions & { prefix?: string },
): Promise<string[]> {
  const prefix = options.prefix ?? 'page';
  await runProgram(
    'pdftoppm',
    ['-png', '-r', String(dpi), pdf, join(outDir, prefix)],
    programOptions(options),
  );
  const pages = (await readdir(outDir))
    .map((file) => ({ file, page: pageNumberOf(file, prefix) }))
    .filter((entry): entry is { file: string; page: number } => entry.page !== undefined)
    .sort((a, b) => a.page - b.page);
  return pages.map((entry) => join(outDir, entry.file));
}

/** The text of each page, in reading order as pdftotext sees it. */
export async function extractPdfText(pdf: string, options: PopplerOptions): Promise<string[]> {
  const { stdout } = await runProgram('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    ...programOptions(options),
    maxOutputChars: Number.POSITIVE_INFINITY,
  });
  // Pages end with a form feed; the text after the last one is empty.
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The number of pages, as the PDF's catalogue states it. */
export async function pdfPageCount(pdf: string, options: PopplerOptions): Promise<number> {
  const { stdout } = await runProgram('pdfinfo', [pdf], programOptions(options));
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  if (pages === undefined)
    throw new KamdeckError('RENDER_FAILED', `pdfinfo did not report a page count for ${pdf}`);
  return Number(pages);
}
