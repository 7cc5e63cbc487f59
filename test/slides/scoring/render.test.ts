/** The scoring slides as PowerPoint writes them: a native bubble chart and a clean package. */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDeck } from '../../../src/compose/compose-deck.js';
import { checkPackage } from '../../../src/render/pptx/check-package.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import { analyseScoring, DEFAULT_SCORING_PARAMS } from '../../../src/slides/scoring/analyse.js';
import { composeScoring } from '../../../src/slides/scoring/compose.js';
import { composeContext } from '../../helpers/compose.js';
import { manyScoredAccounts } from './fixtures.js';

let pptx: Uint8Array;
let chartXml: string;

beforeAll(async () => {
  const model = manyScoredAccounts(40);
  const ctx = await composeContext(model.deck);
  const slides = composeScoring(analyseScoring(model, DEFAULT_SCORING_PARAMS), ctx);
  pptx = await renderDeck(composeDeck(model.deck, ctx.theme, slides));
  const zip = await JSZip.loadAsync(pptx);
  chartXml = (await zip.file('ppt/charts/chart1.xml')?.async('string')) ?? '';
});

describe('rendered scoring slides', () => {
  it('pass the package checks', async () => {
    expect(await checkPackage(pptx)).toEqual([]);
  });

  it('hold a native bubble chart with 40 points, X values first, sizes last', () => {
    expect(chartXml).toContain('<c:bubbleChart>');
    expect(chartXml.match(/<c:ser>/g)).toHaveLength(1);
    for (const part of ['xVal', 'yVal', 'bubbleSize']) {
      const block = new RegExp(`<c:${part}>[\\s\\S]*?<c:ptCount val="(\\d+)"/>`).exec(chartXml);
      expect(block?.[1]).toBe('40');
    }
  });

  it('fixes both axes to 1–10, crossing at 5.5, and the plot area to the layout', () => {
    expect(chartXml.match(/<c:max val="10"\/>/g)).toHaveLength(2);
    expect(chartXml.match(/<c:min val="1"\/>/g)).toHaveLength(2);
    expect(chartXml.match(/<c:crossesAt val="5.5"\/>/g)).toHaveLength(2);
    expect(chartXml).toMatch(/<c:manualLayout>\s*<c:layoutTarget val="inner" \/>/);
    expect(chartXml).toContain('<a:alpha val="55000"/>');
  });
});
