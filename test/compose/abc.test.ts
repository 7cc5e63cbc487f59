import { describe, expect, it } from 'vitest';
import type { SlideSpec, TableElement } from '../../src/compose/spec.js';
import type { KamModel } from '../../src/model/model.js';
import { analyseAbc, DEFAULT_ABC_PARAMS } from '../../src/slides/abc/analyse.js';
import { composeAbc } from '../../src/slides/abc/compose.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
  visibleTexts,
} from '../helpers/compose.js';
import { fiveAccounts, LONG_NAMES, manyAccounts } from './fixtures.js';

async function abcSlides(model: KamModel): Promise<SlideSpec[]> {
  return composeAbc(analyseAbc(model, DEFAULT_ABC_PARAMS), await composeContext(model.deck));
}

function tables(slide: SlideSpec): TableElement[] {
  return slide.elements.filter((element): element is TableElement => element.type === 'table');
}

describe.each([
  ['5 accounts', fiveAccounts],
  ['300 accounts', () => manyAccounts(300)],
])('ABC slides with %s', (_, model) => {
  it('makes the overview and the tier-A slide, every element inside the slide', async () => {
    const slides = await abcSlides(model());
    expect(slides.map((slide) => slide.kind)).toEqual(['abc', 'abc']);
    for (const slide of slides) expect(elementsOutsideSlide(slide)).toEqual([]);
  });

  it('has no text box overlapping another, nor a table or chart', async () => {
    for (const slide of await abcSlides(model())) {
      expect(overflowingTexts(slide)).toEqual([]);
      expect(overlappingPairs(slide, ['text'])).toEqual([]);
      expect(overlappingPairs(slide, ['text', 'table', 'chart'])).toEqual([]);
    }
  });

  it('draws quantity vs value as clustered columns: share of accounts and of revenue per tier', async () => {
    const [overview] = await abcSlides(model());
    const chart = overview?.elements.find((element) => element.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('no chart on the ABC overview');
    expect(chart.chart.layers).toHaveLength(1);
    const layer = chart.chart.layers[0];
    expect(layer?.type).toBe('bar');
    expect(layer?.grouping ?? 'clustered').toBe('clustered');
    expect(layer?.series.map((series) => series.labels)).toEqual([
      ['Tier A', 'Tier B', 'Tier C'],
      ['Tier A', 'Tier B', 'Tier C'],
    ]);
    // Both series are shares of the whole: each adds up to 100%.
    for (const series of layer?.series ?? []) {
      expect(series.values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    }
  });

  it('keeps the notes on both slides, naming the Revenue sheet', async () => {
    for (const slide of await abcSlides(model())) expect(slide.notes).toMatch(/Revenue/);
  });
});

describe('ABC slides: long names', () => {
  it('truncates long names in table cells with an ellipsis and gives them in full in the notes', async () => {
    const [, tierA] = await abcSlides(fiveAccounts());
    if (tierA === undefined) throw new Error('no tier-A slide');
    const cells = tables(tierA).flatMap((table) => table.rows.flat().map((cell) => cell.text));
    // By hand: FY2026 shares 50/25/12/9/4% → K1 is tier A; K5 drops from B (FY2025) to C: a mover.
    for (const name of LONG_NAMES) {
      expect(cells).not.toContain(name);
      const prefix = name.slice(0, 12);
      const shown = cells.filter((cell) => cell.startsWith(prefix));
      expect(shown).toHaveLength(1);
      expect(shown[0]?.endsWith('…')).toBe(true);
      expect(tierA.notes).toContain(name);
    }
  });

  it('pages nothing at 300 accounts: tables stop at 14 rows and say how many more are in the notes', async () => {
    const [, tierA] = await abcSlides(manyAccounts(300));
    if (tierA === undefined) throw new Error('no tier-A slide');
    for (const table of tables(tierA)) expect(table.rows.length).toBeLessThanOrEqual(15);
    const more = visibleTexts(tierA).filter((text) => /^\+ \d+ more/.test(text));
    expect(more.length).toBeGreaterThan(0);
    const result = analyseAbc(manyAccounts(300), DEFAULT_ABC_PARAMS);
    const last = result.periods.at(-1);
    const tierANames = last?.ranked.filter((item) => last.tiers[item.id] === 'A') ?? [];
    expect(tierANames.length).toBeGreaterThan(14);
    for (const item of tierANames) expect(tierA.notes).toContain(`${item.name}:`);
  });
});
