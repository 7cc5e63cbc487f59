/**
 * Key slides of the default deck (corporate theme, quarterly-review template) look as they did
 * when their reference images were last approved. Slides are found by kind in the DeckSpec, so
 * adding or reordering slides does not break the comparison. Tolerance and refresh: see
 * helpers/reference-images.ts (`npm run test:render:update`).
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../src/templates/load-template.js';
import { DEFAULT_THEME } from '../../src/theme/load-theme.js';
import { readDeckSpec, readManifest } from './helpers/manifest.js';
import { checkAgainstReference, TOLERANCE } from './helpers/reference-images.js';

/** The slides whose look matters most and breaks most easily: a combo chart, a drawn tree, a grid of tiles and charts. */
const KEY_KINDS = ['pareto', 'org-chart', 'dashboard'] as const;

const manifest = await readManifest();
const combination = manifest.combinations.find(
  (c) => c.theme === DEFAULT_THEME && c.template === DEFAULT_TEMPLATE,
);

describe(`key slides of ${DEFAULT_THEME} × ${DEFAULT_TEMPLATE}`, () => {
  it.each(KEY_KINDS)('%s matches its reference image', async (kind) => {
    if (combination === undefined) throw new Error('the default theme × template was not rendered');
    expect(combination.error).toBeUndefined();
    const deck = await readDeckSpec(combination);
    const index = deck.slides.findIndex((slide) => slide.kind === kind);
    expect(index, `no ${kind} slide in the deck`).toBeGreaterThanOrEqual(0);
    const page = combination.pages[index];
    if (page === undefined) throw new Error(`no page image for slide ${index + 1}`);
    const outcome = await checkAgainstReference(
      kind,
      page,
      join(inject('renderDir'), 'visual-diff'),
    );
    if (outcome.status === 'updated') return;
    if (outcome.status === 'missing')
      throw new Error(
        `${outcome.reference} is missing; run npm run test:render:update to create it`,
      );
    if (outcome.status === 'size-changed')
      throw new Error(`slide ${index + 1} (${kind}) changed size: ${outcome.detail}`);
    const { differingShare, meanAbsDiff } = outcome.difference;
    expect(
      outcome.within,
      `slide ${index + 1} (${kind}) differs from ${outcome.reference}: ` +
        `${(differingShare * 100).toFixed(2)}% of pixels (max ${TOLERANCE.differingShare * 100}%), ` +
        `mean difference ${meanAbsDiff.toFixed(2)} (max ${TOLERANCE.meanAbsDiff}); ` +
        `see out/render-client/visual-diff/${kind}.actual.png and .diff.png`,
    ).toBe(true);
  });
});
