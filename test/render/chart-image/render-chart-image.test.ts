/**
 * Chart images drawn by chart.js on @napi-rs/canvas: size (twice the box at 96 px/in), identical
 * bytes for the same chart, text actually drawn with the bundled font, series colours kept and
 * invisible series left out, every chart kind the spec has.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { ChartLayer, ChartSpec } from '../../../src/compose/spec.js';
import { chartFontFamily } from '../../../src/render/chart-image/fonts.js';
import { renderChartPng } from '../../../src/render/chart-image/render-chart-image.js';

const BOX = { xIn: 0.5, yIn: 1.5, wIn: 6, hIn: 4 };
const WHITE = 'FFFFFF';

function chart(layers: ChartLayer[], overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    layers,
    categoryAxis: { labelFontSizePt: 10 },
    valueAxis: { min: 0, numberFormat: '0%', gridlines: true },
    legend: 'bottom',
    font: 'body',
    fontSizePt: 10,
    textColor: '1F2933',
    gridColor: 'D5DCE4',
    altText: 'test chart',
    ...overrides,
  };
}

const LABELS = ['Tier A', 'Tier B', 'Tier C'];
const BARS: ChartLayer = {
  type: 'bar',
  series: [
    { name: 'Accounts', labels: LABELS, values: [0.25, 0.28, 0.47], color: '8AA9C6' },
    { name: 'Revenue', labels: LABELS, values: [0.82, 0.13, 0.05], color: '1F6FB2' },
  ],
};

function render(spec: ChartSpec): Uint8Array {
  return renderChartPng({ chart: spec, box: BOX, locale: 'en-US', background: WHITE });
}

async function pixels(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: context.getImageData(0, 0, image.width, image.height).data,
  };
}

/** Pixels of exactly this colour. */
async function countColor(png: Uint8Array, hex: string): Promise<number> {
  const { data } = await pixels(png);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
  return count;
}

/** Dark pixels (text, axis labels) in a band of rows given as fractions of the height. */
async function darkPixels(png: Uint8Array, fromRow = 0, toRow = 1): Promise<number> {
  const { width, height, data } = await pixels(png);
  let count = 0;
  for (let y = Math.floor(fromRow * height); y < Math.floor(toRow * height); y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 300) count++;
    }
  return count;
}

describe('renderChartPng', () => {
  it('draws at twice the box size in CSS pixels: 6 × 4 in → 1152 × 768 px (192 dpi)', async () => {
    const { width, height } = await pixels(render(chart([BARS])));
    expect([width, height]).toEqual([1152, 768]);
  });

  it('gives the same bytes for the same chart, also after drawing another one', () => {
    const first = render(chart([BARS]));
    render(chart([BARS], { legend: 'top', dataLabels: { numberFormat: '0%' } }));
    expect(Buffer.from(render(chart([BARS])))).toEqual(Buffer.from(first));
  });

  it('draws text with the bundled font (a canvas with no font draws none, silently)', async () => {
    const canvas = createCanvas(300, 60);
    const context = canvas.getContext('2d');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, 300, 60);
    context.fillStyle = '#000000';
    context.font = `24px ${chartFontFamily()}`;
    context.fillText('Revenue 82%', 10, 40);
    expect(await darkPixels(new Uint8Array(canvas.toBuffer('image/png')))).toBeGreaterThan(500);
  });

  it('draws the legend and the axis labels as text', async () => {
    const withText = render(chart([BARS]));
    const without = render(
      chart([BARS], {
        legend: 'none',
        categoryAxis: { hidden: true },
        valueAxis: { min: 0, hidden: true },
      }),
    );
    // The bottom band holds the category labels and the legend.
    expect(await darkPixels(without, 0.85)).toBe(0);
    expect(await darkPixels(withText, 0.85)).toBeGreaterThan(300);
  });

  it('paints each series in its colour and the slide background behind the chart', async () => {
    const png = render(chart([BARS]));
    expect(await countColor(png, '1F6FB2')).toBeGreaterThan(5000);
    expect(await countColor(png, '8AA9C6')).toBeGreaterThan(5000);
    const { data } = await pixels(png);
    expect([...data.slice(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('leaves an invisible series out entirely (the base of a waterfall)', async () => {
    const waterfall: ChartLayer = {
      type: 'bar',
      grouping: 'stacked',
      series: [
        { name: 'Base', labels: LABELS, values: [0, 4, 2], color: 'FF00FF', invisible: true },
        { name: 'Total', labels: LABELS, values: [6, 2, 3], color: '1F6FB2' },
      ],
    };
    const png = render(chart([waterfall], { legend: 'none', valueAxis: { min: 0 } }));
    expect(await countColor(png, 'FF00FF')).toBe(0);
    expect(await countColor(png, '1F6FB2')).toBeGreaterThan(5000);
  });

  it.each<[string, ChartLayer[]]>([
    [
      'horizontal bars with point colours',
      [
        {
          type: 'bar',
          barDirection: 'bar',
          series: [
            {
              name: 'n',
              labels: LABELS,
              values: [3, 5, 9],
              color: '1F6FB2',
              pointColors: ['2E7D32', 'A86400', 'C62828'],
            },
          ],
        },
      ],
    ],
    [
      'a dashed line with markers on a secondary axis',
      [
        BARS,
        {
          type: 'line',
          secondaryAxis: true,
          lineDash: 'dash',
          series: [{ name: 'Cut', labels: LABELS, values: [0.8, 0.8, 0.8], color: 'C62828' }],
        },
      ],
    ],
    [
      'a doughnut',
      [
        {
          type: 'doughnut',
          series: [
            {
              name: 'Mix',
              labels: LABELS,
              values: [5, 3, 2],
              color: '1F6FB2',
              pointColors: ['1F6FB2', 'F29F05', 'C62828'],
            },
          ],
        },
      ],
    ],
    [
      'a pie',
      [
        {
          type: 'pie',
          series: [
            {
              name: 'Mix',
              labels: LABELS,
              values: [5, 3, 2],
              color: '1F6FB2',
              pointColors: ['1F6FB2', 'F29F05', 'C62828'],
            },
          ],
        },
      ],
    ],
    [
      'a scatter',
      [
        {
          type: 'scatter',
          xValues: [2, 5, 8],
          markerSizePt: 12,
          series: [{ name: 'Accounts', labels: LABELS, values: [3, 6, 9], color: 'C62828' }],
        },
      ],
    ],
    [
      'bubbles',
      [
        {
          type: 'bubble',
          xValues: [2, 5, 8],
          series: [
            {
              name: 'Accounts',
              labels: LABELS,
              values: [3, 6, 9],
              color: 'C62828',
              sizes: [1, 4, 9],
            },
          ],
        },
      ],
    ],
  ])('renders %s with its colours', async (_kind, layers) => {
    const xy = layers.some((layer) => layer.type === 'scatter' || layer.type === 'bubble');
    const spec = chart(layers, {
      valueAxis: { min: 0, ...(xy ? { max: 10 } : {}) },
      ...(xy ? { xAxis: { min: 0, max: 10 }, legend: 'none' as const } : {}),
    });
    const png = render(spec);
    for (const layer of layers)
      for (const series of layer.series)
        for (const color of series.pointColors ?? [series.color])
          expect(await countColor(png, color), `${series.name} ${color}`).toBeGreaterThan(100);
  });
});
