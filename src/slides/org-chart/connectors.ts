/**
 * Reporting lines as elbow connectors: down from the manager to a bar halfway to the next level,
 * along the bar, and down into each report (vertical–horizontal–vertical). A stack of reports hangs
 * on a spine left of its boxes, with a short horizontal stub into each box.
 */
import type { OrgScale } from './scale.js';
import type { ChildrenOf, PlacedBox } from './tree-layout.js';

export interface Segment {
  x1In: number;
  y1In: number;
  x2In: number;
  y2In: number;
}

const EPSILON_IN = 1e-6;

/** Where a report's line arrives: the top centre of a box, or the spine of a stack. */
interface Drop {
  xIn: number;
  /** Top of the first box reached. */
  topIn: number;
  /** A stack: the boxes its spine feeds, top to bottom. */
  stack?: PlacedBox[];
}

function centreX(box: PlacedBox): number {
  return box.xIn + box.wIn / 2;
}

function dropsOf(reports: readonly PlacedBox[], scale: OrgScale): Drop[] {
  const drops: Drop[] = reports
    .filter((box) => !box.stacked)
    .map((box) => ({ xIn: centreX(box), topIn: box.yIn }));
  const stacks = new Map<number, PlacedBox[]>();
  for (const box of reports.filter((candidate) => candidate.stacked)) {
    const key = Math.round(box.xIn * 1000);
    stacks.set(key, [...(stacks.get(key) ?? []), box]);
  }
  for (const stack of stacks.values()) {
    const sorted = [...stack].sort((a, b) => a.yIn - b.yIn);
    const head = sorted[0];
    if (head !== undefined)
      drops.push({ xIn: head.xIn - scale.indentIn, topIn: head.yIn, stack: sorted });
  }
  return drops.sort((a, b) => a.xIn - b.xIn);
}

function vertical(xIn: number, fromIn: number, toIn: number): Segment {
  return { x1In: xIn, y1In: fromIn, x2In: xIn, y2In: toIn };
}

function dropSegments(drop: Drop, barYIn: number): Segment[] {
  if (drop.stack === undefined) return [vertical(drop.xIn, barYIn, drop.topIn)];
  const middles = drop.stack.map((box) => box.yIn + box.hIn / 2);
  const lastMiddle = middles[middles.length - 1] ?? drop.topIn;
  return [
    vertical(drop.xIn, barYIn, lastMiddle),
    ...drop.stack.map((box, index) => {
      const yIn = middles[index] ?? box.yIn;
      return { x1In: drop.xIn, y1In: yIn, x2In: box.xIn, y2In: yIn };
    }),
  ];
}

function managerSegments(manager: PlacedBox, drops: readonly Drop[], scale: OrgScale): Segment[] {
  const stemX = centreX(manager);
  const bottom = manager.yIn + manager.hIn;
  const only = drops.length === 1 ? drops[0] : undefined;
  // A single report straight below: one vertical line, no bar.
  if (only !== undefined && only.stack === undefined && Math.abs(only.xIn - stemX) < EPSILON_IN)
    return [vertical(stemX, bottom, only.topIn)];
  const barY = bottom + scale.levelGapIn / 2;
  const xs = [stemX, ...drops.map((drop) => drop.xIn)];
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const bar =
    right - left > EPSILON_IN ? [{ x1In: left, y1In: barY, x2In: right, y2In: barY }] : [];
  return [vertical(stemX, bottom, barY), ...bar, ...drops.flatMap((d) => dropSegments(d, barY))];
}

export function elbowConnectors(
  boxes: readonly PlacedBox[],
  childrenOf: ChildrenOf,
  scale: OrgScale,
): Segment[] {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  return boxes.flatMap((manager) => {
    const reports = childrenOf(manager.id)
      .map((id) => byId.get(id))
      .filter((box): box is PlacedBox => box !== undefined);
    return reports.length === 0 ? [] : managerSegments(manager, dropsOf(reports, scale), scale);
  });
}
