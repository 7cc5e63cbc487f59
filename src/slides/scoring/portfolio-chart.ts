/**
 * The portfolio chart itself: a native bubble chart of growth (x) against harmony (y), bubble area
 * by revenue, on axes fixed to 1–10 that cross at the quadrant lines; without revenue, a scatter of
 * equal markers with the quadrant lines drawn as shapes.
 */
import { chartDefaults } from '../../compose/charts.js';
import { xyPlotArea } from '../../compose/layout.js';
import type {
  AxisSpec,
  Box,
  ChartElement,
  ChartLayer,
  LineStyle,
  ShapeElement,
} from '../../compose/spec.js';
import { SCORE_MAX, SCORE_MIN } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { scorePoint } from './portfolio-geometry.js';

/** Accounts without revenue still get a visible bubble: this share of the largest bubble's size. */
const SMALLEST_BUBBLE_SHARE = 0.01;
const BUBBLE_OPACITY_PCT = 55;
/** Scatter markers when all accounts are drawn alike. */
export const MARKER_PT = 9;

/**
 * Bubble sizes of the accounts drawn: revenue (with a floor so that every account shows), or all
 * equal. The largest account by revenue is always drawn (plotted.ts), so the floor is the same.
 */
export function bubbleSizes(result: ScoringResult, accounts: readonly ScoredAccount[]): number[] {
  if (result.equalBubbles) return accounts.map(() => 1);
  const largest = accounts.reduce((max, account) => Math.max(max, account.revenue), -Infinity);
  return accounts.map((account) => Math.max(account.revenue, largest * SMALLEST_BUBBLE_SHARE));
}

function scoreAxis(title: string, crossesAt: number | undefined, ctx: ComposeContext): AxisSpec {
  return {
    min: SCORE_MIN,
    max: SCORE_MAX,
    majorUnit: 1,
    numberFormat: '0',
    title,
    gridlines: true,
    ...(crossesAt === undefined ? {} : { crossesAt, line: quadrantLine(ctx) }),
  };
}

function quadrantLine(ctx: ComposeContext): LineStyle {
  return { color: ctx.theme.neutrals.muted, widthPt: 1.25, dash: 'dash' };
}

/**
 * Bubbles sized by revenue; without revenue, a scatter of equal markers (equal bubbles would all
 * be drawn at the largest size, a quarter of the plot wide).
 */
function accountsLayer(
  result: ScoringResult,
  accounts: readonly ScoredAccount[],
  ctx: ComposeContext,
  seriesName: string,
): ChartLayer {
  const series = {
    name: seriesName,
    labels: accounts.map((account) => account.name),
    values: accounts.map((account) => account.harmony),
    color: ctx.theme.colors.accent1,
  };
  const xValues = accounts.map((account) => account.growth);
  if (result.equalBubbles) {
    return { type: 'scatter', xValues, markerSizePt: MARKER_PT, series: [series] };
  }
  return {
    type: 'bubble',
    xValues,
    fillOpacityPct: BUBBLE_OPACITY_PCT,
    outline: { color: ctx.theme.colors.light1, widthPt: 0.75 },
    series: [{ ...series, sizes: bubbleSizes(result, accounts) }],
  };
}

/** The chart of the accounts drawn (plotted.ts: all of them up to the scoring's `maxBubbles`). */
export function portfolioChart(
  result: ScoringResult,
  accounts: readonly ScoredAccount[],
  ctx: ComposeContext,
  area: Box,
): ChartElement {
  const { theme, text } = ctx;
  const data = { period: result.period, equalBubbles: result.equalBubbles };
  // Bubble charts draw the quadrant lines as their own axes, crossing at the lines: exact in any
  // renderer. Scatter charts (pptxgenjs puts their tick labels at the crossing) get drawn lines.
  const crossing = result.equalBubbles ? undefined : result.lines;
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('scoring', 'altText', data)),
      legend: 'none',
      layers: [
        accountsLayer(result, accounts, ctx, text.render('scoring', 'seriesAccounts', data)),
      ],
      xAxis: scoreAxis(text.render('scoring', 'axisGrowth', {}), crossing?.growth, ctx),
      valueAxis: scoreAxis(text.render('scoring', 'axisHarmony', {}), crossing?.harmony, ctx),
      plotArea: xyPlotArea(area),
    },
  };
}

/** The quadrant lines of a scatter chart, as dashed line shapes at the lines' coordinates. */
export function drawnQuadrantLines(
  result: ScoringResult,
  ctx: ComposeContext,
  plot: Box,
): ShapeElement[] {
  if (!result.equalBubbles) return [];
  const cross = scorePoint(plot, result.lines.growth, result.lines.harmony);
  const line = (box: Box): ShapeElement => ({
    type: 'shape',
    shape: 'line',
    box,
    line: quadrantLine(ctx),
  });
  return [
    line({ xIn: cross.xIn, yIn: plot.yIn, wIn: 0, hIn: plot.hIn }),
    line({ xIn: plot.xIn, yIn: cross.yIn, wIn: plot.wIn, hIn: 0 }),
  ];
}
