/** The chart image's legend: where the native chart puts it, with the same entries and symbols. */
import { Chart, type LegendItem } from 'chart.js';
import type { ChartSpec } from '../../compose/spec.js';
import type { DatasetInfo, ImageDataset } from './datasets.js';
import { chartFont, type ScaleContext } from './scales.js';
import { cssColor } from './units.js';

/**
 * Legend entries in series order, bars as squares, points as dots and lines as a short stroke with
 * their dash, as
 * PowerPoint draws them (chart.js would take a line's marker border, which is none, and sort the
 * lines first since they are drawn last).
 */
function legendItems(
  chart: Chart,
  datasets: readonly ImageDataset[],
  info: readonly DatasetInfo[],
) {
  return Chart.defaults.plugins.legend.labels
    .generateLabels(chart)
    .filter((item) => info[item.datasetIndex ?? -1]?.invisible !== true)
    .sort((a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0))
    .map((item): LegendItem => {
      const dataset = datasets[item.datasetIndex ?? -1];
      if (dataset?.type === 'scatter' || dataset?.type === 'bubble')
        return { ...item, pointStyle: 'circle' };
      if (dataset?.type !== 'line') return { ...item, pointStyle: 'rect' };
      return {
        ...item,
        pointStyle: 'line',
        lineWidth: Number(dataset.borderWidth),
        strokeStyle: String(dataset.borderColor),
        lineDash: (dataset.borderDash as number[] | undefined) ?? [],
      };
    });
}

export function legendOptions(
  spec: ChartSpec,
  datasets: readonly ImageDataset[],
  info: readonly DatasetInfo[],
  context: ScaleContext,
  round: boolean,
) {
  const font = chartFont(context, spec.fontSizePt);
  return {
    display: spec.legend !== 'none',
    position: spec.legend === 'none' ? ('bottom' as const) : spec.legend,
    labels: {
      color: cssColor(spec.textColor),
      font,
      boxWidth: font.size * 0.8,
      boxHeight: font.size * 0.8,
      ...(round
        ? {}
        : {
            // Bars as squares, lines as a short line with their dash, as PowerPoint's legend.
            usePointStyle: true,
            generateLabels: (chart: Chart) => legendItems(chart, datasets, info),
          }),
    },
  };
}
