/**
 * Routing the dotted influence lines. Candidates are straight (usually diagonal) lines between
 * anchor points on the two boxes' edges (never the centre of the top, bottom or left edge, where
 * reporting lines attach) and orthogonal detours along free channels beside the boxes
 * (detours.ts). The candidate crossing the fewest boxes and labels wins; among those the cheapest,
 * where cost is length plus a penalty for each leg running alongside another line, reporting line
 * cut across, anchor another line already uses and extra leg — so a clear straight line wins.
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
  cost: number;
}

/** Costs in inches of extra length: a leg alongside another line, a reporting line cut across, an
 * anchor another line already uses, each extra leg (a straight line reads best). */
const ALONGSIDE_COST_IN = 2;
const LINE_CROSSED_COST_IN = 0.3;
const REUSED_COST_IN = 0.5;
const LEG_COST_IN = 0.4;

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

/** Fewer boxes crossed first (a line through a box seems to end there), then the lower cost. */
function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.crossings !== b.crossings) return a.crossings < b.crossings;
  return a.cost < b.cost - 1e-9;
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

/** What a route must steer around: boxes and labels to avoid, lines not to run along. */
interface Surroundings {
  boxes: readonly PlacedBox[];
  obstacles: readonly PlacedBox[];
  reporting: readonly Segment[];
  /** Legs of the influence lines routed so far. */
  routed: Segment[];
  usedAnchors: Set<string>;
}

function scorer(from: PlacedBox, to: PlacedBox, around: Surroundings) {
  const others = [...around.boxes.filter((box) => box !== from && box !== to), ...around.obstacles];
  const lines = [...around.reporting, ...around.routed];
  // Crossings decide first, so a candidate crossing more boxes than the best so far is not costed.
  // Once the best crosses nothing, a candidate whose length and legs alone cost as much cannot win
  // (the other costs only add): most detours are dropped before their crossings are counted.
  return (points: Point[], best: Candidate | undefined): Candidate | undefined => {
    if (best?.crossings === 0 && minimumCost(points) >= best.cost - 1e-9) return undefined;
    const crossed = crossings(points, others);
    if (crossed > (best?.crossings ?? Infinity)) return undefined;
    const ends = [points[0], points[points.length - 1]];
    const reused = ends.filter((p) => p !== undefined && around.usedAnchors.has(pointKey(p)));
    return {
      points,
      crossings: crossed,
      cost:
        minimumCost(points) +
        ALONGSIDE_COST_IN * alongside(points, lines) +
        LINE_CROSSED_COST_IN * linesCrossed(points, around.reporting) +
        REUSED_COST_IN * reused.length,
    };
  };
}

/** The part of a route's cost that needs no other line or box: its length and its extra legs. */
function minimumCost(points: readonly Point[]): number {
  return pathLength(points) + LEG_COST_IN * (points.length - 2);
}

function bestRoute(from: PlacedBox, to: PlacedBox, around: Surroundings): Point[] | undefined {
  const score = scorer(from, to, around);
  let best: Candidate | undefined;
  for (const points of straightCandidates(from, to)) {
    const candidate = score(points, best);
    if (candidate !== undefined && better(candidate, best)) best = candidate;
  }
  for (const points of detourCandidates(from, to, around.boxes)) {
    const candidate = score(points, best);
    if (candidate !== undefined && better(candidate, best)) best = candidate;
  }
  return best?.points;
}

/** Routes first (they matter most), then influence lines, then conflicts. */
function priority(link: LinkToDraw): number {
  return link.route ? 0 : link.kind === 'Influence' ? 1 : 2;
}

/**
 * Lines for the links whose two people are both on the slide, most important first. `obstacles`
 * are further areas lines must not cross (group frame labels).
 */
export function routeInfluenceLines(
  links: readonly LinkToDraw[],
  boxes: readonly PlacedBox[],
  reporting: readonly Segment[] = [],
  obstacles: readonly PlacedBox[] = [],
): InfluenceLine[] {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const around: Surroundings = { boxes, obstacles, reporting, routed: [], usedAnchors: new Set() };
  const ordered = [...links].sort((a, b) => priority(a) - priority(b));
  return ordered.flatMap((link): InfluenceLine[] => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    const points = from && to ? bestRoute(from, to, around) : undefined;
    if (points === undefined) return [];
    for (const point of [points[0], points[points.length - 1]])
      if (point !== undefined) around.usedAnchors.add(pointKey(point));
    points.slice(1).forEach((point, index) => {
      const previous = points[index] ?? point;
      around.routed.push({
        x1In: previous.xIn,
        y1In: previous.yIn,
        x2In: point.xIn,
        y2In: point.yIn,
      });
    });
    return [{ ...link, points: points.map(({ xIn, yIn }) => ({ xIn, yIn })) }];
  });
}
