/**
 * What chart.js does not draw by itself: data labels (value labels at the bar end, inside it or
 * centred, in the spec's number format) and axes that cross inside the plot (the quadrant lines
 * of the portfolio chart). Both are small chart.js plugins, built per chart.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartSpec, LineStyle } from '../../compose/spec.js';
import type { DatasetInfo } from './datasets.js';
import { excelNumberFormatter } from './number-format.js';
import { cssColor, dashPattern, ptToPx } from './units.js';

const LABEL_GAP_PX = 4;

interface LabelPlace {
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  baseline: 'top' | 'middle' | 'bottom';
}

interface ElementProps {
  x: number;
  y: number;
  base?: number;
  horizontal?: boolean;
}

function labelPlace(
  props: ElementProps,
  value: number,
  position: 'outEnd' | 'inEnd' | 'ctr' | 'bestFit',
): LabelPlace {
  const { x, y, base } = props;
  const outward = value < 0 ? -1 : 1;
  // A point (line, scatter): the label sits above it.
  if (base === undefined)
    return { x, y: y - LABEL_GAP_PX * 1.5, align: 'center', baseline: 'bottom' };
  if (props.horizontal === true) {
    if (position === 'ctr') return { x: (x + base) / 2, y, align: 'center', baseline: 'middle' };
    const inside = position === 'inEnd';
    const direction = inside ? -outward : outward;
    return {
      x: x + direction * LABEL_GAP_PX,
      y,
      align: direction > 0 ? 'left' : 'right',
      baseline: 'middle',
    };
  }
  if (position === 'ctr') return { x, y: (y + base) / 2, align: 'center', baseline: 'middle' };
  const inside = position === 'inEnd';
  const up = inside ? outward < 0 : outward > 0;
  return {
    x,
    y: y + (up ? -LABEL_GAP_PX : LABEL_GAP_PX),
    align: 'center',
    baseline: up ? 'bottom' : 'top',
  };
}

/** Value labels for every visible series, as the native chart's data labels. */
export function dataLabelsPlugin(
  spec: ChartSpec,
  info: readonly DatasetInfo[],
  font: { family: string; size: number },
  locale: string,
): Plugin {
  const labels = spec.dataLabels;
  const format = excelNumberFormatter(labels?.numberFormat ?? 'General', locale);
  return {
    id: 'kamdeckDataLabels',
    afterDatasetsDraw(chart: Chart) {
      if (labels === undefined) return;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = cssColor(spec.textColor);
      ctx.font = `${font.size}px ${font.family}`;
      chart.data.datasets.forEach((dataset, index) => {
        if (info[index]?.invisible === true || !chart.isDatasetVisible(index)) return;
        const meta = chart.getDatasetMeta(index);
        meta.data.forEach((element, pointIndex) => {
          const value = Number(dataset.data[pointIndex]);
          if (!Number.isFinite(value)) return;
          const props = element.getProps(['x', 'y', 'base', 'horizontal'], true) as ElementProps;
          const round = meta.type === 'doughnut' || meta.type === 'pie';
          const place = round
            ? {
                ...element.tooltipPosition(true),
                align: 'center' as const,
                baseline: 'middle' as const,
              }
            : labelPlace(props, value, labels.position ?? 'outEnd');
          ctx.textAlign = place.align;
          ctx.textBaseline = place.baseline;
          ctx.fillText(format(value), place.x, place.y);
        });
      });
      ctx.restore();
    },
  };
}

function strokeLine(chart: Chart, style: LineStyle, from: [number, number], to: [number, number]) {
  const { ctx } = chart;
  const widthPx = ptToPx(style.widthPt);
  ctx.save();
  ctx.strokeStyle = cssColor(style.color);
  ctx.lineWidth = widthPx;
  ctx.setLineDash(dashPattern(style.dash, widthPx));
  ctx.beginPath();
  ctx.moveTo(...from);
  ctx.lineTo(...to);
  ctx.stroke();
  ctx.restore();
}

/**
 * Axes that cross inside the plot (`crossesAt`), drawn as lines there, under the data: a vertical
 * line where the vertical axis crosses the horizontal one, and the other way round.
 */
export function crossingAxesPlugin(spec: ChartSpec): Plugin {
  const x = spec.xAxis ?? {};
  const y = spec.valueAxis;
  const fallback: LineStyle = { color: '888888', widthPt: 1 };
  return {
    id: 'kamdeckCrossingAxes',
    beforeDatasetsDraw(chart: Chart) {
      const area = chart.chartArea;
      const xScale = chart.scales['x'];
      const yScale = chart.scales['y'];
      if (xScale === undefined || yScale === undefined) return;
      if (x.crossesAt !== undefined) {
        const at = xScale.getPixelForValue(x.crossesAt);
        strokeLine(chart, y.line ?? x.line ?? fallback, [at, area.top], [at, area.bottom]);
      }
      if (y.crossesAt !== undefined) {
        const at = yScale.getPixelForValue(y.crossesAt);
        strokeLine(chart, x.line ?? y.line ?? fallback, [area.left, at], [area.right, at]);
      }
    },
  };
}

/** Paints the slide's background colour behind the chart, so the PNG has no transparent pixels. */
export function backgroundPlugin(color: string): Plugin {
  return {
    id: 'kamdeckBackground',
    beforeDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = cssColor(color);
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}
