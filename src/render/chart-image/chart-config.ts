/**
 * ChartSpec → chart.js configuration: the same data, colours, labels, axes and legend as the native
 * chart (render/pptx/render-chart.ts), laid out in CSS pixels of the chart's box.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartImageRequest } from '../../compose/chart-images.js';
import type { ChartLayer, ChartSpec } from '../../compose/spec.js';
import { textWidthIn } from '../../compose/text-fit.js';
import { layerDatasets, type ImageDataset } from './datasets.js';
import { legendOptions } from './legend.js';
import { backgroundPlugin, crossingAxesPlugin, dataLabelsPlugin } from './plugins.js';
import { categoryScale, valueScale, xyScales, type Scales, type ScaleContext } from './scales.js';
import { DEVICE_PIXEL_RATIO, inToPx, ptToPx } from './units.js';

export type ChartImageInput = ChartImageRequest;

/** Room the axes of a chart without a fixed plot area take, for sizing bubbles and labels. */
const AXES_ALLOWANCE_IN = { w: 0.9, h: 0.7 };
const PADDING_PX = 6;

const isXy = (layer: ChartLayer) => layer.type === 'scatter' || layer.type === 'bubble';
const isRound = (layer: ChartLayer) => layer.type === 'doughnut' || layer.type === 'pie';

function plotSizeIn(input: ChartImageInput): { w: number; h: number } {
  const plot = input.chart.plotArea;
  if (plot !== undefined) return { w: plot.wIn, h: plot.hIn };
  return { w: input.box.wIn - AXES_ALLOWANCE_IN.w, h: input.box.hIn - AXES_ALLOWANCE_IN.h };
}

/**
 * Category labels as lines: the spec's line breaks, and, where the spec leaves the rotation to the
 * renderer, words wrapped to the category's width as PowerPoint wraps them.
 */
function categoryLines(input: ChartImageInput, horizontal: boolean): (string | string[])[] {
  const { chart } = input;
  const labels = chart.layers[0]?.series[0]?.labels ?? [];
  const sizePt = chart.categoryAxis.labelFontSizePt ?? chart.fontSizePt;
  const wrap = !horizontal && chart.categoryAxis.labelRotateDeg === undefined;
  const slotIn = (plotSizeIn(input).w / Math.max(1, labels.length)) * 0.9;
  return labels.map((label) => {
    const lines = label
      .split('\n')
      .flatMap((line) => (wrap ? wrapWords(line, slotIn, sizePt) : [line]));
    return lines.length === 1 ? (lines[0] ?? '') : lines;
  });
}

function wrapWords(text: string, widthIn: number, sizePt: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidthIn(candidate, sizePt) > widthIn) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  lines.push(current);
  return lines;
}

function categoryChartScales(
  input: ChartImageInput,
  context: ScaleContext,
  horizontal: boolean,
): Scales {
  const { chart } = input;
  const stacked = chart.layers.some(
    (l) => l.grouping === 'stacked' || l.grouping === 'percentStacked',
  );
  const secondary = chart.layers.some((layer) => layer.secondaryAxis === true);
  const [index, value, second] = horizontal ? ['y', 'x', 'x2'] : ['x', 'y', 'y2'];
  return {
    [index]: categoryScale(categoryLines(input, horizontal), context, horizontal, stacked),
    [value]: valueScale(chart.valueAxis, context, horizontal ? 'bottom' : 'left', { stacked }),
    ...(secondary
      ? {
          [second]: valueScale(
            chart.secondaryValueAxis ?? {},
            context,
            horizontal ? 'top' : 'right',
          ),
        }
      : {}),
  };
}

function rootType(spec: ChartSpec): 'bar' | 'line' | 'scatter' | 'bubble' | 'doughnut' | 'pie' {
  const types = spec.layers.map((layer) => layer.type);
  if (types.includes('bar')) return 'bar';
  return types[0] ?? 'bar';
}

/** The chart.js configuration of one chart image; `fontFamily` is a registered font. */
export function chartImageConfig(input: ChartImageInput, fontFamily: string): ChartConfiguration {
  const { chart: spec, box } = input;
  const horizontal = spec.layers.some((l) => l.type === 'bar' && l.barDirection === 'bar');
  const xy = spec.layers.some(isXy);
  const round = spec.layers.some(isRound);
  const plot = spec.plotArea;
  const context: ScaleContext = {
    spec,
    fontFamily,
    locale: input.locale,
    ...(xy && plot !== undefined
      ? {
          fixedAxesPx: {
            left: inToPx(plot.xIn - box.xIn),
            bottom: inToPx(box.yIn + box.hIn - plot.yIn - plot.hIn),
          },
        }
      : {}),
  };
  const plotIn = plotSizeIn(input);
  const datasetContext = {
    plotPx: { w: inToPx(plotIn.w), h: inToPx(plotIn.h) },
    stackIds: { next: 0 },
  };
  const layers = spec.layers.map((layer) => layerDatasets(layer, horizontal, datasetContext));
  const datasets: ImageDataset[] = layers.flatMap((layer) => layer.datasets);
  const info = layers.flatMap((layer) => layer.info);
  const padding =
    xy && plot !== undefined
      ? {
          left: 0,
          bottom: 0,
          top: inToPx(plot.yIn - box.yIn),
          right: inToPx(box.xIn + box.wIn - plot.xIn - plot.wIn),
        }
      : PADDING_PX;
  const config = {
    type: rootType(spec),
    data: {
      ...(xy || round ? { labels: spec.layers[0]?.series[0]?.labels ?? [] } : {}),
      datasets,
    },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      devicePixelRatio: DEVICE_PIXEL_RATIO,
      indexAxis: horizontal ? 'y' : 'x',
      // A fixed plot area stays where the spec puts it: no room added for large bubbles.
      layout: { padding, autoPadding: !(xy && plot !== undefined) },
      ...(round
        ? { cutout: `${spec.layers[0]?.type === 'pie' ? 0 : (spec.holeSizePct ?? 50)}%` }
        : {}),
      plugins: {
        legend: legendOptions(spec, datasets, info, context, round),
        title: { display: false },
        tooltip: { enabled: false },
      },
      ...(round
        ? {}
        : { scales: xy ? xyScales(context) : categoryChartScales(input, context, horizontal) }),
    },
    plugins: [
      backgroundPlugin(input.background),
      crossingAxesPlugin(spec),
      dataLabelsPlugin(
        spec,
        info,
        { family: fontFamily, size: ptToPx(spec.fontSizePt - 1) },
        input.locale,
      ),
    ],
  };
  // chart.js types a configuration by its root chart type only; mixed charts (bars with lines)
  // do not fit its generics. Each dataset is typed on its own in datasets.ts.
  return config as unknown as ChartConfiguration;
}
