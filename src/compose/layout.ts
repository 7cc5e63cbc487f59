/**
 * Layout measures in one place: the 16:9 slide, its regions and type sizes. Slide builders place
 * things in these regions; no other file holds slide coordinates.
 */
import type { Box } from './spec.js';

export const SLIDE = { wIn: 13.333, hIn: 7.5 } as const;

export const LAYOUT = {
  marginXIn: 0.55,
  titleYIn: 0.32,
  titleHIn: 0.62,
  headlineYIn: 0.94,
  headlineHIn: 0.56,
  bodyTopIn: 1.62,
  bodyBottomIn: 6.72,
  footerYIn: 7.0,
  footerHIn: 0.32,
  gapIn: 0.3,
  accentBarHIn: 0.08,
} as const;

export const TYPE = {
  coverTitlePt: 40,
  coverSubtitlePt: 20,
  coverMetaPt: 14,
  titlePt: 26,
  headlinePt: 15,
  bodyPt: 12,
  smallPt: 10,
  tablePt: 10,
  chartPt: 10,
  footerPt: 9,
  kpiValuePt: 30,
  kpiLabelPt: 11,
  /** Never shrink table or label text below this. */
  minimumPt: 8,
} as const;

/**
 * The section divider: a large section number, an accent rule, the section title and a subtitle,
 * left-aligned on the title-slide background and a little above the middle.
 */
export const SECTION = {
  leftIn: 0.85,
  numberYIn: 1.55,
  numberHIn: 1.25,
  numberPt: 60,
  ruleYIn: 2.95,
  ruleWIn: 1.4,
  ruleHIn: 0.09,
  titleYIn: 3.2,
  titleHIn: 1.5,
  titlePt: 40,
  titleMinPt: 24,
  /** Between the title's last line and the subtitle. */
  gapIn: 0.3,
  subtitleHIn: 1.2,
  subtitlePt: 20,
  subtitleMinPt: 14,
} as const;

export function box(xIn: number, yIn: number, wIn: number, hIn: number): Box {
  return { xIn, yIn, wIn, hIn };
}

export const CONTENT_WIDTH_IN = SLIDE.wIn - 2 * LAYOUT.marginXIn;

export function titleBox(): Box {
  return box(LAYOUT.marginXIn, LAYOUT.titleYIn, CONTENT_WIDTH_IN, LAYOUT.titleHIn);
}

export function headlineBox(): Box {
  return box(LAYOUT.marginXIn, LAYOUT.headlineYIn, CONTENT_WIDTH_IN, LAYOUT.headlineHIn);
}

export function bodyBox(): Box {
  return box(
    LAYOUT.marginXIn,
    LAYOUT.bodyTopIn,
    CONTENT_WIDTH_IN,
    LAYOUT.bodyBottomIn - LAYOUT.bodyTopIn,
  );
}

export function footerBox(): Box {
  return box(LAYOUT.marginXIn, LAYOUT.footerYIn, CONTENT_WIDTH_IN, LAYOUT.footerHIn);
}

/** Splits a box into columns of the given relative widths, separated by `gapIn`. */
export function splitColumns(
  area: Box,
  weights: readonly number[],
  gapIn: number = LAYOUT.gapIn,
): Box[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const free = area.wIn - gapIn * (weights.length - 1);
  let x = area.xIn;
  return weights.map((weight) => {
    const wIn = (free * weight) / total;
    const column = box(x, area.yIn, wIn, area.hIn);
    x += wIn + gapIn;
    return column;
  });
}

/** Splits a box into rows of the given relative heights, separated by `gapIn`. */
export function splitRows(
  area: Box,
  weights: readonly number[],
  gapIn: number = LAYOUT.gapIn,
): Box[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const free = area.hIn - gapIn * (weights.length - 1);
  let y = area.yIn;
  return weights.map((weight) => {
    const hIn = (free * weight) / total;
    const row = box(area.xIn, y, area.wIn, hIn);
    y += hIn + gapIn;
    return row;
  });
}

/** Takes a fixed height off the top of a box: [top, rest]. */
export function takeTop(area: Box, hIn: number, gapIn: number = LAYOUT.gapIn / 2): [Box, Box] {
  return [
    box(area.xIn, area.yIn, area.wIn, hIn),
    box(area.xIn, area.yIn + hIn + gapIn, area.wIn, area.hIn - hIn - gapIn),
  ];
}

/**
 * Room between a scatter or bubble chart's box and its plot area when the plot area is fixed:
 * tick labels and the rotated axis title on the left, tick labels and the axis title below.
 * A fixed plot area lets slides place shapes and text at data coordinates over the chart.
 */
export const XY_PLOT_INSET = { leftIn: 0.75, rightIn: 0.15, topIn: 0.1, bottomIn: 0.62 } as const;

export function xyPlotArea(chart: Box): Box {
  const { leftIn, rightIn, topIn, bottomIn } = XY_PLOT_INSET;
  return box(
    chart.xIn + leftIn,
    chart.yIn + topIn,
    chart.wIn - leftIn - rightIn,
    chart.hIn - topIn - bottomIn,
  );
}
