import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBox } from '../../../src/compose/layout.js';
import type { Box } from '../../../src/compose/spec.js';
import { CHARTER_FIT, gridOptions, layoutAt, rowCounts } from '../../../src/slides/charter/fit.js';
import { cardHeightIn } from '../../../src/slides/charter/measure.js';
import { planCharter, type CharterPlan } from '../../../src/slides/charter/paginate.js';
import { balancedPartition } from '../../../src/slides/charter/partition.js';
import { SAMPLE_SECTIONS, sections } from './fixtures.js';

const area = bodyBox();

function inside(box: Box, outer: Box): boolean {
  const e = 1e-9;
  return (
    box.xIn >= outer.xIn - e &&
    box.yIn >= outer.yIn - e &&
    box.xIn + box.wIn <= outer.xIn + outer.wIn + e &&
    box.yIn + box.hIn <= outer.yIn + outer.hIn + e
  );
}

function overlap(a: Box, b: Box): boolean {
  const x = Math.min(a.xIn + a.wIn, b.xIn + b.wIn) - Math.max(a.xIn, b.xIn);
  const y = Math.min(a.yIn + a.hIn, b.yIn + b.hIn) - Math.max(a.yIn, b.yIn);
  return x > 1e-9 && y > 1e-9;
}

/** Every card inside the body, none overlapping, and each (unless shortened) tall enough for its text. */
function expectSound(plan: CharterPlan): void {
  expect(plan.sizePt).toBeGreaterThanOrEqual(CHARTER_FIT.minPt);
  expect(plan.sizePt).toBeLessThanOrEqual(CHARTER_FIT.maxPt);
  for (const page of plan.pages) {
    const boxes = page.cards.map((card) => card.box);
    expect(boxes.every((box) => inside(box, area))).toBe(true);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    for (const { section, box } of page.cards) {
      const needed = cardHeightIn(section, box.wIn, plan.sizePt);
      expect(needed).toBeLessThanOrEqual(box.hIn + 1e-9);
    }
  }
}

const titlesOf = (plan: CharterPlan) =>
  plan.pages.flatMap((page) => page.cards.map((card) => card.section.title));

describe('grid shapes', () => {
  it.each([
    [7, 2, [4, 3]],
    [7, 3, [3, 2, 2]],
    [5, 2, [3, 2]],
    [8, 2, [4, 4]],
    [1, 1, [1]],
  ])('%i sections in %i rows → %j', (count, rows, counts) => {
    expect(rowCounts(count, rows)).toEqual(counts);
  });

  it('tries at most 4 cards a row and 4 rows, fewest rows first', () => {
    expect(gridOptions(7)).toEqual([
      [4, 3],
      [3, 2, 2],
      [2, 2, 2, 1],
    ]);
    expect(gridOptions(3)).toEqual([[3], [2, 1], [1, 1, 1]]);
    expect(gridOptions(16)).toEqual([[4, 4, 4, 4]]);
    expect(gridOptions(17)).toEqual([]);
  });
});

describe('card height', () => {
  it('adds title, gap, paragraphs and insets (by hand)', () => {
    // Title 13.5 pt: 13.5 × 1.2 / 72 = 0.225; gap 5 pt: 0.0833…; one 12 pt line: 0.2; insets 2 × 0.12.
    const section = { title: 'Scope', paragraphs: [{ text: 'Short', bullet: false }], row: 2 };
    expect(cardHeightIn(section, 4, 12)).toBeCloseTo(0.225 + (5 * 1.2) / 72 + 0.2 + 0.24, 9);
  });

  it('grows as the card narrows and as the text grows (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1.5, max: 6, noNaN: true }),
        (words, width) => {
          const [section] = sections(1, 2, words);
          if (section === undefined) return;
          expect(cardHeightIn(section, width, 12)).toBeGreaterThanOrEqual(
            cardHeightIn(section, width + 1, 12) - 1e-9,
          );
          expect(cardHeightIn(section, width, 12)).toBeGreaterThanOrEqual(
            cardHeightIn(section, width, 9) - 1e-9,
          );
        },
      ),
    );
  });
});

describe('planCharter', () => {
  it('puts a short charter on one slide at the body size, in 2 rows of 4 and 3', () => {
    const plan = planCharter(SAMPLE_SECTIONS, area, 2);
    expect(plan.pages).toHaveLength(1);
    expect(plan.sizePt).toBe(CHARTER_FIT.maxPt);
    expect(plan.shortened).toBe(false);
    const ys = [...new Set(plan.pages[0]?.cards.map((card) => card.box.yIn))];
    expect(ys).toHaveLength(2);
    expect(titlesOf(plan)).toEqual(SAMPLE_SECTIONS.map((s) => s.title));
    expectSound(plan);
    // The rows fill the body: last row ends at the body's foot.
    const last = plan.pages[0]?.cards.at(-1)?.box;
    expect((last?.yIn ?? 0) + (last?.hIn ?? 0)).toBeCloseTo(area.yIn + area.hIn, 9);
  });

  it('shrinks the text before splitting: a longer charter stays on one slide below the body size', () => {
    const plan = planCharter(sections(7, 3, 12), area, 2);
    expect(plan.pages).toHaveLength(1);
    expect(plan.sizePt).toBeLessThan(CHARTER_FIT.maxPt);
    expectSound(plan);
  });

  it('splits over two slides at one size when the minimum does not fit one', () => {
    const long = sections(7, 5, 14);
    expect(layoutAt(long, area, CHARTER_FIT.minPt)).toBeUndefined();
    const plan = planCharter(long, area, 2);
    expect(plan.pages).toHaveLength(2);
    expect(plan.shortened).toBe(false);
    expect(titlesOf(plan)).toEqual(long.map((s) => s.title));
    expectSound(plan);
  });

  it('shortens cards (never overflowing) when even two slides at the minimum are not enough', () => {
    const huge = sections(7, 14, 40);
    const plan = planCharter(huge, area, 2);
    expect(plan.pages).toHaveLength(2);
    expect(plan.sizePt).toBe(CHARTER_FIT.minPt);
    expect(plan.shortened).toBe(true);
    expect(titlesOf(plan)).toEqual(huge.map((s) => s.title));
    expectSound(plan);
    const texts = plan.pages.flatMap((p) =>
      p.cards.flatMap((c) => c.section.paragraphs.map((x) => x.text)),
    );
    expect(texts.some((text) => text.endsWith('…'))).toBe(true);
  });

  it('honours maxSlides = 1 by shortening on one slide', () => {
    const plan = planCharter(sections(7, 6, 22), area, 1);
    expect(plan.pages).toHaveLength(1);
    expect(plan.shortened).toBe(true);
    expectSound(plan);
  });

  it('uses more slides when allowed (maxSlides = 4)', () => {
    const plan = planCharter(sections(12, 8, 30), area, 4);
    expect(plan.pages.length).toBeGreaterThanOrEqual(3);
    expectSound(plan);
  });

  it('handles one section and no sections', () => {
    expect(planCharter([], area, 2).pages).toEqual([]);
    const one = planCharter(sections(1, 2, 10), area, 2);
    expect(one.pages[0]?.cards).toHaveLength(1);
    expect(one.pages[0]?.cards[0]?.box.wIn).toBeCloseTo(area.wIn, 9);
  });

  it('never overflows a card, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 1, max: 3 }),
        (count, bullets, words, maxSlides) => {
          const list = sections(count, bullets, words);
          const plan = planCharter(list, area, maxSlides);
          expectSound(plan);
          expect(titlesOf(plan)).toEqual(list.map((s) => s.title));
          expect(plan.pages.length).toBeLessThanOrEqual(Math.max(maxSlides, 1));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('balancedPartition', () => {
  it.each([
    // [5,1 | 1,1,5]: 6 vs 7; [5,1,1 | 1,5]: 7 vs 6 — both 7; the first found keeps the earlier group smaller.
    [
      [5, 1, 1, 1, 5],
      2,
      [
        [0, 1],
        [2, 3, 4],
      ],
    ],
    [[3, 3, 3], 3, [[0], [1], [2]]],
    [[10, 1, 1, 1], 2, [[0], [1, 2, 3]]],
    [[1, 2], 5, [[0], [1]]],
    [[], 2, []],
  ])('%j into %i → %j', (weights, parts, groups) => {
    expect(balancedPartition(weights, parts)).toEqual(groups);
  });
});
