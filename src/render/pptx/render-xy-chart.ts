/**
 * Scatter and bubble charts: numbers on both axes. pptxgenjs wants the data as one leading "X"
 * series holding the X values, then one entry per Y series (`values`, plus `sizes` for bubbles);
 * its horizontal axis is configured with the `catAxis*` options although it is a value axis.
 * Tested facts of pptxgenjs 4.0.1 (gen-charts): bubble sizes of 0 are written as blanks (no
 * bubble), and the X axis takes its number format from `valAxisLabelFormatCode`.
 */
import type {
  AxisSpec,
  Box,
  ChartElement,
  ChartLayer,
  DeckSpec,
  LineStyle,
} from '../../compose/spec.js';
import type { Presentation, PptxChartName, PptxSlide } from './pptxgen.js';
import { fontFace } from './render-elements.js';

const AXIS_DASH = { solid: 'solid', dash: 'dash', sysDot: 'dot' } as const;

export function isXyLayer(layer: ChartLayer): boolean {
  return layer.type === 'scatter' || layer.type === 'bubble';
}

function checkLayer(element: ChartElement): ChartLayer & { xValues: number[] } {
  const [layer, ...rest] = element.chart.layers;
  if (layer === undefined || rest.length > 0)
    throw new Error('a scatter or bubble chart has exactly one layer');
  const { xValues } = layer;
  if (xValues === undefined) throw new Error(`a ${layer.type} layer needs xValues`);
  for (const series of layer.series) {
    if (series.values.length !== xValues.length)
      throw new Error(`series "${series.name}" needs one value per X value`);
    const sizes = series.sizes ?? [];
    if (layer.type === 'bubble' && (sizes.length !== xValues.length || sizes.some((s) => !(s > 0))))
      throw new Error(`bubble series "${series.name}" needs one size > 0 per X value`);
  }
  const { numberFormat } = element.chart.xAxis ?? {};
  if (numberFormat !== undefined && numberFormat !== element.chart.valueAxis.numberFormat)
    throw new Error('pptxgenjs formats both axes of a scatter or bubble chart alike');
  return { ...layer, xValues };
}

function xyData(layer: ChartLayer & { xValues: number[] }) {
  return [
    { name: 'X', values: layer.xValues },
    ...layer.series.map((series) => ({
      name: series.name,
      values: series.values,
      ...(layer.type === 'bubble' ? { sizes: series.sizes ?? [] } : {}),
    })),
  ];
}

function axisLines(x: LineStyle | undefined, y: LineStyle | undefined) {
  return {
    ...(x === undefined
      ? {}
      : {
          catAxisLineShow: true,
          catAxisLineColor: x.color,
          catAxisLineSize: x.widthPt,
          catAxisLineStyle: AXIS_DASH[x.dash ?? 'solid'],
        }),
    ...(y === undefined
      ? {}
      : {
          valAxisLineShow: true,
          valAxisLineColor: y.color,
          valAxisLineSize: y.widthPt,
          valAxisLineStyle: AXIS_DASH[y.dash ?? 'solid'],
        }),
  };
}

/** The horizontal axis (pptxgenjs: catAxis*) and the extras of the vertical one (valAxis*). */
function axesOptions(element: ChartElement, fonts: DeckSpec['fonts']) {
  const { chart } = element;
  const x: AxisSpec = chart.xAxis ?? {};
  const y = chart.valueAxis;
  const face = fontFace(fonts, chart.font);
  return {
    catAxisHidden: x.hidden ?? false,
    ...(x.min === undefined ? {} : { catAxisMinVal: x.min }),
    ...(x.max === undefined ? {} : { catAxisMaxVal: x.max }),
    ...(x.majorUnit === undefined ? {} : { catAxisMajorUnit: x.majorUnit }),
    ...(x.title === undefined ? {} : { showCatAxisTitle: true, catAxisTitle: x.title }),
    catAxisTitleColor: chart.textColor,
    catAxisTitleFontSize: chart.fontSizePt,
    catAxisTitleFontFace: face,
    valAxisTitleColor: chart.textColor,
    valAxisTitleFontSize: chart.fontSizePt,
    valAxisTitleFontFace: face,
    catGridLine:
      x.gridlines === true ? { color: chart.gridColor, size: 0.75 } : { style: 'none' as const },
    catAxisMajorTickMark: 'none' as const,
    valAxisMajorTickMark: 'none' as const,
    ...(y.majorUnit === undefined ? {} : { valAxisMajorUnit: y.majorUnit }),
    // Where each axis crosses the other; labels then stay at the plot's low edge.
    ...(y.crossesAt === undefined ? {} : { valAxisCrossesAt: y.crossesAt }),
    ...(x.crossesAt === undefined ? {} : { catAxisCrossesAt: x.crossesAt }),
    catAxisLabelPos: 'low' as const,
    valAxisLabelPos: 'low' as const,
    ...axisLines(x.line, y.line),
  };
}

/** The plot area's position as fractions of the chart's box (pptxgenjs `layout`, inner target). */
function plotLayout(chartBox: Box, plot: Box | undefined) {
  if (plot === undefined) return {};
  const layout = {
    x: (plot.xIn - chartBox.xIn) / chartBox.wIn,
    y: (plot.yIn - chartBox.yIn) / chartBox.hIn,
    w: plot.wIn / chartBox.wIn,
    h: plot.hIn / chartBox.hIn,
  };
  if (layout.x < 0 || layout.y < 0 || layout.x + layout.w > 1 || layout.y + layout.h > 1)
    throw new Error('the plot area must lie inside the chart box');
  return { layout };
}

function seriesStyle(layer: ChartLayer) {
  const colors = { chartColors: layer.series.map((series) => series.color) };
  if (layer.type === 'scatter') {
    return {
      ...colors,
      lineSize: layer.lineWidthPt ?? 0,
      lineDataSymbol: layer.showMarkers === false ? ('none' as const) : ('circle' as const),
      lineDataSymbolSize: layer.markerSizePt ?? 7,
    };
  }
  return {
    ...colors,
    ...(layer.fillOpacityPct === undefined ? {} : { chartColorsOpacity: layer.fillOpacityPct }),
    ...(layer.outline === undefined
      ? { lineSize: 0 }
      : { dataBorder: { pt: layer.outline.widthPt, color: layer.outline.color } }),
  };
}

/**
 * Adds a scatter or bubble chart. `baseOptions` are the options every chart shares (position,
 * legend, fonts, vertical axis) as the caller built them.
 */
export function addXyChart(
  pptx: Presentation,
  slide: PptxSlide,
  element: ChartElement,
  baseOptions: object,
  fonts: DeckSpec['fonts'],
): void {
  const layer = checkLayer(element);
  slide.addChart(pptx.ChartType[layer.type] as PptxChartName, xyData(layer), {
    ...baseOptions,
    ...seriesStyle(layer),
    ...axesOptions(element, fonts),
    ...plotLayout(element.box, element.chart.plotArea),
  });
}
