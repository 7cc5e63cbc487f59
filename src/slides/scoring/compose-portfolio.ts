/**
 * The portfolio slide's chart area: the chart (portfolio-chart.ts), quadrant names in the plot's
 * corners and the top accounts numbered inside or beside their bubbles; the side panel
 * (compose-panel.ts) lists the numbered accounts.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE, xyPlotArea } from '../../compose/layout.js';
import type { Box, SlideElement, TextElement } from '../../compose/spec.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import type { Quadrant } from './portfolio.js';
import {
  bubbleRadiusIn,
  placeLabels,
  scorePoint,
  type LabelRequest,
} from './portfolio-geometry.js';
import { bubbleSizes, drawnQuadrantLines, MARKER_PT, portfolioChart } from './portfolio-chart.js';
import { plottedAccounts } from './plotted.js';
import { quadrantColors, quadrantName } from './quadrants.js';

const QUADRANT_NAME_H_IN = 0.28;
const QUADRANT_NAME_INSET_IN = 0.06;
const LABEL_PT = TYPE.chartPt - 1;
const LABEL_H_IN = 0.2;
const POINTS_PER_INCH = 72;

/** Which corner of the plot names which quadrant: growth grows rightwards, harmony upwards. */
const CORNERS: Record<Quadrant, { right: boolean; top: boolean }> = {
  invest: { right: true, top: true },
  develop: { right: true, top: false },
  maintain: { right: false, top: true },
  selective: { right: false, top: false },
};

export function quadrantNameBoxes(ctx: ComposeContext, plot: Box): TextElement[] {
  const colors = quadrantColors(ctx.theme);
  const maxW = plot.wIn / 2 - 2 * QUADRANT_NAME_INSET_IN;
  return (Object.keys(CORNERS) as Quadrant[]).map((quadrant) => {
    const { right, top } = CORNERS[quadrant];
    const name = truncateToWidth(quadrantName(ctx, quadrant), maxW - 0.05, TYPE.smallPt, true);
    const wIn = Math.min(maxW, textWidthIn(name, TYPE.smallPt, true) + 0.1);
    return {
      type: 'text',
      box: {
        xIn: right
          ? plot.xIn + plot.wIn - QUADRANT_NAME_INSET_IN - wIn
          : plot.xIn + QUADRANT_NAME_INSET_IN,
        yIn: top
          ? plot.yIn + QUADRANT_NAME_INSET_IN
          : plot.yIn + plot.hIn - QUADRANT_NAME_INSET_IN - QUADRANT_NAME_H_IN,
        wIn,
        hIn: QUADRANT_NAME_H_IN,
      },
      text: name,
      style: bodyStyle(ctx.theme, {
        sizePt: TYPE.smallPt,
        bold: true,
        color: colors[quadrant],
        align: right ? 'right' : 'left',
        valign: 'middle',
        insetIn: 0.02,
      }),
    };
  });
}

/** The accounts numbered on the chart: the top `labelTopN` by combined score. */
export function labelledAccounts(result: ScoringResult): ScoredAccount[] {
  return result.accounts.slice(0, result.params.labelTopN);
}

/** `plotted`: the accounts drawn, in ranking order (the numbered ones first). */
export function rankLabels(
  result: ScoringResult,
  plotted: readonly ScoredAccount[],
  ctx: ComposeContext,
  plot: Box,
  obstacles: readonly Box[],
): TextElement[] {
  const sizes = bubbleSizes(result, plotted);
  const largest = sizes.reduce((max, size) => Math.max(max, size), -Infinity);
  const labelled = labelledAccounts(result);
  const requests: LabelRequest[] = labelled.map((account, index) => ({
    center: scorePoint(plot, account.growth, account.harmony),
    radiusIn: result.equalBubbles
      ? MARKER_PT / POINTS_PER_INCH / 2
      : bubbleRadiusIn(plot, sizes[index] ?? 0, largest),
    wIn: textWidthIn(String(account.rank), LABEL_PT, true) + 0.08,
    hIn: LABEL_H_IN,
  }));
  const placed = placeLabels(requests, plot, obstacles);
  return labelled.flatMap((account, index): TextElement[] => {
    const label = placed[index];
    if (label === undefined) return [];
    return [
      {
        type: 'text',
        box: label.box,
        text: String(account.rank),
        style: bodyStyle(ctx.theme, {
          sizePt: LABEL_PT,
          bold: true,
          color: label.inside ? ctx.theme.colors.light1 : ctx.theme.colors.dark1,
          align: 'center',
          valign: 'middle',
          insetIn: 0,
        }),
      },
    ];
  });
}

export function portfolioElements(
  result: ScoringResult,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const plotted = plottedAccounts(result).accounts;
  const chart = portfolioChart(result, plotted, ctx, area);
  const plot = xyPlotArea(area);
  const names = quadrantNameBoxes(ctx, plot);
  const labels = rankLabels(
    result,
    plotted,
    ctx,
    plot,
    names.map((name) => name.box),
  );
  // Drawn lines go first, under the (transparent) chart, so markers sit on top of them.
  return [...drawnQuadrantLines(result, ctx, plot), chart, ...names, ...labels];
}
