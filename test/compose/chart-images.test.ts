/**
 * The chart-image step between compose and render: charts become images in the same box, drawn by
 * whatever ImageRenderer is given; with the chart.js one, the sample deck has pictures and no
 * native chart parts, and the same input still gives the same bytes.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chartsAsImages, type ChartImageRequest } from '../../src/compose/chart-images.js';
import type { DeckSpec } from '../../src/compose/spec.js';
import { buildDeck } from '../../src/index.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';

function recordingRenderer() {
  const requests: ChartImageRequest[] = [];
  return {
    requests,
    renderer: {
      renderChart: async (request: ChartImageRequest) => {
        requests.push(request);
        return new Uint8Array([requests.length]);
      },
    },
  };
}

describe('chartsAsImages', () => {
  it('replaces every chart with an image in the same box, alt text kept, the rest untouched', async () => {
    const { deck } = await buildDeck(SAMPLE, { slides: ['title', 'pareto', 'abc'] });
    const { requests, renderer } = recordingRenderer();
    const pictured: DeckSpec = await chartsAsImages(deck, renderer, 'it-IT');
    const charts = deck.slides.flatMap((slide) => slide.elements.filter((e) => e.type === 'chart'));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(requests.map((r) => r.chart)).toEqual(charts.map((c) => c.type === 'chart' && c.chart));
    expect(
      requests.every((r) => r.locale === 'it-IT' && r.background === deck.master.background),
    ).toBe(true);
    deck.slides.forEach((slide, s) =>
      slide.elements.forEach((element, e) => {
        const after = pictured.slides[s]?.elements[e];
        if (element.type !== 'chart') return expect(after).toBe(element);
        expect(after).toMatchObject({
          type: 'image',
          box: element.box,
          altText: element.chart.altText,
        });
        expect(after?.type === 'image' && after.data.startsWith('data:image/png;base64,')).toBe(
          true,
        );
      }),
    );
    expect(pictured.slides.flatMap((s) => s.elements).some((e) => e.type === 'chart')).toBe(false);
  });
});

describe("buildDeck with charts: 'image'", () => {
  it('writes pictures instead of chart parts, in a clean package, byte-identical on a rebuild', async () => {
    const slides = ['title', 'pareto', 'abc', 'dashboard', 'retention', 'scoring'];
    const native = await buildDeck(SAMPLE, { slides });
    const image = await buildDeck(SAMPLE, { slides, charts: 'image' });
    const nativeZip = await JSZip.loadAsync(native.bytes);
    const imageZip = await JSZip.loadAsync(image.bytes);
    const chartParts = (zip: JSZip) =>
      Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    const pngs = (zip: JSZip) =>
      Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    expect(chartParts(nativeZip).length).toBeGreaterThanOrEqual(6);
    expect(chartParts(imageZip)).toEqual([]);
    expect(pngs(imageZip).length).toBe(pngs(nativeZip).length + chartParts(nativeZip).length);
    expect(image.deck.slides.length).toBe(native.deck.slides.length);
    expect(await checkPackage(image.bytes)).toEqual([]);
    const again = await buildDeck(SAMPLE, { slides, charts: 'image' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(image.bytes))).toBe(true);
  });
});
