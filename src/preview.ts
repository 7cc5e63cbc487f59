/**
 * Preview: a deck as pictures, rendered by a real office suite.
 *
 *   .pptx file ──read──┐
 *                      ├──▶ .pptx bytes ──render (LibreOffice, pdftoppm)──▶ PDF + slide PNGs
 *   workbook ──build───┘                  ──contact sheet──▶ PNG grid ──write──▶ folder
 *   (pipeline.ts)
 *
 * Like the rest of the library it never prints: blank pages and a missing label font come back
 * as warnings.
 */
import { isKamdeckError, KamdeckError, warningAt, type Diagnostic } from './errors.js';
import { isDeckFile, readDeckFile } from './load/read-deck.js';
import { buildDeck, type BuildOptions } from './pipeline.js';
import {
  renderPreview,
  type PageRenderer,
  type PreviewRenderOptions,
} from './render/preview/render-preview.js';
import { writePreviewFiles, type WrittenPreview } from './write/write-preview.js';

import { DEFAULT_PREVIEW_DPI, DEFAULT_PREVIEW_TIMEOUT_MS } from './render/preview/defaults.js';

export { DEFAULT_PREVIEW_DPI, DEFAULT_PREVIEW_TIMEOUT_MS };

export interface PreviewOptions extends BuildOptions {
  /** Resolution of the slide images (default 80 dpi). */
  dpi?: number;
  /** Deadline for each LibreOffice or poppler run (default 3 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** What turns the deck into pages (default LibreOffice headless + pdftoppm). */
  renderer?: PageRenderer;
}

export interface PreviewResult extends WrittenPreview {
  /** Number of slides rendered. */
  slides: number;
  diagnostics: Diagnostic[];
}

/** The deck's bytes: read as is from a .pptx, else built from the workbook. */
async function deckBytes(
  input: string,
  options: BuildOptions,
): Promise<{ bytes: Uint8Array; diagnostics: Diagnostic[] }> {
  if (isDeckFile(input)) return { bytes: await readDeckFile(input), diagnostics: [] };
  const built = await buildDeck(input, options);
  return { bytes: built.bytes, diagnostics: built.diagnostics };
}

function renderOptions(options: PreviewOptions): PreviewRenderOptions {
  return {
    dpi: options.dpi ?? DEFAULT_PREVIEW_DPI,
    timeoutMs: options.timeoutMs ?? DEFAULT_PREVIEW_TIMEOUT_MS,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.renderer === undefined ? {} : { renderer: options.renderer }),
  };
}

/**
 * Renders a deck (`.pptx`) or builds one from a workbook and renders it into `outDir`:
 * `slide-NN.png` per slide, `contact-sheet.png` and `deck.pdf`.
 */
export async function previewDeck(
  input: string,
  outDir: string,
  options: PreviewOptions = {},
): Promise<PreviewResult> {
  const { bytes, diagnostics } = await deckBytes(input, options);
  const preview = await renderPreview(bytes, renderOptions(options)).catch((error: unknown) => {
    // The renderer works on a temporary copy; name the deck the user asked for.
    if (isKamdeckError(error) && error.code === 'RENDER_FAILED')
      throw new KamdeckError(error.code, `cannot render ${input}: ${error.message}`);
    throw error;
  });
  const written = await writePreviewFiles(outDir, preview, { protect: [input] });
  for (const page of preview.blankPages)
    diagnostics.push(warningAt(undefined, `slide ${page} renders as an empty page`));
  if (!preview.labelled)
    diagnostics.push(
      warningAt(undefined, 'no font found for the contact sheet: its slide numbers are missing'),
    );
  return { ...written, slides: preview.pages.length, diagnostics };
}
