/**
 * Native, editable charts: ChartSpec → pptxgenjs chart options. Single-layer charts use
 * `addChart(type, data, options)`; several layers make a combo chart, whose options pptxgenjs
 * expects in the second argument, with one value axis per side.
 */
import type {
  AxisSpec,
  ChartElement,
  ChartLayer,
  ChartSpec,
  DeckSpec,
} from '../../compose/spec.js';
import type { Presentation, PptxChartName, PptxSlide } from './pptxgen.js';
import { fontFace, position } from './render-elements.js';
import { addXyChart, isXyLayer } from './render-xy-chart.js';

const LEGEND_POSITION = { bottom: 'b', top: 't', right: 'r' } as const;

function chartData(layer: ChartLayer) {
  return layer.series.map((series) => ({
    name: series.name,
    labels: series.labels,
    values: series.values,
  }));
}

/**
 * A bar layer's only series with per-value colours: pptxgenjs writes one data-point colour per
 * value when a single-series bar chart gets more than one chart colour.
 */
function pointColors(layer: ChartLayer): string[] | undefined {
  const [only, ...others] = layer.series;
  const colors = only?.pointColors;
  if (layer.type !== 'bar' || others.length > 0 || colors === undefined) return undefined;
  return colors.length > 1 ? colors : undefined;
}

/** Options of one layer (series styling); colours always explicit, one per series. */
function layerOptions(layer: ChartLayer) {
  return {
    // 'transparent' is pptxgenjs's word for a series with no fill (bar charts).
    chartColors:
      pointColors(layer) ??
      layer.series.map((series) => (series.invisible === true ? 'transparent' : series.color)),
    ...(layer.type === 'bar'
      ? {
          barDir: layer.barDirection ?? 'col',
          barGrouping: layer.grouping ?? 'clustered',
          barGapWidthPct: layer.gapWidthPct ?? 80,
        }
      : {}),
    ...(layer.type === 'line'
      ? {
          lineSize: layer.lineWidthPt ?? 2,
          lineDash: layer.lineDash ?? 'solid',
          lineDataSymbol: layer.showMarkers === false ? ('none' as const) : ('circle' as const),
          lineDataSymbolSize: 6,
        }
      : {}),
    ...(layer.secondaryAxis === true ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
  };
}

function valueAxisOptions(axis: AxisSpec, spec: ChartSpec, fonts: DeckSpec['fonts']) {
  return {
    valAxisHidden: axis.hidden ?? false,
    ...(axis.min === undefined ? {} : { valAxisMinVal: axis.min }),
    ...(axis.max === undefined ? {} : { valAxisMaxVal: axis.max }),
    ...(axis.numberFormat === undefined ? {} : { valAxisLabelFormatCode: axis.numberFormat }),
    ...(axis.title === undefined ? {} : { showValAxisTitle: true, valAxisTitle: axis.title }),
    valAxisLabelFontSize: spec.fontSizePt,
    valAxisLabelFontFace: fontFace(fonts, spec.font),
    valAxisLabelColor: spec.textColor,
    valGridLine:
      axis.gridlines === false ? { style: 'none' as const } : { color: spec.gridColor, size: 0.75 },
  };
}

function commonOptions(element: ChartElement, fonts: DeckSpec['fonts']) {
  const { chart } = element;
  const face = fontFace(fonts, chart.font);
  return {
    ...position(element.box),
    altText: chart.altText,
    showLegend: chart.legend !== 'none',
    ...(chart.legend === 'none' ? {} : { legendPos: LEGEND_POSITION[chart.legend] }),
    legendFontSize: chart.fontSizePt,
    legendFontFace: face,
    legendColor: chart.textColor,
    catAxisLabelFontSize: chart.categoryAxis.labelFontSizePt ?? chart.fontSizePt,
    catAxisLabelFontFace: face,
    catAxisLabelColor: chart.textColor,
    catAxisHidden: chart.categoryAxis.hidden ?? false,
    ...(chart.categoryAxis.labelRotateDeg === undefined
      ? {}
      : { catAxisLabelRotate: chart.categoryAxis.labelRotateDeg }),
    catGridLine: { style: 'none' as const },
    ...(chart.dataLabels === undefined
      ? {}
      : {
          showValue: true,
          dataLabelFormatCode: chart.dataLabels.numberFormat,
          dataLabelPosition: chart.dataLabels.position ?? 'outEnd',
          dataLabelFontSize: chart.fontSizePt - 1,
          dataLabelFontFace: face,
          dataLabelColor: chart.textColor,
        }),
    ...(chart.holeSizePct === undefined ? {} : { holeSize: chart.holeSizePct }),
  };
}

/**
 * An invisible series must not show up anywhere: pptxgenjs 4.0.1 cannot drop one series' legend
 * entry or data labels (gitbrent/PptxGenJS#1260, #1406), so such charts may have neither.
 */
function assertInvisibleSeriesStayHidden(chart: ChartSpec): void {
  const invisible = chart.layers.flatMap((layer) =>
    layer.series.filter((series) => series.invisible === true).map((series) => ({ layer, series })),
  );
  if (invisible.length === 0) return;
  if (invisible.some(({ layer }) => layer.type !== 'bar'))
    throw new Error('only bar series can be invisible');
  if (chart.legend !== 'none' || chart.dataLabels !== undefined)
    throw new Error('a chart with an invisible series needs legend "none" and no data labels');
}

function pptxChartType(pptx: Presentation, layer: ChartLayer): PptxChartName {
  return pptx.ChartType[layer.type] as PptxChartName;
}

export function addChart(
  pptx: Presentation,
  slide: PptxSlide,
  element: ChartElement,
  fonts: DeckSpec['fonts'],
): void {
  const { chart } = element;
  assertInvisibleSeriesStayHidden(chart);
  const common = commonOptions(element, fonts);
  const [first, ...rest] = chart.layers;
  if (first === undefined) return;
  if (chart.layers.some(isXyLayer)) {
    const baseOptions = { ...common, ...valueAxisOptions(chart.valueAxis, chart, fonts) };
    addXyChart(pptx, slide, element, baseOptions, fonts);
    return;
  }
  if (rest.length === 0) {
    slide.addChart(pptxChartType(pptx, first), chartData(first), {
      ...common,
      ...layerOptions(first),
      ...valueAxisOptions(chart.valueAxis, chart, fonts),
    });
    return;
  }
  const layers = chart.layers.map((layer) => ({
    type: pptxChartType(pptx, layer),
    data: chartData(layer),
    options: layerOptions(layer),
  }));
  const hasSecondary = chart.layers.some((layer) => layer.secondaryAxis === true);
  const primaryAxis = valueAxisOptions(chart.valueAxis, chart, fonts);
  const options = {
    ...common,
    valAxes: hasSecondary
      ? [primaryAxis, valueAxisOptions(chart.secondaryValueAxis ?? {}, chart, fonts)]
      : [primaryAxis],
    catAxes: hasSecondary
      ? [{ catAxisTitle: '' }, { catAxisHidden: true }]
      : [{ catAxisTitle: '' }],
  };
  // pptxgenjs takes a combo chart as addChart(layers, options); its typings only know the
  // three-argument form, hence the casts.
  slide.addChart(layers as never, options as never);
}
