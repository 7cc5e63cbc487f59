/**
 * Routing the dotted influence lines. First choice: a straight (usually diagonal) line between the
 * two boxes' nearest edges, among a few anchor points per edge (never the centre of the top,
 * bottom or left edge, where reporting lines attach). When every straight line would cut through
 * another box, an orthogonal detour along free channels beside the boxes (detours.ts) is taken if
 * it crosses fewer boxes. Among routes crossing as few boxes, the shortest wins, where a leg
 * running alongside a reporting line, a reporting line cut across or an anchor another line
 * already uses counts as extra length.
 */
import type { InfluenceKind } from '../../model/stakeholders.js';
import type { Segment } from './connectors.js';
import { detourCandidates } from './detours.js';
import {
  alongside,
  anchorsOf,
  crossings,
  linesCrossed,
  type Anchor,
  type Point,
} from './route-geometry.js';
import type { PlacedBox } from './tree-layout.js';

export interface InfluenceLine {
  from: string;
  to: string;
  kind: InfluenceKind;
  /** The influence that is the route to a stakeholder to win. */
  route: boolean;
  /** The line's corners from `from` to `to`: two points for a straight line, four for a detour. */
  points: Point[];
}

export interface LinkToDraw {
  from: string;
  to: string;
  kind: InfluenceKind;
  route: boolean;
}

interface Candidate {
  points: Point[];
  crossings: number;
  /** Legs running alongside a reporting line. */
  alongside: number;
  /** Reporting lines cut across. */
  linesCrossed: number;
  reused: number;
  length: number;
}

/** Both ends leave their box outwards (a line never starts by cutting through its own box). */
function leavesOutwards(a: Anchor, b: Anchor): boolean {
  const dx = b.xIn - a.xIn;
  const dy = b.yIn - a.yIn;
  return dx * a.nx + dy * a.ny > 0 && -dx * b.nx - dy * b.ny > 0;
}

function pathLength(points: readonly Point[]): number {
  return points.slice(1).reduce((sum, point, index) => {
    const previous = points[index] ?? point;
    return sum + Math.hypot(point.xIn - previous.xIn, point.yIn - previous.yIn);
  }, 0);
}

/** What a leg alongside a reporting line, a reporting line cut across, or a shared anchor costs,
 * in inches of extra length. */
const ALONGSIDE_COST_IN = 2;
const LINE_CROSSED_COST_IN = 0.3;
const REUSED_COST_IN = 0.5;

function cost(candidate: Candidate): number {
  return (
    candidate.length + ALONGSIDE_COST_IN * candidate.alongside + REUSED_COST_IN * candidate.reused
  );
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.crossings !== b.crossings) return a.crossings < b.crossings;
  return cost(a) < cost(b) - 1e-9;
}

function straightCandidates(from: PlacedBox, to: PlacedBox): Point[][] {
  return anchorsOf(from).flatMap((a) =>
    anchorsOf(to)
      .filter((b) => leavesOutwards(a, b))
      .map((b) => [a, b]),
  );
}

function pointKey(point: Point): string {
  return `${point.xIn.toFixed(3)},${point.yIn.toFixed(3)}`;
}

function bestRoute(
  from: PlacedBox,
  to: PlacedBox,
  boxes: readonly PlacedBox[],
  reporting: readonly Segment[],
  usedAnchors: ReadonlySet<string>,
): Point[] | undefined {
  const others = boxes.filter((box) => box !== from && box !== to);
  const score = (points: Point[]): Candidate => ({
    points,
    crossings: crossings(points, others),
    alongside: alongside(points, reporting),
    linesCrossed: linesCrossed(points, reporting),
    reused: [points[0], points[points.length - 1]].filter(
      (point) => point !== undefined && usedAnchors.has(pointKey(point)),
    ).length,
    length: pathLength(points),
  });
  let best: Candidate | undefined;
  for (const points of straightCandidates(from, to)) {
    const candidate = score(points);
    if (better(candidate, best)) best = candidate;
  }
  if (best !== undefined && best.crossings === 0 && best.alongside === 0) return best.points;
  for (const points of detourCandidates(from, to, boxes)) {
    const candidate = score(points);
    if (better(candidate, best)) best = candidate;
  }
  return best?.points;
}

/** Lines for the links whose two people are both on the slide, in link order. */
export function routeInfluenceLines(
  links: readonly LinkToDraw[],
  boxes: readonly PlacedBox[],
  reporting: readonly Segment[] = [],
): InfluenceLine[] {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const usedAnchors = new Set<string>();
  return links.flatMap((link): InfluenceLine[] => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (from === undefined || to === undefined) return [];
    const points = bestRoute(from, to, boxes, reporting, usedAnchors);
    if (points === undefined) return [];
    for (const point of [points[0], points[points.length - 1]])
      if (point !== undefined) usedAnchors.add(pointKey(point));
    return [{ ...link, points: points.map(({ xIn, yIn }) => ({ xIn, yIn })) }];
  });
}
