/**
 * Where things sit on the portfolio chart, in slide inches: the chart's axes are fixed to the
 * 1–10 score range and its plot area is fixed (layout.ts), so a score pair maps to a point, and
 * number labels can be placed next to their bubbles without overlapping each other.
 */
import type { Box } from '../../compose/spec.js';
import { SCORE_MAX, SCORE_MIN } from '../../model/scoring.js';

/**
 * PowerPoint's default bubble scale draws the largest bubble with a diameter of a quarter of the
 * plot area's shorter side; bubble area is proportional to size.
 */
const LARGEST_BUBBLE_SHARE = 0.25;
/** Gap between a bubble's edge and its label. */
const LABEL_GAP_IN = 0.03;
/** Further rings of candidate positions, beyond the bubble's edge. */
const RING_STEPS_IN = [0, 0.18, 0.36];
/** Directions tried around a bubble, clockwise from the right: E, W, N, S, then diagonals. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

export interface Point {
  xIn: number;
  yIn: number;
}

/** A score pair (growth on x, harmony on y) as a point on the slide. */
export function scorePoint(plot: Box, growth: number, harmony: number): Point {
  const span = SCORE_MAX - SCORE_MIN;
  return {
    xIn: plot.xIn + ((growth - SCORE_MIN) / span) * plot.wIn,
    yIn: plot.yIn + plot.hIn - ((harmony - SCORE_MIN) / span) * plot.hIn,
  };
}

export function bubbleRadiusIn(plot: Box, size: number, largestSize: number): number {
  if (!(largestSize > 0) || !(size > 0)) return 0;
  const largestRadius = (LARGEST_BUBBLE_SHARE * Math.min(plot.wIn, plot.hIn)) / 2;
  return largestRadius * Math.sqrt(size / largestSize);
}

export interface LabelRequest {
  center: Point;
  radiusIn: number;
  wIn: number;
  hIn: number;
}

export interface PlacedLabel {
  box: Box;
  /** Drawn inside its bubble (light text on the bubble) rather than beside it. */
  inside: boolean;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  const x = Math.min(a.xIn + a.wIn, b.xIn + b.wIn) - Math.max(a.xIn, b.xIn);
  const y = Math.min(a.yIn + a.hIn, b.yIn + b.hIn) - Math.max(a.yIn, b.yIn);
  return x > 1e-6 && y > 1e-6;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.xIn >= outer.xIn &&
    inner.yIn >= outer.yIn &&
    inner.xIn + inner.wIn <= outer.xIn + outer.wIn &&
    inner.yIn + inner.hIn <= outer.yIn + outer.hIn
  );
}

function candidates(request: LabelRequest): PlacedLabel[] {
  const { center, radiusIn, wIn, hIn } = request;
  const centred = { xIn: center.xIn - wIn / 2, yIn: center.yIn - hIn / 2, wIn, hIn };
  const fitsInside = 2 * radiusIn >= Math.max(wIn, hIn) + 0.06;
  const around = RING_STEPS_IN.flatMap((step) =>
    DIRECTIONS.map(([dx, dy]): PlacedLabel => {
      const reach = radiusIn + LABEL_GAP_IN + step;
      return {
        inside: false,
        box: {
          xIn: center.xIn + dx * (reach + wIn / 2) - wIn / 2,
          yIn: center.yIn + dy * (reach + hIn / 2) - hIn / 2,
          wIn,
          hIn,
        },
      };
    }),
  );
  return fitsInside ? [{ box: centred, inside: true }, ...around] : around;
}

/**
 * Places labels in request order (most important first): inside a bubble that is large enough,
 * else at the first free spot around it. A label never overlaps another label or an obstacle and
 * stays inside `area`; a label with no free spot is left out (undefined).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: Box,
  obstacles: readonly Box[],
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    const found = candidates(request).find(
      (candidate) =>
        contains(area, candidate.box) && !taken.some((box) => boxesOverlap(box, candidate.box)),
    );
    if (found !== undefined) taken.push(found.box);
    return found;
  });
}
