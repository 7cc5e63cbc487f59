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
  const edges: [number, number][] = [
    [-dx, a.xIn - (box.xIn - marginIn)],
    [dx, box.xIn + box.wIn + marginIn - a.xIn],
    [-dy, a.yIn - (box.yIn - marginIn)],
    [dy, box.yIn + box.hIn + marginIn - a.yIn],
  ];
  let enter = 0;
  let leave = 1;
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) enter = Math.max(enter, q / p);
    else leave = Math.min(leave, q / p);
  }
  return enter < leave;
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

/** Legs that run alongside reporting lines (close to them for more than a fifth of their length). */
export function alongside(points: readonly Point[], lines: readonly Segment[]): number {
  return legs(points).filter(([a, b]) => {
    let near = 0;
    for (let i = 0; i <= SAMPLES; i += 1) {
      const t = i / SAMPLES;
      const p = { xIn: a.xIn + (b.xIn - a.xIn) * t, yIn: a.yIn + (b.yIn - a.yIn) * t };
      if (lines.some((line) => distanceToSegment(p, line) < ALONGSIDE_IN)) near += 1;
    }
    return near / (SAMPLES + 1) > ALONGSIDE_SHARE;
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
