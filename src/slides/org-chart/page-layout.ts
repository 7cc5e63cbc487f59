/**
 * One slide's chart: the visible people's trees side by side — the client's trees first, then each
 * external organisation's trees inside a labelled frame — centred in the chart region. `fitPage`
 * tries the scales largest first, each flat and then stacked, and takes the first that fits.
 */
import type { Box } from '../../compose/spec.js';
import type { AccountOrgChart } from './analyse.js';
import type { Segment } from './connectors.js';
import { LEVEL_GAP_STRETCH, ORG_SCALES, SMALLEST_SCALE, type OrgScale } from './scale.js';
import { layoutTree, type PlacedBox, type StackMode, type TreeLayout } from './tree-layout.js';

export interface GroupFrame {
  label: string;
  box: Box;
  /** The label band at the top of the frame. */
  labelBox: Box;
}

export interface PageLayout {
  scale: OrgScale;
  mode: StackMode;
  boxes: PlacedBox[];
  segments: Segment[];
  frames: GroupFrame[];
  /** False only for a page that cannot fit even at the smallest scale (never for paginated pages). */
  fits: boolean;
}

interface Block {
  /** Set for an external organisation's frame. */
  label?: string | undefined;
  trees: TreeLayout[];
  wIn: number;
  hIn: number;
}

const MODES: readonly StackMode[] = ['flat', 'stacked'];
const EPSILON_IN = 1e-6;

/** Person IDs in chart order: groups, then tops in sheet order, then depth first. */
export function forestOrder(chart: AccountOrgChart): Map<string, number> {
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const order = new Map<string, number>();
  const visit = (id: string) => {
    order.set(id, order.size);
    for (const report of byId.get(id)?.reports ?? []) visit(report);
  };
  for (const group of chart.groups) group.roots.forEach(visit);
  return order;
}

/** The visible people whose manager is not visible, per group, in chart order. */
function pageGroups(chart: AccountOrgChart, visible: ReadonlySet<string>) {
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const order = forestOrder(chart);
  const tops = [...visible]
    .filter((id) => {
      const manager = byId.get(id)?.reportsTo;
      return manager === undefined || !visible.has(manager);
    })
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return chart.groups.map((group) => ({
    group,
    tops: tops.filter((id) => group.roots.includes(byId.get(id)?.rootId ?? '')),
  }));
}

function rowOfTrees(trees: TreeLayout[], scale: OrgScale) {
  const wIn = trees.reduce((sum, t) => sum + t.wIn, 0) + scale.blockGapIn * (trees.length - 1);
  return { wIn, hIn: Math.max(0, ...trees.map((t) => t.hIn)) };
}

function buildBlocks(
  chart: AccountOrgChart,
  visible: ReadonlySet<string>,
  region: Box,
  scale: OrgScale,
  mode: StackMode,
): Block[] {
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const childrenOf = (id: string) => (byId.get(id)?.reports ?? []).filter((r) => visible.has(r));
  const framedHeight = region.hIn - scale.frameLabelHIn - 2 * scale.framePadIn;
  return pageGroups(chart, visible).flatMap(({ group, tops }): Block[] => {
    if (tops.length === 0) return [];
    if (group.organisation === undefined) {
      return tops.map((top) => {
        const trees = [layoutTree(top, childrenOf, scale, mode, region.hIn)];
        return { trees, ...rowOfTrees(trees, scale) };
      });
    }
    const trees = tops.map((top) => layoutTree(top, childrenOf, scale, mode, framedHeight));
    const row = rowOfTrees(trees, scale);
    return [
      {
        label: group.label,
        trees,
        wIn: row.wIn + 2 * scale.framePadIn,
        hIn: row.hIn + scale.frameLabelHIn + 2 * scale.framePadIn,
      },
    ];
  });
}

function placeBlocks(blocks: readonly Block[], region: Box, scale: OrgScale) {
  const totalW = blocks.reduce((sum, b) => sum + b.wIn, 0) + scale.blockGapIn * (blocks.length - 1);
  const totalH = Math.max(0, ...blocks.map((block) => block.hIn));
  const placed = {
    boxes: [] as PlacedBox[],
    segments: [] as Segment[],
    frames: [] as GroupFrame[],
  };
  let x = region.xIn + Math.max(0, (region.wIn - totalW) / 2);
  const top = region.yIn + Math.max(0, (region.hIn - totalH) / 2);
  for (const block of blocks) {
    const framed = block.label !== undefined;
    const inset = framed ? scale.framePadIn : 0;
    let treeX = x + inset;
    const treeY = top + (framed ? scale.frameLabelHIn + scale.framePadIn : 0);
    for (const laidOut of block.trees) {
      placed.boxes.push(
        ...laidOut.boxes.map((b) => ({ ...b, xIn: b.xIn + treeX, yIn: b.yIn + treeY })),
      );
      placed.segments.push(
        ...laidOut.segments.map((s) => ({
          x1In: s.x1In + treeX,
          y1In: s.y1In + treeY,
          x2In: s.x2In + treeX,
          y2In: s.y2In + treeY,
        })),
      );
      treeX += laidOut.wIn + scale.blockGapIn;
    }
    if (block.label !== undefined) {
      const box = { xIn: x, yIn: top, wIn: block.wIn, hIn: block.hIn };
      const labelBox = { ...box, hIn: scale.frameLabelHIn };
      placed.frames.push({ label: block.label, box, labelBox });
    }
    x += block.wIn + scale.blockGapIn;
  }
  const fits = totalW <= region.wIn + EPSILON_IN && totalH <= region.hIn + EPSILON_IN;
  return { ...placed, fits };
}

export function layoutPage(
  chart: AccountOrgChart,
  visible: ReadonlySet<string>,
  region: Box,
  scale: OrgScale,
  mode: StackMode,
): PageLayout {
  const blocks = buildBlocks(chart, visible, region, scale, mode);
  return { scale, mode, ...placeBlocks(blocks, region, scale) };
}

/** A short chart gets more air between its levels, as long as it still fits. */
function stretchLevels(
  chart: AccountOrgChart,
  visible: ReadonlySet<string>,
  region: Box,
  page: PageLayout,
): PageLayout {
  for (const factor of LEVEL_GAP_STRETCH) {
    const scale = { ...page.scale, levelGapIn: page.scale.levelGapIn * factor };
    const stretched = layoutPage(chart, visible, region, scale, page.mode);
    if (stretched.fits) return stretched;
  }
  return page;
}

/** The largest scale (flat before stacked) at which the page fits; else the smallest, stacked. */
export function fitPage(
  chart: AccountOrgChart,
  visible: ReadonlySet<string>,
  region: Box,
): PageLayout {
  for (const scale of ORG_SCALES) {
    for (const mode of MODES) {
      const page = layoutPage(chart, visible, region, scale, mode);
      if (page.fits) return stretchLevels(chart, visible, region, page);
    }
  }
  return layoutPage(chart, visible, region, SMALLEST_SCALE, 'stacked');
}

export function fitsAtSmallestScale(
  chart: AccountOrgChart,
  visible: ReadonlySet<string>,
  region: Box,
): boolean {
  return layoutPage(chart, visible, region, SMALLEST_SCALE, 'stacked').fits;
}
