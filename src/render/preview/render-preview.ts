/**
 * A deck as pictures: .pptx bytes → PDF → one PNG per slide → a contact sheet. The office suite
 * sits behind `PageRenderer`, so everything after it can be tested without LibreOffice installed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeContactSheet, type ContactSheetOptions } from './contact-sheet.js';
import { convertToPdf } from './libreoffice.js';
import { decodePng, isBlank } from './pixels.js';
import { rasterisePdf } from './poppler.js';

export interface PageRenderOptions {
  /** Resolution of the page images. */
  dpi: number;
  /** Deadline for each external program. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface RenderedPages {
  pdf: Uint8Array;
  /** One PNG per page, in order. */
  pages: Uint8Array[];
}

/** Turns a .pptx into a PDF and page images. */
export interface PageRenderer {
  renderPages(pptx: Uint8Array, options: PageRenderOptions): Promise<RenderedPages>;
}

/** LibreOffice headless for the PDF, poppler's pdftoppm for the page images. */
export const libreOfficeRenderer: PageRenderer = {
  async renderPages(pptx, options) {
    // A private folder per run: concurrent previews never share a file or an office profile.
    const work = await mkdtemp(join(tmpdir(), 'kamdeck-preview-'));
    try {
      const deck = join(work, 'deck.pptx');
      await writeFile(deck, pptx);
      const programOptions = {
        timeoutMs: options.timeoutMs,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      };
      const [pdf = ''] = await convertToPdf([deck], work, programOptions);
      const pages = await rasterisePdf(pdf, work, options.dpi, programOptions);
      return {
        pdf: new Uint8Array(await readFile(pdf)),
        pages: await Promise.all(pages.map(async (page) => new Uint8Array(await readFile(page)))),
      };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

export interface PreviewRenderOptions extends PageRenderOptions {
  renderer?: PageRenderer;
  contactSheet?: ContactSheetOptions;
}

export interface Preview extends RenderedPages {
  contactSheet: Uint8Array;
  /** False when no font was found for the contact sheet's numbers. */
  labelled: boolean;
  /** 1-based numbers of pages that render as nothing but a uniform colour. */
  blankPages: number[];
}

export async function renderPreview(
  pptx: Uint8Array,
  options: PreviewRenderOptions,
): Promise<Preview> {
  const renderer = options.renderer ?? libreOfficeRenderer;
  const rendered = await renderer.renderPages(pptx, options);
  const sheet = await composeContactSheet(rendered.pages, options.contactSheet);
  const blankPages: number[] = [];
  for (const [index, page] of rendered.pages.entries()) {
    if (isBlank(await decodePng(page))) blankPages.push(index + 1);
  }
  return { ...rendered, contactSheet: sheet.png, labelled: sheet.labelled, blankPages };
}
