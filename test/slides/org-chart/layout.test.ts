import { describe, expect, it } from 'vitest';
import { routeInfluenceLines } from '../../../src/slides/org-chart/influence-lines.js';
import { crossings, segmentCrossesBox } from '../../../src/slides/org-chart/route-geometry.js';
import { ORG_SCALES, SMALLEST_SCALE } from '../../../src/slides/org-chart/scale.js';
import { layoutTree, type PlacedBox } from '../../../src/slides/org-chart/tree-layout.js';
import { seededRandom } from '../../helpers/model.js';

const scale = SMALLEST_SCALE;
const slot = scale.boxWIn + scale.gapXIn;
const levelStep = scale.boxHIn + scale.levelGapIn;
const stackStep = scale.boxHIn + scale.stackGapIn;

function treeOf(edges: Record<string, string[]>) {
  return (id: string) => edges[id] ?? [];
}

const at = (boxes: readonly PlacedBox[], id: string) => {
  const found = boxes.find((box) => box.id === id);
  if (found === undefined) throw new Error(`no box ${id}`);
  return found;
};

function overlapping(boxes: readonly PlacedBox[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      const x = Math.min(a.xIn + a.wIn, b.xIn + b.wIn) - Math.max(a.xIn, b.xIn);
      const y = Math.min(a.yIn + a.hIn, b.yIn + b.hIn) - Math.max(a.yIn, b.yIn);
      if (x > 1e-9 && y > 1e-9) pairs.push(`${a.id}×${b.id}`);
    }
  });
  return pairs;
}

describe('layoutTree', () => {
  it('a single person: one box at the origin, no lines', () => {
    const tree = layoutTree('A', treeOf({}), scale, 'flat', 10);
    expect(tree.boxes).toEqual([
      { id: 'A', xIn: 0, yIn: 0, wIn: scale.boxWIn, hIn: scale.boxHIn, stacked: false },
    ]);
    expect(tree.segments).toEqual([]);
    expect([tree.wIn, tree.hIn]).toEqual([scale.boxWIn, scale.boxHIn]);
  });

  it('flat: three reports one slot apart on the next level, the manager centred above', () => {
    const tree = layoutTree('M', treeOf({ M: ['A', 'B', 'C'] }), scale, 'flat', 10);
    const [a, b, c, m] = ['A', 'B', 'C', 'M'].map((id) => at(tree.boxes, id));
    expect(b!.xIn - a!.xIn).toBeCloseTo(slot, 9);
    expect(c!.xIn - b!.xIn).toBeCloseTo(slot, 9);
    expect(m!.xIn).toBeCloseTo(b!.xIn, 9);
    expect([a!.yIn, b!.yIn, c!.yIn]).toEqual([levelStep, levelStep, levelStep]);
    // Width: 3 boxes + 2 gaps.
    expect(tree.wIn).toBeCloseTo(3 * scale.boxWIn + 2 * scale.gapXIn, 9);
    // Elbow: stem, bar, three drops — all vertical or horizontal.
    expect(tree.segments).toHaveLength(5);
    for (const s of tree.segments) expect(s.x1In === s.x2In || s.y1In === s.y2In).toBe(true);
    const barY = m!.yIn + scale.boxHIn + scale.levelGapIn / 2;
    expect(tree.segments.filter((s) => s.y1In === barY && s.y2In === barY)).toHaveLength(1);
  });

  it('stacked: leaf reports hang in one column on a spine left of the boxes', () => {
    const tree = layoutTree('M', treeOf({ M: ['A', 'B', 'C'] }), scale, 'stacked', 10);
    const [a, b, c] = ['A', 'B', 'C'].map((id) => at(tree.boxes, id));
    expect([a!.xIn, b!.xIn]).toEqual([c!.xIn, c!.xIn]);
    expect(b!.yIn - a!.yIn).toBeCloseTo(stackStep, 9);
    expect(c!.yIn - b!.yIn).toBeCloseTo(stackStep, 9);
    expect(tree.boxes.every((box) => box.stacked === (box.id !== 'M'))).toBe(true);
    const spineX = a!.xIn - scale.indentIn;
    const near = (x: number, y: number) => Math.abs(x - y) < 1e-9;
    const spine = tree.segments.filter((s) => near(s.x1In, spineX) && near(s.x2In, spineX));
    expect(spine).toHaveLength(1);
    // One stub per stacked box, from the spine to its left edge.
    const stubs = tree.segments.filter((s) => near(s.x1In, spineX) && near(s.x2In, a!.xIn));
    expect(stubs).toHaveLength(3);
  });

  it('stacks are as tall as the height allows, and balanced: 7 reports, room for 3 → 3 + 2 + 2', () => {
    // Head of a stack at level 1; boxes 1–3 of a stack end at levelStep + 2 stackStep + boxH.
    const maxHeight = levelStep + 2 * stackStep + scale.boxHIn + 0.01;
    const kids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const tree = layoutTree('M', treeOf({ M: kids }), scale, 'stacked', maxHeight);
    const columns = new Map<number, string[]>();
    for (const box of tree.boxes.filter((b) => b.stacked))
      columns.set(box.xIn, [...(columns.get(box.xIn) ?? []), box.id]);
    expect([...columns.values()]).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E'],
      ['F', 'G'],
    ]);
    expect(tree.hIn).toBeLessThanOrEqual(maxHeight);
  });

  it.each(['flat', 'stacked'] as const)('never overlaps boxes in random trees (%s)', (mode) => {
    const random = seededRandom(mode === 'flat' ? 1 : 2);
    for (let trial = 0; trial < 30; trial += 1) {
      const size = 2 + Math.floor(random() * 40);
      const edges: Record<string, string[]> = {};
      for (let index = 1; index < size; index += 1) {
        const parent = `N${Math.floor(random() * index)}`;
        edges[parent] = [...(edges[parent] ?? []), `N${index}`];
      }
      const tree = layoutTree('N0', treeOf(edges), ORG_SCALES[1]!, mode, 4.5);
      expect(tree.boxes).toHaveLength(size);
      expect(overlapping(tree.boxes)).toEqual([]);
      expect(Math.min(...tree.boxes.map((b) => b.xIn))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...tree.boxes.map((b) => b.xIn + b.wIn))).toBeLessThanOrEqual(
        tree.wIn + 1e-9,
      );
    }
  });
});

describe('influence lines', () => {
  const box = (id: string, xIn: number, yIn: number): PlacedBox => ({
    id,
    xIn,
    yIn,
    wIn: 1,
    hIn: 0.5,
    stacked: false,
  });

  it('segmentCrossesBox: through, beside, and within the clearance', () => {
    const target = box('T', 1, 1);
    const p = (xIn: number, yIn: number) => ({ xIn, yIn });
    expect(segmentCrossesBox(p(0, 1.25), p(3, 1.25), target)).toBe(true);
    expect(segmentCrossesBox(p(0, 0.5), p(3, 0.5), target)).toBe(false);
    // 0.02 in above the top edge is inside the 0.03 in clearance.
    expect(segmentCrossesBox(p(0, 0.98), p(3, 0.98), target)).toBe(true);
  });

  it('two boxes side by side: a straight line between the facing edges', () => {
    const [line] = routeInfluenceLines(
      [{ from: 'A', to: 'B', kind: 'Influence', route: false }],
      [box('A', 0, 0), box('B', 2, 0)],
    );
    // Facing anchors a quarter down each side (the middle of a left edge is kept for stubs).
    expect(line?.points).toEqual([
      { xIn: 1, yIn: 0.125 },
      { xIn: 2, yIn: 0.125 },
    ]);
  });

  it('goes around a box in the way instead of through it', () => {
    // A and B on one row with C between them, all the same height: every straight line crosses C.
    const boxes = [box('A', 0, 1), box('C', 1.5, 1), box('B', 3, 1)];
    const [line] = routeInfluenceLines(
      [{ from: 'A', to: 'B', kind: 'Conflict', route: false }],
      boxes,
    );
    expect(line?.points.length).toBeGreaterThan(2);
    expect(crossings(line?.points ?? [], [boxes[1]!])).toBe(0);
  });

  it('skips links whose people are not on the slide', () => {
    const lines = routeInfluenceLines(
      [{ from: 'A', to: 'Z', kind: 'Influence', route: false }],
      [box('A', 0, 0)],
    );
    expect(lines).toEqual([]);
  });
});
