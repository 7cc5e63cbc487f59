/**
 * Charts as PNG images, drawn by chart.js on an @napi-rs/canvas canvas: the only chart.js and
 * canvas code besides the preview's contact sheet. @napi-rs/canvas ships prebuilt binaries in the
 * npm registry and needs no system library; chartjs-node-canvas would need node-canvas, whose
 * prebuilt download fails on a fresh machine and which then compiles against Cairo and Pango.
 *
 * Chart.js runs without a DOM: no animation, no responsiveness, no events; each chart is drawn
 * once on construction, encoded, then destroyed. Text uses the bundled font (fonts.ts), so the
 * same chart gives the same bytes on every run.
 */
import { createCanvas } from '@napi-rs/canvas';
import {
  ArcElement,
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
} from 'chart.js';
import type { ImageRenderer } from '../../compose/chart-images.js';
import { chartImageConfig, type ChartImageInput } from './chart-config.js';
import { chartFontFamily } from './fonts.js';
import { inToPx } from './units.js';

Chart.register(
  BarController,
  LineController,
  DoughnutController,
  PieController,
  ScatterController,
  BubbleController,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
);

/** One chart as PNG bytes, at twice its box's size in CSS pixels (192 dpi). */
export function renderChartPng(input: ChartImageInput): Uint8Array {
  const family = chartFontFamily();
  const canvas = createCanvas(Math.round(inToPx(input.box.wIn)), Math.round(inToPx(input.box.hIn)));
  const context = canvas.getContext('2d');
  // Pins language-dependent glyph choices, which otherwise follow the host's language.
  context.lang = 'en';
  const chart = new Chart(
    context as unknown as ConstructorParameters<typeof Chart>[0],
    chartImageConfig(input, family),
  );
  try {
    // Encoded before destroy(), which clears the canvas.
    return new Uint8Array(canvas.toBuffer('image/png'));
  } finally {
    chart.destroy();
  }
}

/** The chart.js renderer behind the ImageRenderer interface the pipeline uses. */
export const chartJsRenderer: ImageRenderer = {
  renderChart: async (input) => renderChartPng(input),
};
