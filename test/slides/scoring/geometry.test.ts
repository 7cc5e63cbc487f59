import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/compose/spec.js';
import { textWidthIn } from '../../../src/compose/text-fit.js';
import {
  boxesOverlap,
  bubbleRadiusIn,
  placeLabels,
  scorePoint,
  type LabelRequest,
} from '../../../src/slides/scoring/portfolio-geometry.js';
import { headerHeightIn, tablePlans } from '../../../src/slides/scoring/table-plan.js';
import { wrapToLines } from '../../../src/slides/scoring/text-lines.js';
import { seededRandom } from '../../helpers/model.js';

// A 9 × 4.5 in plot: one score point is 1 in across and 0.5 in up.
const PLOT: Box = { xIn: 1, yIn: 2, wIn: 9, hIn: 4.5 };

describe('scorePoint', () => {
  it.each([
    [1, 1, 1, 6.5], // bottom-left corner
    [10, 10, 10, 2], // top-right corner
    [5.5, 5.5, 5.5, 4.25], // centre
    [3, 8, 3, 3], // x = 1 + 2 × 1; y = 6.5 − 7 × 0.5
  ])('growth %d, harmony %d → (%d in, %d in)', (growth, harmony, xIn, yIn) => {
    const point = scorePoint(PLOT, growth, harmony);
    expect(point.xIn).toBeCloseTo(xIn, 12);
    expect(point.yIn).toBeCloseTo(yIn, 12);
  });

  it('sizes bubbles by area: a quarter of the size is half the radius', () => {
    // largest diameter = 25% of the shorter side 4.5 in → radius 0.5625 in
    expect(bubbleRadiusIn(PLOT, 100, 100)).toBeCloseTo(0.5625, 12);
    expect(bubbleRadiusIn(PLOT, 25, 100)).toBeCloseTo(0.28125, 12);
    expect(bubbleRadiusIn(PLOT, 0, 100)).toBe(0);
  });
});

describe('placeLabels', () => {
  const label = (xIn: number, yIn: number, radiusIn: number): LabelRequest => ({
    center: { xIn, yIn },
    radiusIn,
    wIn: 0.2,
    hIn: 0.2,
  });

  it('puts a label inside a large bubble and beside a small one (right first)', () => {
    const [big, small] = placeLabels([label(3, 3, 0.4), label(6, 3, 0.05)], PLOT, []);
    expect(big).toEqual({ inside: true, box: { xIn: 2.9, yIn: 2.9, wIn: 0.2, hIn: 0.2 } });
    // right of the bubble: x = 6 + 0.05 + 0.03
    expect(small?.inside).toBe(false);
    expect(small?.box.xIn).toBeCloseTo(6.08, 12);
    expect(small?.box.yIn).toBeCloseTo(2.9, 12);
  });

  it('moves a label to the left at the plot’s right edge, and around obstacles', () => {
    const [edge] = placeLabels([label(9.95, 4, 0.05)], PLOT, []);
    expect(edge?.box.xIn).toBeCloseTo(9.95 - 0.08 - 0.2, 12);
    const obstacle = { xIn: 6, yIn: 2.5, wIn: 1, hIn: 1 };
    const [moved] = placeLabels([label(5.9, 3, 0.05)], PLOT, [obstacle]);
    expect(moved && boxesOverlap(moved.box, obstacle)).toBe(false);
  });

  it('leaves a label out when there is no free spot at all', () => {
    const [none] = placeLabels([label(3, 3, 0.05)], PLOT, [PLOT]);
    expect(none).toBeUndefined();
  });

  it('never overlaps labels and keeps them in the plot, for 40 crowded bubbles', () => {
    const random = seededRandom(11);
    const requests = Array.from({ length: 40 }, () =>
      label(4 + random() * 2, 3.5 + random() * 1.5, random() * 0.4),
    );
    const placed = placeLabels(requests, PLOT, []).filter((p) => p !== undefined);
    expect(placed.length).toBeGreaterThan(20);
    placed.forEach((a, i) => {
      expect(a.box.xIn).toBeGreaterThanOrEqual(PLOT.xIn);
      expect(a.box.yIn + a.box.hIn).toBeLessThanOrEqual(PLOT.yIn + PLOT.hIn);
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    });
  });
});

describe('wrapToLines', () => {
  it.each([
    ['Northvale Health System', 3, 'Northvale\nHealth System'],
    ['Klinikum Rhenfeld-Oberau', 3, 'Klinikum\nRhenfeld-\nOberau'],
    [
      'Consolidated Metropolitan University Hospitals Group',
      3,
      'Consolidated\nMetropolitan\nUniversity H…',
    ],
    ['Consolidated Metropolitan University Hospitals Group', 1, 'Consolidate…'],
    ['Acme', 2, 'Acme'],
  ])('%s in %d line(s) → %j', (text, lines, expected) => {
    const wrapped = wrapToLines(text, 0.97, 10, lines, true);
    expect(wrapped).toBe(expected);
    for (const line of wrapped.split('\n'))
      expect(textWidthIn(line, 10, true)).toBeLessThanOrEqual(0.97);
  });
});

describe('tablePlans', () => {
  it('shares a slide with three header lines when rows keep full height', () => {
    // 4 + 1 growth rows, 6 + 1 harmony rows at 0.3 in = 3.6 in; 2 headers of 3 lines ≈ 1.2 in
    const [plan, ...rest] = tablePlans({ Growth: 4, Harmony: 6 }, 5.1);
    expect(rest).toEqual([]);
    expect(plan).toMatchObject({ dimensions: ['Growth', 'Harmony'], rowH: 0.3, headerLines: 3 });
  });

  it('drops to two header lines, then to one slide per dimension, then cuts criteria', () => {
    expect(tablePlans({ Growth: 6, Harmony: 8 }, 5.1)[0]?.headerLines).toBe(2);
    const split = tablePlans({ Growth: 30, Harmony: 12 }, 5.1);
    expect(split.map((plan) => plan.dimensions)).toEqual([['Growth'], ['Harmony']]);
    // growth: (5.1 − header) / 0.22 rows, less the weighted row and the "+k more" row
    expect(split[0]?.maxCriteria).toBe(Math.floor((5.1 - headerHeightIn(2)) / 0.22) - 2);
    expect(split[1]?.maxCriteria).toBeGreaterThanOrEqual(12);
  });
});
