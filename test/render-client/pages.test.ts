/**
 * Every bundled theme × template, opened by a real office suite: LibreOffice converts the sample
 * deck, the PDF has one page per slide, no page (and no chart, table, image or text on it) renders
 * empty, and each page's text carries its slide's title.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckSpec } from '../../src/compose/spec.js';
import { decodePng, luminanceVariance, type Pixels } from '../../src/render/preview/pixels.js';
import { extractPdfText, pdfPageCount } from '../../src/render/preview/poppler.js';
import { listBundledTemplates } from '../../src/templates/load-template.js';
import { listBundledThemes } from '../../src/theme/load-theme.js';
import { readDeckSpec, readManifest } from './helpers/manifest.js';
import {
  chromeBoxes,
  describeElement,
  inkedElements,
  pageScale,
  toPixels,
} from './helpers/regions.js';

/**
 * Luminance variance (0–255 scale) below which a page, outside the master's chrome, shows nothing:
 * an empty slide measures ~0, the emptiest real page of the sample deck several hundred.
 */
const PAGE_CONTENT_VARIANCE = 20;
/**
 * The same inside one element's box. The faintest real element, a "—" in a 1.2 × 0.6 in table cell,
 * measures ~12; a box whose text or chart did not render measures ~0.
 */
const ELEMENT_INK_VARIANCE = 2;
/** Titles are compared on their first characters: long ones wrap, and may end in an ellipsis. */
const TITLE_PREFIX_CHARS = 30;
const POPPLER = { timeoutMs: 60_000 };

const manifest = await readManifest();

/** Ligatures and typographic spaces as plain characters, every run of whitespace one space. */
function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function titlePrefix(title: string): string {
  const untruncated = normaliseText(title).replace(/(…|\.\.\.)$/, '');
  return untruncated.slice(0, TITLE_PREFIX_CHARS).trim();
}

it('renders every bundled theme × template', async () => {
  const themes = await listBundledThemes();
  const templates = await listBundledTemplates();
  expect(manifest.combinations.map((c) => `${c.theme}--${c.template}`).sort()).toEqual(
    themes.flatMap((theme) => templates.map((template) => `${theme}--${template}`)).sort(),
  );
});

describe.each(manifest.combinations)('$id', (combination) => {
  let deck: DeckSpec;
  let pages: Pixels[];
  // The first test reports a failed build or conversion; the others need its files.
  const rendered = it.runIf(combination.error === undefined);

  beforeAll(async () => {
    if (combination.error !== undefined) return;
    deck = await readDeckSpec(combination);
    pages = [];
    for (const page of combination.pages) pages.push(await decodePng(await readFile(page)));
  });

  it('builds, converts to PDF in LibreOffice and rasterises without error', () => {
    expect(combination.error).toBeUndefined();
    expect(deck.slides.length).toBeGreaterThan(0);
  });

  rendered('has exactly one PDF page and one image per slide', async () => {
    expect(await pdfPageCount(combination.pdf, POPPLER)).toBe(deck.slides.length);
    expect(pages).toHaveLength(deck.slides.length);
  });

  rendered('has no blank page', () => {
    const blank = deck.slides.flatMap((slide, index) => {
      const page = pages[index];
      if (page === undefined) return [`slide ${index + 1}: no page image`];
      const chrome = chromeBoxes(deck, slide, pageScale(page, deck));
      const variance = luminanceVariance(page, undefined, chrome);
      return variance < PAGE_CONTENT_VARIANCE
        ? [`slide ${index + 1} (${slide.kind}, "${slide.title}"): variance ${variance.toFixed(1)}`]
        : [];
    });
    expect(blank).toEqual([]);
  });

  rendered('shows every chart, table, image and text of the spec on its page', () => {
    const empty = deck.slides.flatMap((slide, index) => {
      const page = pages[index];
      if (page === undefined) return [];
      const scale = pageScale(page, deck);
      return inkedElements(slide)
        .filter(
          (element) => luminanceVariance(page, toPixels(element.box, scale)) < ELEMENT_INK_VARIANCE,
        )
        .map((element) => `slide ${index + 1} (${slide.kind}): ${describeElement(element)}`);
    });
    expect(empty).toEqual([]);
  });

  rendered("has each slide's title in the text of its page", async () => {
    const texts = (await extractPdfText(combination.pdf, POPPLER)).map(normaliseText);
    const missing = deck.slides.flatMap((slide, index) =>
      (texts[index] ?? '').includes(titlePrefix(slide.title))
        ? []
        : [`slide ${index + 1}: "${titlePrefix(slide.title)}" not in "${texts[index] ?? ''}"`],
    );
    expect(missing).toEqual([]);
  });
});
