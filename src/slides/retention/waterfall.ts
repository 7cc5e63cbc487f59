/**
 * The MRR bridge as a native waterfall: a stacked column chart whose first series is an invisible
 * base (no fill, no legend, no labels) that lifts each movement bar to the running MRR level.
 * Totals, increases and decreases are three visible series so each keeps one explicit colour.
 * Values are written under each bar in the category label, since pptxgenjs cannot label only some
 * series of a chart.
 */
import { chartDefaults } from '../../compose/charts.js';
import { moneyNumberFormat } from '../../compose/format.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, ChartElement } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { Bridge } from './bridge.js';

/** One column of the waterfall: where its visible part starts and how tall it is. */
export interface WaterfallStep {
  label: string;
  base: number;
  value: number;
  role: 'total' | 'increase' | 'decrease';
}

/** The movements should fill at least this share of the plot height (else the axis starts at 0). */
const MIN_MOVEMENT_SHARE = 0.4;
/** Cutting off less than this share of the highest level is not worth a cut axis. */
const MIN_CUT_SHARE = 0.2;

export function waterfallSteps(bridge: Bridge, ctx: ComposeContext): WaterfallStep[] {
  const label = (part: string, value: number, count: number) =>
    ctx.text.render('retention', part, { ...bridge, value, count });
  const afterNew = bridge.start + bridge.new;
  const afterExpansion = afterNew + bridge.expansion;
  const afterContraction = afterExpansion - bridge.contraction;
  const { counts } = bridge;
  return [
    {
      label: label('barStart', bridge.start, counts.start),
      base: 0,
      value: bridge.start,
      role: 'total',
    },
    {
      label: label('barNew', bridge.new, counts.new),
      base: bridge.start,
      value: bridge.new,
      role: 'increase',
    },
    {
      label: label('barExpansion', bridge.expansion, counts.expansion),
      base: afterNew,
      value: bridge.expansion,
      role: 'increase',
    },
    {
      label: label('barContraction', bridge.contraction, counts.contraction),
      base: afterContraction,
      value: bridge.contraction,
      role: 'decrease',
    },
    // The churn bar hangs from the level after contraction down to the end MRR.
    {
      label: label('barChurn', bridge.churn, counts.churn),
      base: Math.max(0, afterContraction - bridge.churn),
      value: bridge.churn,
      role: 'decrease',
    },
    { label: label('barEnd', bridge.end, counts.end), base: 0, value: bridge.end, role: 'total' },
  ];
}

/** 1, 2 or 5 times a power of ten: a step that reads well on an axis. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return factor * power;
}

/**
 * Where the value axis starts. Bridges are usually small next to the MRR itself, so starting at 0
 * would flatten the movements into slivers: the axis starts at a round value below the lowest
 * movement instead, low enough that the movements take about 40% of the height. Start and end
 * columns are then cut at the axis; the notes say so.
 */
export function waterfallAxisMin(steps: readonly WaterfallStep[]): number {
  const movements = steps.filter((step) => step.role !== 'total' && step.value > 0);
  if (movements.length === 0) return 0;
  const levels = steps.flatMap((step) =>
    step.role === 'total' ? [step.value] : [step.base, step.base + step.value],
  );
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  const span =
    Math.max(...movements.map((step) => step.base + step.value)) -
    Math.min(...movements.map((step) => step.base));
  const wanted = high - span / MIN_MOVEMENT_SHARE;
  if (wanted < high * MIN_CUT_SHARE) return 0;
  const step = niceStep((high - wanted) / 5);
  const min = Math.floor(Math.min(wanted, low) / step) * step;
  return min > 0 ? min : 0;
}

function seriesValues(steps: readonly WaterfallStep[], role: WaterfallStep['role']): number[] {
  return steps.map((step) => (step.role === role ? step.value : 0));
}

export function waterfallChart(bridge: Bridge, ctx: ComposeContext, area: Box): ChartElement {
  const { theme, text, format } = ctx;
  const steps = waterfallSteps(bridge, ctx);
  const labels = steps.map((step) => step.label);
  const name = (part: string) => text.render('retention', part, bridge);
  const maxValue = Math.max(0, ...steps.map((step) => step.base + step.value));
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('retention', 'bridgeAltText', bridge)),
      // Every column is named by its category label, and the invisible base must not be listed.
      legend: 'none',
      categoryAxis: { labelFontSizePt: TYPE.chartPt },
      layers: [
        {
          type: 'bar',
          barDirection: 'col',
          grouping: 'stacked',
          gapWidthPct: 45,
          series: [
            {
              name: name('seriesBase'),
              labels,
              values: steps.map((step) => (step.role === 'total' ? 0 : step.base)),
              color: theme.colors.light1,
              invisible: true,
            },
            {
              name: name('seriesTotal'),
              labels,
              values: seriesValues(steps, 'total'),
              color: theme.colors.accent1,
            },
            {
              name: name('seriesIncrease'),
              labels,
              values: seriesValues(steps, 'increase'),
              color: theme.status.good,
            },
            {
              name: name('seriesDecrease'),
              labels,
              values: seriesValues(steps, 'decrease'),
              color: theme.status.bad,
            },
          ],
        },
      ],
      valueAxis: {
        min: waterfallAxisMin(steps),
        numberFormat: moneyNumberFormat(format.locale, format.currency, maxValue),
        gridlines: true,
      },
    },
  };
}
