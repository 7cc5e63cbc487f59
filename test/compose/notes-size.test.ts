/**
 * Large portfolios: every list in slide text is bounded (compose/bounded-list.ts), so the speaker
 * notes of a 2,000-account deck stay the size of a page, not of the workbook, and the portfolio
 * chart draws a bounded number of bubbles.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartElement } from '../../src/compose/spec.js';
import { buildDeck } from '../../src/pipeline.js';
import { DEFAULT_SCORING_PARAMS } from '../../src/slides/scoring/analyse.js';
import { writeSyntheticWorkbook } from '../bench/synthetic-workbook.js';

const ACCOUNTS = 2_000;
/**
 * One slide's notes, in characters. With lists of at most 50 items the largest notes (dashboard,
 * profit matrix) are ~10,000 characters; listing every account made them ~200,000 here.
 */
const MAX_NOTES_CHARS = 16_000;

let folder = '';
let input = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kamdeck-notes-'));
  input = join(folder, 'accounts.xlsx');
  await writeSyntheticWorkbook(input, { accounts: ACCOUNTS });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.each([
  ['en-US', '… and 1,950 more ('],
  ['it-IT', '… e altri 1950 ('],
])('a %s deck of 2,000 accounts', (locale, moreLine) => {
  it('keeps every slide’s notes small and says how many accounts each list leaves out', async () => {
    const { deck } = await buildDeck(input, { locale });
    const tooLong = deck.slides
      .filter((slide) => slide.notes.length > MAX_NOTES_CHARS)
      .map((slide) => `${slide.title}: ${slide.notes.length} characters`);
    expect(tooLong).toEqual([]);
    // The scoring ranking names the top 50 of the 2,000 scored accounts and counts the rest.
    expect(deck.slides.some((slide) => slide.notes.includes(moreLine))).toBe(true);
  });

  it('draws at most maxBubbles and the numbered accounts on the portfolio chart', async () => {
    const { deck } = await buildDeck(input, { locale, slides: ['scoring'] });
    const chart = deck.slides[0]?.elements.find(
      (element): element is ChartElement => element.type === 'chart',
    );
    const points = chart?.chart.layers[0]?.series[0]?.values.length ?? 0;
    const { maxBubbles, labelTopN } = DEFAULT_SCORING_PARAMS;
    expect(points).toBeGreaterThanOrEqual(maxBubbles);
    expect(points).toBeLessThanOrEqual(maxBubbles + labelTopN);
  });
});
