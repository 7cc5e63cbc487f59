/**
 * The axes of a chart image, as the native chart draws them: grey 1 pt axis lines with outside
 * tick marks, gridlines in the theme's grid colour, labels in the chart's font, size and colour
 * with the axis's Excel number format, fixed minimum, maximum and step where the spec gives them.
 */
import type { ChartOptions, Scale } from 'chart.js';
import type { AxisSpec, ChartSpec } from '../../compose/spec.js';
import { excelNumberFormatter } from './number-format.js';
import { AXIS_LINE_COLOR, AXIS_LINE_PT, cssColor, ptToPx } from './units.js';

export type Scales = NonNullable<ChartOptions['scales']>;
type ScaleConfig = Scales[string];

export interface ScaleContext {
  spec: ChartSpec;
  fontFamily: string;
  locale: string;
  /** Fixed room for the left and bottom axes (a fixed plot area), in CSS pixels. */
  fixedAxesPx?: { left: number; bottom: number };
}

const TICK_LENGTH_PX = 4;
const GRID_LINE_PT = 0.75;

export function chartFont(context: ScaleContext, sizePt: number) {
  return { family: context.fontFamily, size: ptToPx(sizePt) };
}

function axisLine(visible: boolean) {
  return { display: visible, color: AXIS_LINE_COLOR, width: ptToPx(AXIS_LINE_PT) };
}

function title(axis: AxisSpec, context: ScaleContext) {
  if (axis.title === undefined) return { display: false };
  const { spec } = context;
  return {
    display: true,
    text: axis.title,
    color: cssColor(spec.textColor),
    font: chartFont(context, spec.fontSizePt),
  };
}

/** Keeps an axis exactly `px` deep, so the plot area lands where the spec fixed it. */
function fixedDepth(px: number | undefined) {
  if (px === undefined) return {};
  return {
    afterFit: (scale: Scale) => {
      if (scale.isHorizontal()) scale.height = px;
      else scale.width = px;
    },
  };
}

/** A value axis; gridlines are on unless the spec turns them off, as on the native chart. */
export function valueScale(
  axis: AxisSpec,
  context: ScaleContext,
  position: 'left' | 'right' | 'bottom' | 'top',
  options: { stacked?: boolean; fixedDepthPx?: number; crossed?: boolean } = {},
): ScaleConfig {
  const { spec } = context;
  const format = excelNumberFormatter(axis.numberFormat ?? 'General', context.locale);
  return {
    type: 'linear',
    position,
    display: axis.hidden !== true,
    stacked: options.stacked ?? false,
    ...(axis.min === undefined ? {} : { min: axis.min }),
    ...(axis.max === undefined ? {} : { max: axis.max }),
    ticks: {
      color: cssColor(spec.textColor),
      font: chartFont(context, spec.fontSizePt),
      callback: (value: string | number) => format(Number(value)),
      ...(axis.majorUnit === undefined ? {} : { stepSize: axis.majorUnit }),
    },
    grid: {
      display: axis.gridlines !== false,
      color: cssColor(spec.gridColor),
      lineWidth: ptToPx(GRID_LINE_PT),
      tickLength: TICK_LENGTH_PX,
      tickColor: AXIS_LINE_COLOR,
    },
    // An axis that crosses the other inside the plot is drawn there as a line (plugins.ts).
    border: axisLine(options.crossed !== true),
    title: title(axis, context),
    ...fixedDepth(options.fixedDepthPx),
  } as ScaleConfig;
}

/** The category axis: every label shown, turned as the spec says; first category at the origin. */
export function categoryScale(
  labels: (string | string[])[],
  context: ScaleContext,
  horizontal: boolean,
  stacked: boolean,
): ScaleConfig {
  const { spec } = context;
  const { labelRotateDeg, labelFontSizePt, hidden } = spec.categoryAxis;
  const rotation = labelRotateDeg === undefined ? undefined : Math.abs(labelRotateDeg);
  return {
    type: 'category',
    labels,
    position: horizontal ? 'left' : 'bottom',
    display: hidden !== true,
    offset: true,
    // PowerPoint puts the first category next to the origin: at the bottom of horizontal bars.
    reverse: horizontal,
    stacked,
    ticks: {
      color: cssColor(spec.textColor),
      font: chartFont(context, labelFontSizePt ?? spec.fontSizePt),
      autoSkip: false,
      ...(rotation === undefined ? {} : { minRotation: rotation, maxRotation: rotation }),
    },
    grid: {
      display: true,
      drawOnChartArea: false,
      offset: true,
      tickLength: TICK_LENGTH_PX,
      color: AXIS_LINE_COLOR,
    },
    border: axisLine(true),
  } as ScaleConfig;
}

/** Scatter and bubble charts: value axes both ways, optionally with a fixed plot area. */
export function xyScales(context: ScaleContext): Scales {
  const { spec, fixedAxesPx } = context;
  const x = spec.xAxis ?? {};
  const y = spec.valueAxis;
  return {
    x: valueScale(
      // pptxgenjs formats both axes of an XY chart with the value axis's code.
      { ...x, gridlines: x.gridlines === true, numberFormat: x.numberFormat ?? y.numberFormat },
      context,
      'bottom',
      { fixedDepthPx: fixedAxesPx?.bottom, crossed: y.crossesAt !== undefined },
    ),
    y: valueScale(y, context, 'left', {
      fixedDepthPx: fixedAxesPx?.left,
      crossed: x.crossesAt !== undefined,
    }),
  };
}
