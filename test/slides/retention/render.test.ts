/**
 * The waterfall's invisible base in the written package: no fill, no legend, no data labels. A
 * colour equal to the background would hide the gridlines behind it, so `a:noFill` is required.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDeck } from '../../../src/compose/compose-deck.js';
import type { ChartSpec } from '../../../src/compose/spec.js';
import { checkPackage } from '../../../src/render/pptx/check-package.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import { analyseRetention } from '../../../src/slides/retention/analyse.js';
import { composeRetention } from '../../../src/slides/retention/compose.js';
import { loadTheme } from '../../../src/theme/load-theme.js';
import { composeContext } from '../../helpers/compose.js';
import { chartOfSlide, seriesOf } from '../../render/pptx-xml.js';
import { mrrModel } from './fixtures.js';

const MODEL = mrrModel(
  ['Oct 2025', 'Nov 2025'],
  [
    { id: 'A', name: 'Alpha', mrr: [1000, 1200] },
    { id: 'B', name: 'Beta', mrr: [500, 0] },
    { id: 'C', name: 'Gamma', mrr: [0, 300] },
  ],
);

let waterfallXml = '';
let problems: unknown[] = [];

beforeAll(async () => {
  const ctx = await composeContext(MODEL.deck);
  const slides = composeRetention(analyseRetention(MODEL, {}), ctx);
  const bytes = await renderDeck(composeDeck(MODEL.deck, await loadTheme('corporate'), slides));
  waterfallXml = await chartOfSlide(await JSZip.loadAsync(bytes), 1);
  problems = await checkPackage(bytes);
});

/** The `<c:ser>` blocks of the chart, in order. */
const seriesXml = () =>
  [...waterfallXml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map((m) => m[1] ?? '');

describe('the waterfall chart part', () => {
  it('is in a package without known defects', () => {
    expect(problems).toEqual([]);
  });

  it('is one stacked bar chart holding the bridge values', () => {
    expect(waterfallXml).toContain('<c:grouping val="stacked"/>');
    // 1500 + new 300 + expansion 200 − churn 500 = 1500
    expect(seriesOf(waterfallXml).map((series) => series.values)).toEqual([
      [0, 1500, 1800, 2000, 1500, 0],
      [1500, 0, 0, 0, 0, 1500],
      [0, 300, 200, 0, 0, 0],
      [0, 0, 0, 0, 500, 0],
    ]);
  });

  it('gives the base series no fill and no outline, and the others a solid theme colour', () => {
    // The first c:spPr of a series is its shape (later ones belong to its labels).
    const [base, ...visible] = seriesXml().map(
      (xml) => /<c:spPr>(.*?)<\/c:spPr>/s.exec(xml)?.[1] ?? '',
    );
    expect(base?.trim().startsWith('<a:noFill/>')).toBe(true);
    expect(base).not.toContain('solidFill');
    expect(base).not.toContain('<a:ln');
    for (const shape of visible)
      expect(shape).toMatch(/^\s*<a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/>/);
  });

  it('has no legend and shows no data label on any series', () => {
    expect(waterfallXml).not.toContain('<c:legend>');
    expect(waterfallXml).not.toContain('<c:showVal val="1"/>');
    expect(waterfallXml).not.toContain('<c:showSerName val="1"/>');
  });
});

describe('the renderer guard', () => {
  it('refuses an invisible series in a chart with a legend or data labels', async () => {
    const ctx = await composeContext(MODEL.deck);
    const [slide] = composeRetention(analyseRetention(MODEL, {}), ctx);
    if (slide === undefined) throw new Error('no slide');
    const withLegend = slide.elements.map((element) =>
      element.type === 'chart'
        ? { ...element, chart: { ...element.chart, legend: 'bottom' as ChartSpec['legend'] } }
        : element,
    );
    const deck = composeDeck(MODEL.deck, ctx.theme, [{ ...slide, elements: withLegend }]);
    await expect(renderDeck(deck)).rejects.toThrow(
      'a chart with an invisible series needs legend "none"',
    );
  });
});
