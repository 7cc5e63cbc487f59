/**
 * Chart layers → chart.js datasets, styled as the native chart is: explicit series colours, bar
 * gaps from Excel's gap width, PowerPoint's line dashes and marker sizes, invisible waterfall bases,
 * bubble areas scaled as PowerPoint scales them.
 */
import type { BubbleDataPoint, ChartDataset, ScatterDataPoint } from 'chart.js';
import type { ChartLayer, ChartSeries } from '../../compose/spec.js';
import { cssColor, dashPattern, ptToPx } from './units.js';

export type ImageDataset =
  | ChartDataset<'bar', number[]>
  | ChartDataset<'line', number[]>
  | ChartDataset<'doughnut', number[]>
  | ChartDataset<'pie', number[]>
  | ChartDataset<'scatter', ScatterDataPoint[]>
  | ChartDataset<'bubble', BubbleDataPoint[]>;

/** What the plugins need to know of each dataset, in dataset order. */
export interface DatasetInfo {
  invisible: boolean;
  secondary: boolean;
}

/** pptxgenjs's line marker: 6 pt across. */
const LINE_MARKER_PT = 6;
const DEFAULT_SCATTER_MARKER_PT = 7;
/** PowerPoint draws the largest bubble a quarter as wide as the plot's shorter side. */
const LARGEST_BUBBLE_SHARE = 0.25;
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

export interface DatasetContext {
  /** The plot area's size in CSS pixels (for bubble radii). */
  plotPx: { w: number; h: number };
  /** Stacked layers are numbered so unrelated datasets never stack together. */
  stackIds: { next: number };
}

/**
 * Excel's gap width is the space between clusters as a share of one bar's width; chart.js wants
 * the cluster's share of the category and each bar's share of its slot.
 */
function barSizing(layer: ChartLayer): { categoryPercentage: number; barPercentage: number } {
  const bars =
    layer.grouping === 'stacked' || layer.grouping === 'percentStacked' ? 1 : layer.series.length;
  const gap = (layer.gapWidthPct ?? 80) / 100;
  return { categoryPercentage: bars / (bars + gap), barPercentage: 1 };
}

/** Per-category shares, for percent-stacked bars. */
function percentValues(layer: ChartLayer, series: ChartSeries): number[] {
  return series.values.map((value, index) => {
    const total = layer.series.reduce((sum, other) => sum + Math.abs(other.values[index] ?? 0), 0);
    return total === 0 ? 0 : value / total;
  });
}

function barDatasets(layer: ChartLayer, axisId: string, context: DatasetContext): ImageDataset[] {
  const stacked = layer.grouping === 'stacked' || layer.grouping === 'percentStacked';
  const stack = `stack${context.stackIds.next++}`;
  return layer.series.map((series) => ({
    type: 'bar' as const,
    label: series.name,
    data: layer.grouping === 'percentStacked' ? percentValues(layer, series) : series.values,
    backgroundColor:
      series.invisible === true
        ? TRANSPARENT
        : (series.pointColors?.map((color) => cssColor(color)) ?? cssColor(series.color)),
    borderWidth: 0,
    ...barSizing(layer),
    stack: stacked ? stack : `stack${context.stackIds.next++}`,
    ...(layer.barDirection === 'bar' ? { xAxisID: axisId } : { yAxisID: axisId }),
    order: 1,
  }));
}

function lineDatasets(layer: ChartLayer, axisId: string, context: DatasetContext): ImageDataset[] {
  const widthPx = ptToPx(layer.lineWidthPt ?? 2);
  return layer.series.map((series) => ({
    type: 'line' as const,
    label: series.name,
    data: series.values,
    borderColor: cssColor(series.color),
    backgroundColor: cssColor(series.color),
    borderWidth: widthPx,
    borderDash: dashPattern(layer.lineDash, widthPx),
    pointRadius: layer.showMarkers === false ? 0 : ptToPx(LINE_MARKER_PT) / 2,
    pointBorderWidth: 0,
    pointBackgroundColor: cssColor(series.color),
    tension: 0,
    fill: false,
    // A marker at the top of the axis is drawn whole, as PowerPoint draws it.
    clip: false,
    stack: `stack${context.stackIds.next++}`,
    yAxisID: axisId,
    // Lines are drawn over bars, as in PowerPoint's combo charts.
    order: 0,
  }));
}

function roundDatasets(layer: ChartLayer): ImageDataset[] {
  return layer.series.map((series) => ({
    type: layer.type === 'pie' ? ('pie' as const) : ('doughnut' as const),
    label: series.name,
    data: series.values,
    backgroundColor: (series.pointColors ?? [series.color]).map((color) => cssColor(color)),
    borderWidth: 0,
  }));
}

function bubbleRadius(size: number, largest: number, context: DatasetContext): number {
  const largestRadius = (Math.min(context.plotPx.w, context.plotPx.h) * LARGEST_BUBBLE_SHARE) / 2;
  return largest > 0 ? largestRadius * Math.sqrt(Math.max(0, size) / largest) : 0;
}

function xyDatasets(layer: ChartLayer, context: DatasetContext): ImageDataset[] {
  const xValues = layer.xValues ?? [];
  const largest = Math.max(0, ...layer.series.flatMap((series) => series.sizes ?? []));
  const opacity = (layer.fillOpacityPct ?? 100) / 100;
  return layer.series.map((series) => {
    const points = xValues.map((x, index) => ({ x, y: series.values[index] ?? 0 }));
    if (layer.type === 'bubble') {
      return {
        type: 'bubble' as const,
        label: series.name,
        data: points.map((point, index) => ({
          ...point,
          r: bubbleRadius(series.sizes?.[index] ?? 0, largest, context),
        })),
        backgroundColor: cssColor(series.color, opacity),
        borderColor: cssColor(layer.outline?.color ?? series.color),
        borderWidth: layer.outline === undefined ? 0 : ptToPx(layer.outline.widthPt),
      };
    }
    return {
      type: 'scatter' as const,
      label: series.name,
      data: points,
      backgroundColor: cssColor(series.color),
      borderColor: cssColor(series.color),
      pointRadius: ptToPx(layer.markerSizePt ?? DEFAULT_SCATTER_MARKER_PT) / 2,
      pointBorderWidth: 0,
      showLine: (layer.lineWidthPt ?? 0) > 0,
      borderWidth: ptToPx(layer.lineWidthPt ?? 0),
    };
  });
}

/** The value axis a layer plots on: chart.js ids of the primary and secondary value scales. */
export function valueAxisId(layer: ChartLayer, horizontal: boolean): string {
  if (layer.secondaryAxis === true) return horizontal ? 'x2' : 'y2';
  return horizontal ? 'x' : 'y';
}

export function layerDatasets(
  layer: ChartLayer,
  horizontal: boolean,
  context: DatasetContext,
): { datasets: ImageDataset[]; info: DatasetInfo[] } {
  const axisId = valueAxisId(layer, horizontal);
  const datasets =
    layer.type === 'bar'
      ? barDatasets(layer, axisId, context)
      : layer.type === 'line'
        ? lineDatasets(layer, axisId, context)
        : layer.type === 'scatter' || layer.type === 'bubble'
          ? xyDatasets(layer, context)
          : roundDatasets(layer);
  const info = layer.series.map((series) => ({
    invisible: series.invisible === true,
    secondary: layer.secondaryAxis === true,
  }));
  return { datasets, info };
}
