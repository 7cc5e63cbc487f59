/**
 * Builds the sample deck in every bundled theme × template and renders it once for the whole suite:
 * LibreOffice converts the decks in parallel batches (one office process and one fresh profile per
 * batch, so profile set-up is paid once per batch), then pdftoppm rasterises each PDF.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDeck } from '../../../src/pipeline.js';
import { convertToPdf } from '../../../src/render/preview/libreoffice.js';
import { rasterisePdf } from '../../../src/render/preview/poppler.js';
import { listBundledTemplates } from '../../../src/templates/load-template.js';
import { listBundledThemes } from '../../../src/theme/load-theme.js';
import {
  combinationId,
  MANIFEST_FILE,
  RENDER_DPI,
  SAMPLE,
  type RenderManifest,
  type RenderedCombination,
} from './manifest.js';

/** Per LibreOffice run: ~4 s per deck once started, plus the first-run profile set-up. */
const CONVERT_TIMEOUT_MS = (decks: number) => 120_000 + decks * 60_000;
const RASTERISE_TIMEOUT_MS = 120_000;

async function buildAll(dir: string): Promise<RenderedCombination[]> {
  const combinations: RenderedCombination[] = [];
  for (const theme of await listBundledThemes()) {
    for (const template of await listBundledTemplates()) {
      const id = combinationId(theme, template);
      const pptx = join(dir, 'decks', `${id}.pptx`);
      const spec = join(dir, 'decks', `${id}.json`);
      const combination: RenderedCombination = {
        id,
        theme,
        template,
        pptx,
        spec,
        built: false,
        pdf: '',
        pages: [],
      };
      combinations.push(combination);
      try {
        const { bytes, deck } = await buildDeck(SAMPLE, { theme, template });
        await writeFile(pptx, bytes);
        await writeFile(spec, JSON.stringify(deck));
        combination.built = true;
      } catch (error) {
        // Reported by the tests of this combination; the others still render.
        combination.error = `building the deck failed: ${message(error)}`;
      }
    }
  }
  return combinations;
}

/** Splits items round-robin into at most `count` non-empty batches. */
function batches<T>(items: readonly T[], count: number): T[][] {
  const result: T[][] = Array.from({ length: Math.min(count, items.length) }, () => []);
  items.forEach((item, index) => result[index % result.length]?.push(item));
  return result;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const hasPdf = (path: string) =>
  stat(path).then(
    (info) => info.size > 0,
    () => false,
  );

/** Converts one batch; when the run fails, each deck without a PDF carries the error. */
async function convertBatch(batch: RenderedCombination[], pdfDir: string): Promise<void> {
  for (const combination of batch) combination.pdf = join(pdfDir, `${combination.id}.pdf`);
  try {
    await convertToPdf(
      batch.map((combination) => combination.pptx),
      pdfDir,
      { timeoutMs: CONVERT_TIMEOUT_MS(batch.length) },
    );
  } catch (error) {
    for (const combination of batch)
      if (!(await hasPdf(combination.pdf))) combination.error = message(error);
  }
}

async function rasterise(combination: RenderedCombination, dir: string): Promise<void> {
  if (combination.error !== undefined) return;
  const pagesDir = join(dir, 'pages', combination.id);
  await mkdir(pagesDir, { recursive: true });
  try {
    combination.pages = await rasterisePdf(combination.pdf, pagesDir, RENDER_DPI, {
      timeoutMs: RASTERISE_TIMEOUT_MS,
    });
  } catch (error) {
    combination.error = message(error);
  }
}

/** Renders everything into `dir` (emptied first) and writes the manifest; returns its folder. */
export async function renderAllCombinations(dir: string): Promise<string> {
  const root = resolve(dir);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'decks'), { recursive: true });
  await mkdir(join(root, 'pdf'), { recursive: true });
  const combinations = await buildAll(root);
  const workers = Math.max(1, availableParallelism());
  const built = combinations.filter((combination) => combination.error === undefined);
  await Promise.all(batches(built, workers).map((batch) => convertBatch(batch, join(root, 'pdf'))));
  await forEachLimited(combinations, workers, (combination) => rasterise(combination, root));
  const manifest: RenderManifest = { dpi: RENDER_DPI, combinations };
  await writeFile(join(root, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return root;
}
