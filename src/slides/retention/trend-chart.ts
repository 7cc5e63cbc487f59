/**
 * GRR, NRR and logo retention per consecutive pair of periods as lines; 100% is always a gridline.
 * Pairs without MRR at their start have no ratios and are left out of the chart (the notes name
 * them). The value axis hugs the data: period-on-period ratios sit close to 100%.
 */
import { chartDefaults } from '../../compose/charts.js';
import { TYPE } from '../../compose/layout.js';
import type { AxisSpec, Box, ChartElement } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { Bridge } from './bridge.js';
import { niceStep } from './waterfall.js';

/** Above this many categories the labels are turned and the markers dropped. */
const MANY_POINTS = 12;
/** Smallest padding above and below the data, as a fraction (half a percentage point). */
const MIN_PAD = 0.005;

export type RatedBridge = Bridge & { grr: number; nrr: number; logoRetention: number };

export function ratedPairs(trend: readonly Bridge[]): RatedBridge[] {
  return trend.filter(
    (pair): pair is RatedBridge =>
      pair.grr !== undefined && pair.nrr !== undefined && pair.logoRetention !== undefined,
  );
}

/** A 0–1-fraction axis around the values and 100%, on round steps, never below 0. */
export function ratioAxis(values: readonly number[]): AxisSpec {
  const low = Math.min(1, ...values);
  const high = Math.max(1, ...values);
  const pad = Math.max(MIN_PAD, (high - low) * 0.15);
  const step = niceStep((high - low + 2 * pad) / 5);
  // toPrecision drops float noise such as 0.9600000000000001 from the axis bounds.
  const round = (value: number) => Number(value.toPrecision(12));
  return {
    min: Math.max(0, round(Math.floor((low - pad) / step) * step)),
    max: round(Math.ceil((high + pad) / step) * step),
    numberFormat: step < 0.01 ? '0.0%' : '0%',
    gridlines: true,
  };
}

export function trendChart(
  pairs: readonly RatedBridge[],
  ctx: ComposeContext,
  area: Box,
): ChartElement {
  const { theme, text } = ctx;
  const labels = pairs.map((pair) => pair.to);
  const name = (part: string) => text.render('retention', part, {});
  const many = labels.length > MANY_POINTS;
  const line = (part: string, values: number[], color: string) => ({
    name: name(part),
    labels,
    values,
    color,
  });
  const ratios = pairs.flatMap((pair) => [pair.grr, pair.nrr, pair.logoRetention]);
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('retention', 'trendAltText', { count: pairs.length })),
      categoryAxis: {
        labelFontSizePt: TYPE.chartPt - (many ? 1 : 0),
        ...(many ? { labelRotateDeg: -45 } : {}),
      },
      layers: [
        {
          type: 'line',
          lineWidthPt: 2.25,
          showMarkers: !many,
          series: [
            line(
              'seriesNrr',
              pairs.map((pair) => pair.nrr),
              theme.colors.accent1,
            ),
            line(
              'seriesGrr',
              pairs.map((pair) => pair.grr),
              theme.colors.accent2,
            ),
            line(
              'seriesLogo',
              pairs.map((pair) => pair.logoRetention),
              theme.colors.accent3,
            ),
          ],
        },
      ],
      valueAxis: ratioAxis(ratios),
    },
  };
}
