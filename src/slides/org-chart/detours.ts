/**
 * Orthogonal detours for influence lines that cannot go straight: paths along channels that run
 * just beside the boxes — horizontal channels above and below every box, vertical channels left
 * and right of them. Every leg leaving or entering a box goes outwards from it.
 *
 * - top/bottom → top/bottom: vertical, along a row channel, vertical (three legs);
 * - side → side: horizontal, along a column channel, horizontal (three legs);
 * - side → top/bottom (and back): out beside the first box, along a row channel, into the
 *   second box (four legs).
 */
import { anchorsOf, type Anchor, type Point } from './route-geometry.js';
import type { PlacedBox } from './tree-layout.js';

/** How far from a box edge a channel runs (inside the gap between boxes). */
export const CHANNEL_OFFSET_IN = 0.07;
/** Left of a stacked box the reporting spine runs in the gap: the channel passes beyond it. */
export const STACKED_LEFT_OFFSET_IN = 0.15;

function leftChannel(box: PlacedBox): number {
  return box.xIn - (box.stacked ? STACKED_LEFT_OFFSET_IN : CHANNEL_OFFSET_IN);
}

const isVertical = (anchor: Anchor): boolean => anchor.ny !== 0;
const outwardsY = (anchor: Anchor, yIn: number): boolean => (yIn - anchor.yIn) * anchor.ny > 0;
const outwardsX = (anchor: Anchor, xIn: number): boolean => (xIn - anchor.xIn) * anchor.nx > 0;

/** The column channel just outside the box edge the anchor is on. */
function besideX(anchor: Anchor, box: PlacedBox): number {
  return anchor.nx < 0 ? leftChannel(box) : anchor.xIn + CHANNEL_OFFSET_IN;
}

function detoursBetween(
  [a, from]: [Anchor, PlacedBox],
  [b, to]: [Anchor, PlacedBox],
  rows: number[],
  columns: number[],
): Point[][] {
  if (isVertical(a) && isVertical(b))
    return rows
      .filter((y) => outwardsY(a, y) && outwardsY(b, y))
      .map((y) => [a, { xIn: a.xIn, yIn: y }, { xIn: b.xIn, yIn: y }, b]);
  if (!isVertical(a) && !isVertical(b))
    return columns
      .filter((x) => outwardsX(a, x) && outwardsX(b, x))
      .map((x) => [a, { xIn: x, yIn: a.yIn }, { xIn: x, yIn: b.yIn }, b]);
  if (!isVertical(a)) {
    const x = besideX(a, from);
    return rows
      .filter((y) => outwardsY(b, y))
      .map((y) => [a, { xIn: x, yIn: a.yIn }, { xIn: x, yIn: y }, { xIn: b.xIn, yIn: y }, b]);
  }
  const x = besideX(b, to);
  return rows
    .filter((y) => outwardsY(a, y))
    .map((y) => [a, { xIn: a.xIn, yIn: y }, { xIn: x, yIn: y }, { xIn: x, yIn: b.yIn }, b]);
}

export function detourCandidates(
  from: PlacedBox,
  to: PlacedBox,
  boxes: readonly PlacedBox[],
): Point[][] {
  // Boxes of one tier share their channels: each channel once (first occurrence kept, so the
  // candidates keep their order and ties resolve as before), a fraction of the candidates.
  const rows = [
    ...new Set(
      boxes.flatMap((box) => [box.yIn - CHANNEL_OFFSET_IN, box.yIn + box.hIn + CHANNEL_OFFSET_IN]),
    ),
  ];
  const columns = [
    ...new Set(boxes.flatMap((box) => [leftChannel(box), box.xIn + box.wIn + CHANNEL_OFFSET_IN])),
  ];
  return anchorsOf(from).flatMap((a) =>
    anchorsOf(to).flatMap((b) => detoursBetween([a, from], [b, to], rows, columns)),
  );
}
