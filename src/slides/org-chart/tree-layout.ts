/**
 * One reporting tree laid out as a tidy tree (d3-hierarchy's Reingold–Tilford `tree`), in inches.
 *
 * To keep wide organisations on a 16:9 slide, the "stacked" mode hangs a manager's leaf reports in
 * vertical stacks (as org-chart tools do): each stack is fed to d3 as a chain (every box the only
 * child of the one above), so the tidy layout reserves its column at every depth it reaches and
 * nothing can be placed into it. Stacks are as tall as the height allows, and balanced.
 */
import { stratify, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { OrgScale } from './scale.js';
import { elbowConnectors, type Segment } from './connectors.js';

export type StackMode = 'flat' | 'stacked';

export interface PlacedBox {
  id: string;
  xIn: number;
  yIn: number;
  wIn: number;
  hIn: number;
  /** Part of a stack: its connector comes in from the left. */
  stacked: boolean;
}

export interface TreeLayout {
  boxes: PlacedBox[];
  segments: Segment[];
  wIn: number;
  hIn: number;
}

interface ChainNode {
  id: string;
  parentId: string | undefined;
  /** Reporting level below the tree's top (stack members share their manager's level + 1). */
  level: number;
  /** Position within a stack (0 = head, or not stacked). */
  stackIndex: number;
  stacked: boolean;
}

export type ChildrenOf = (id: string) => readonly string[];

/** `items` in `count` consecutive runs whose lengths differ by at most one (7 in 3 → 3, 2, 2). */
function balancedRuns<T>(items: readonly T[], count: number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  for (let run = 0; run < count; run += 1) {
    const length = Math.floor(items.length / count) + (run < items.length % count ? 1 : 0);
    runs.push(items.slice(start, start + length));
    start += length;
  }
  return runs;
}

/** How many boxes fit in a stack whose head sits at `level`, within `maxHeightIn`. */
function stackCapacity(level: number, scale: OrgScale, maxHeightIn: number): number {
  const headYIn = level * (scale.boxHIn + scale.levelGapIn);
  const free = maxHeightIn - headYIn - scale.boxHIn;
  return Math.max(1, Math.floor(free / (scale.boxHIn + scale.stackGapIn) + 1e-9) + 1);
}

function chainNodes(
  rootId: string,
  childrenOf: ChildrenOf,
  mode: StackMode,
  scale: OrgScale,
  maxHeightIn: number,
): ChainNode[] {
  const nodes: ChainNode[] = [];
  const visit = (id: string, parentId: string | undefined, level: number) => {
    nodes.push({ id, parentId, level, stackIndex: 0, stacked: false });
    const kids = childrenOf(id);
    const leaves = mode === 'stacked' ? kids.filter((kid) => childrenOf(kid).length === 0) : [];
    if (leaves.length >= 2) {
      const stacks = Math.ceil(leaves.length / stackCapacity(level + 1, scale, maxHeightIn));
      for (const stack of balancedRuns(leaves, stacks)) {
        stack.forEach((leaf, index) =>
          nodes.push({
            id: leaf,
            parentId: index === 0 ? id : stack[index - 1],
            level: level + 1,
            stackIndex: index,
            stacked: true,
          }),
        );
      }
    }
    const stackedLeaves = new Set(leaves.length >= 2 ? leaves : []);
    for (const kid of kids) if (!stackedLeaves.has(kid)) visit(kid, id, level + 1);
  };
  visit(rootId, undefined, 0);
  return nodes;
}

function boxOf(node: HierarchyPointNode<ChainNode>, scale: OrgScale): PlacedBox {
  const { level, stackIndex, stacked, id } = node.data;
  const slotIn = scale.boxWIn + scale.gapXIn;
  return {
    id,
    xIn: node.x * slotIn - scale.boxWIn / 2,
    yIn: level * (scale.boxHIn + scale.levelGapIn) + stackIndex * (scale.boxHIn + scale.stackGapIn),
    wIn: scale.boxWIn,
    hIn: scale.boxHIn,
    stacked,
  };
}

function shifted(boxes: PlacedBox[], segments: Segment[], dxIn: number) {
  return {
    boxes: boxes.map((placed) => ({ ...placed, xIn: placed.xIn + dxIn })),
    segments: segments.map((s) => ({ ...s, x1In: s.x1In + dxIn, x2In: s.x2In + dxIn })),
  };
}

/** The tree of `rootId` with its top-left extent at (0, 0); stacks' spines are inside the extent. */
export function layoutTree(
  rootId: string,
  childrenOf: ChildrenOf,
  scale: OrgScale,
  mode: StackMode,
  maxHeightIn: number,
): TreeLayout {
  const nodes = chainNodes(rootId, childrenOf, mode, scale, maxHeightIn);
  const root = stratify<ChainNode>()
    .id((node) => node.id)
    .parentId((node) => node.parentId)(nodes);
  // Cousins sit a little further apart than siblings, so branches read as groups.
  const laidOut = tree<ChainNode>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.1))(root);
  const boxes = laidOut.descendants().map((node) => boxOf(node, scale));
  const segments = elbowConnectors(boxes, childrenOf, scale);
  const left = Math.min(...boxes.map((b) => b.xIn - (b.stacked ? scale.indentIn : 0)));
  const right = Math.max(...boxes.map((b) => b.xIn + b.wIn));
  const bottom = Math.max(...boxes.map((b) => b.yIn + b.hIn));
  return { ...shifted(boxes, segments, -left), wIn: right - left, hIn: bottom };
}
