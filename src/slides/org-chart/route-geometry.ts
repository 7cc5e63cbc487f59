/** Geometry for routing influence lines: anchor points on box edges and segment–box crossings. */
import type { Segment } from './connectors.js';
import type { PlacedBox } from './tree-layout.js';

export interface Point {
  xIn: number;
  yIn: number;
}

/** A point on a box edge with the edge's outward direction. */
export interface Anchor extends Point {
  nx: number;
  ny: number;
}

/** Anchor points along each edge, as fractions of the edge. */
const EDGE_POINTS = {
  top: [0.25, 0.75],
  bottom: [0.25, 0.75],
  left: [0.25, 0.75],
  right: [0.25, 0.5, 0.75],
} as const;

export function anchorsOf(box: PlacedBox): Anchor[] {
  const { xIn, yIn, wIn, hIn } = box;
  return [
    ...EDGE_POINTS.top.map((f) => ({ xIn: xIn + f * wIn, yIn, nx: 0, ny: -1 })),
    ...EDGE_POINTS.bottom.map((f) => ({ xIn: xIn + f * wIn, yIn: yIn + hIn, nx: 0, ny: 1 })),
    ...EDGE_POINTS.left.map((f) => ({ xIn, yIn: yIn + f * hIn, nx: -1, ny: 0 })),
    ...EDGE_POINTS.right.map((f) => ({ xIn: xIn + wIn, yIn: yIn + f * hIn, nx: 1, ny: 0 })),
  ];
}

/** Clearance a line keeps from boxes it does not connect, so it never seems to touch them. */
export const CLEARANCE_IN = 0.03;

/** Whether the segment a→b comes within `marginIn` of the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  a: Point,
  b: Point,
  box: PlacedBox,
  marginIn = CLEARANCE_IN,
): boolean {
  const dx = b.xIn - a.xIn;
  const dy = b.yIn - a.yIn;
  // Called for every candidate leg against every box: clip edge by edge, without allocating.
  const clip = { enter: 0, leave: 1 };
  return (
    clipEdge(clip, -dx, a.xIn - (box.xIn - marginIn)) &&
    clipEdge(clip, dx, box.xIn + box.wIn + marginIn - a.xIn) &&
    clipEdge(clip, -dy, a.yIn - (box.yIn - marginIn)) &&
    clipEdge(clip, dy, box.yIn + box.hIn + marginIn - a.yIn) &&
    clip.enter < clip.leave
  );
}

/** One Liang–Barsky step; false when the segment lies wholly outside this edge. */
function clipEdge(clip: { enter: number; leave: number }, p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  if (p < 0) clip.enter = Math.max(clip.enter, q / p);
  else clip.leave = Math.min(clip.leave, q / p);
  return true;
}

/** Boxes a polyline passes through (each counted once). */
export function crossings(points: readonly Point[], boxes: readonly PlacedBox[]): number {
  return boxes.filter((box) =>
    points.slice(1).some((point, index) => {
      const previous = points[index];
      return previous !== undefined && segmentCrossesBox(previous, point, box);
    }),
  ).length;
}

/** Closer than this, a leg running alongside a reporting line reads as one with it. */
const ALONGSIDE_IN = 0.1;
/** Share of a leg that may run that close to reporting lines (where it meets a box, say). */
const ALONGSIDE_SHARE = 0.2;
const SAMPLES = 24;

function distanceToSegment(p: Point, s: Segment): number {
  const dx = s.x2In - s.x1In;
  const dy = s.y2In - s.y1In;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.xIn - s.x1In) * dx + (p.yIn - s.y1In) * dy) / lengthSquared));
  return Math.hypot(p.xIn - (s.x1In + t * dx), p.yIn - (s.y1In + t * dy));
}

function legs(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).flatMap((point, index): [Point, Point][] => {
    const previous = points[index];
    return previous === undefined ? [] : [[previous, point]];
  });
}

/**
 * Lines that can come within ALONGSIDE_IN of the leg a→b: a point is never closer to a segment
 * than to the segment's bounding box, so lines whose box lies that far from the leg's are skipped
 * (the same answer, without sampling every line of the chart for every candidate leg).
 */
function linesNear(a: Point, b: Point, lines: readonly Segment[]): Segment[] {
  const [left, right] = a.xIn < b.xIn ? [a.xIn, b.xIn] : [b.xIn, a.xIn];
  const [top, bottom] = a.yIn < b.yIn ? [a.yIn, b.yIn] : [b.yIn, a.yIn];
  return lines.filter(
    (line) =>
      Math.min(line.x1In, line.x2In) - right < ALONGSIDE_IN &&
      left - Math.max(line.x1In, line.x2In) < ALONGSIDE_IN &&
      Math.min(line.y1In, line.y2In) - bottom < ALONGSIDE_IN &&
      top - Math.max(line.y1In, line.y2In) < ALONGSIDE_IN,
  );
}

/** Legs that run alongside reporting lines (close to them for more than a fifth of their length). */
export function alongside(points: readonly Point[], lines: readonly Segment[]): number {
  return legs(points).filter(([a, b]) => {
    const near = linesNear(a, b, lines);
    if (near.length === 0) return false;
    let close = 0;
    for (let i = 0; i <= SAMPLES; i += 1) {
      const t = i / SAMPLES;
      const p = { xIn: a.xIn + (b.xIn - a.xIn) * t, yIn: a.yIn + (b.yIn - a.yIn) * t };
      if (near.some((line) => distanceToSegment(p, line) < ALONGSIDE_IN)) close += 1;
    }
    return close / (SAMPLES + 1) > ALONGSIDE_SHARE;
  }).length;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.xIn - o.xIn) * (b.yIn - o.yIn) - (a.yIn - o.yIn) * (b.xIn - o.xIn);
}

/** Reporting lines the polyline cuts across (proper crossings, not touching ends). */
export function linesCrossed(points: readonly Point[], lines: readonly Segment[]): number {
  return legs(points).reduce((sum, [a, b]) => {
    const crossed = lines.filter((line) => {
      const c = { xIn: line.x1In, yIn: line.y1In };
      const d = { xIn: line.x2In, yIn: line.y2In };
      return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
    });
    return sum + crossed.length;
  }, 0);
}
