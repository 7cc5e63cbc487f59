import { describe, expect, it } from 'vitest';
import { SLIDE, xyPlotArea } from '../../../src/compose/layout.js';
import type {
  ChartElement,
  SlideSpec,
  TableElement,
  TextElement,
} from '../../../src/compose/spec.js';
import type { KamModel } from '../../../src/model/model.js';
import {
  analyseScoring,
  DEFAULT_SCORING_PARAMS,
  type ScoringParams,
} from '../../../src/slides/scoring/analyse.js';
import { composeScoring } from '../../../src/slides/scoring/compose.js';
import { plottedAccounts } from '../../../src/slides/scoring/plotted.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
} from '../../helpers/compose.js';
import {
  EVEN_CRITERIA,
  manyScoredAccounts,
  scoringModel,
  WORKED_CRITERIA,
  type CriterionLine,
} from './fixtures.js';

async function compose(model: KamModel, params: Partial<ScoringParams> = {}) {
  const result = analyseScoring(model, { ...DEFAULT_SCORING_PARAMS, ...params });
  return { result, slides: composeScoring(result, await composeContext(model.deck)) };
}

function chartOf(slide: SlideSpec | undefined): ChartElement {
  const chart = slide?.elements.find((element) => element.type === 'chart');
  if (chart?.type !== 'chart') throw new Error('no chart on the slide');
  return chart;
}

const tablesOf = (slide: SlideSpec | undefined): TableElement[] =>
  (slide?.elements ?? []).filter((e): e is TableElement => e.type === 'table');

const textsOf = (slide: SlideSpec | undefined): TextElement[] =>
  (slide?.elements ?? []).filter((e): e is TextElement => e.type === 'text');

const plainText = (element: TextElement): string =>
  typeof element.text === 'string' ? element.text : element.text.map((run) => run.text).join('');

/** Line shapes have no width or no height, which the area check would flag; the rest must fit. */
const withoutLines = (slide: SlideSpec): SlideSpec => ({
  ...slide,
  elements: slide.elements.filter((e) => e.type !== 'shape' || e.shape !== 'line'),
});

const single = () =>
  scoringModel(EVEN_CRITERIA, [{ id: 'S1', revenue: 1000, scores: [7, 8, 6, 9] }]);

describe.each([
  ['one account', single, 3],
  // 40 accounts: portfolio, priority list, two table slides (16 accounts, 8 per slide)
  ['40 accounts', () => manyScoredAccounts(40), 4],
  ['300 accounts', () => manyScoredAccounts(300), 4],
])('scoring slides with %s', (_, model, count) => {
  it(`makes ${count} slides, every element inside the 13.333 × 7.5 in slide`, async () => {
    const { slides } = await compose(model());
    expect(slides).toHaveLength(count);
    for (const slide of slides) expect(elementsOutsideSlide(slide)).toEqual([]);
  });

  it('has no overlapping text boxes or tables, and no text overflowing its box', async () => {
    const { slides } = await compose(model());
    for (const slide of slides) {
      expect(overlappingPairs(slide, ['text', 'table'])).toEqual([]);
      expect(overflowingTexts(slide)).toEqual([]);
    }
  });

  it('plots one bubble per drawn account on fixed 1–10 axes crossing at 5.5', async () => {
    const { slides, result } = await compose(model());
    const { chart, box } = chartOf(slides[0]);
    const [layer] = chart.layers;
    // Every account up to maxBubbles (250); beyond, the largest and the numbered ones.
    const drawn = plottedAccounts(result).accounts;
    const { labelTopN, maxBubbles } = DEFAULT_SCORING_PARAMS;
    if (result.accounts.length <= maxBubbles) expect(drawn).toEqual(result.accounts);
    expect(drawn.length).toBeLessThanOrEqual(maxBubbles + labelTopN);
    expect(drawn.slice(0, labelTopN)).toEqual(result.accounts.slice(0, labelTopN));
    expect(chart.layers).toHaveLength(1);
    expect(layer?.type).toBe('bubble');
    expect(layer?.xValues).toEqual(drawn.map((a) => a.growth));
    expect(layer?.series[0]?.values).toEqual(drawn.map((a) => a.harmony));
    expect(layer?.series[0]?.sizes?.every((size) => size > 0)).toBe(true);
    expect(chart.xAxis).toMatchObject({ min: 1, max: 10, crossesAt: 5.5 });
    expect(chart.valueAxis).toMatchObject({ min: 1, max: 10, crossesAt: 5.5 });
    expect(chart.plotArea).toEqual(xyPlotArea(box));
  });

  it('numbers the top accounts inside the plot area, with the ranks the panel lists', async () => {
    const { slides, result } = await compose(model());
    const plot = chartOf(slides[0]).chart.plotArea;
    if (plot === undefined) throw new Error('no plot area');
    const labels = textsOf(slides[0]).filter((t) => /^\d+$/.test(plainText(t)));
    const expected = result.accounts.slice(0, 10).map((a) => String(a.rank));
    expect(labels.map(plainText)).toEqual(expected);
    for (const { box } of labels) {
      expect(box.xIn).toBeGreaterThanOrEqual(plot.xIn);
      expect(box.yIn).toBeGreaterThanOrEqual(plot.yIn);
      expect(box.xIn + box.wIn).toBeLessThanOrEqual(plot.xIn + plot.wIn);
      expect(box.yIn + box.hIn).toBeLessThanOrEqual(plot.yIn + plot.hIn);
    }
    const panel = tablesOf(slides[0])[0];
    expect(panel?.rows.slice(1).map((row) => row[0]?.text)).toEqual(expected);
  });
});

describe('scoring slides: the detail', () => {
  it('puts the sample-sized portfolio on four slides with a continued table slide', async () => {
    const { slides } = await compose(manyScoredAccounts(40));
    expect(slides.map((s) => s.title)).toEqual([
      'Account portfolio: growth vs harmony',
      'Account priorities by combined score',
      'Weighted scores',
      'Weighted scores (continued)',
    ]);
  });

  it('shows the top 15 in the priority list and says how many more are in the notes', async () => {
    const { slides, result } = await compose(manyScoredAccounts(40));
    const [list] = tablesOf(slides[1]);
    expect(list?.rows).toHaveLength(16);
    expect(list?.rows[1]?.[1]?.text).toBe(result.accounts[0]?.name);
    expect(textsOf(slides[1]).map(plainText)).toContain('+ 25 more accounts, ranked in the notes');
    expect(slides[1]?.notes).toContain(`40. ${result.accounts[39]?.name}`);
  });

  it('paginates 200 accounts into 25 table slides of at most 8 accounts', async () => {
    const { slides } = await compose(manyScoredAccounts(300), { tableAccounts: 200 });
    const tableSlides = slides.slice(2);
    expect(tableSlides).toHaveLength(25);
    for (const slide of tableSlides) {
      const [growth, harmony] = tablesOf(slide);
      // criterion, weight, then one column per account
      expect(growth?.columnWidthsIn.length).toBeLessThanOrEqual(10);
      expect(growth?.rows.map((row) => row[0]?.text)).toEqual([
        'Growth criteria',
        'G1',
        'G2',
        'Weighted growth score',
      ]);
      expect(harmony?.rows.at(-1)?.[0]?.text).toBe('Weighted harmony score');
    }
    const headline = textsOf(tableSlides.at(-1))[1];
    expect(headline && plainText(headline)).toMatch(/^Accounts ranked 193–200 of 300/);
  });

  it('shows each account’s scores, the weights and the weighted score (worked check)', async () => {
    const model = scoringModel(WORKED_CRITERIA, [
      { id: 'K1', name: 'Worked Example', revenue: 5, scores: [8, 3, 2, 1, 6] },
    ]);
    const { slides } = await compose(model);
    const [growth] = tablesOf(slides[2]);
    expect(growth?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Growth criteria', 'Weight', 'Worked\nExample'],
      ['Revenue potential', '15%', '8'],
      ['Cost to serve', '35%', '3'],
      ['Demand stability', '20%', '2'],
      ['Access to new markets', '30%', '1'],
      ['Weighted growth score', '100%', '3.0'],
    ]);
    expect(slides[2]?.notes).toContain('- growth: 15% × 8 + 35% × 3 + 20% × 2 + 30% × 1 = 2.95');
  });

  it('gives each dimension its own slides when the criteria do not fit together, cutting the rest', async () => {
    const criteria: CriterionLine[] = [
      ...Array.from({ length: 30 }, (_, i): CriterionLine => [`Growth ${i + 1}`, 'Growth', 1 / 30]),
      ...Array.from({ length: 12 }, (_, i): CriterionLine => [
        `Harmony ${i + 1}`,
        'Harmony',
        1 / 12,
      ]),
    ];
    const model = scoringModel(criteria, [{ id: 'A', scores: criteria.map(() => 5) }]);
    const { slides } = await compose(model);
    expect(slides.map((s) => s.title).slice(2)).toEqual([
      'Weighted scores: Growth',
      'Weighted scores: Harmony (continued)',
    ]);
    const growthRows = tablesOf(slides[2])[0]?.rows ?? [];
    expect(growthRows.at(-2)?.[0]?.text).toMatch(/^\+ \d+ more criteria \(in the notes\)$/);
    expect(tablesOf(slides[3])[0]?.rows).toHaveLength(14);
    for (const slide of slides) expect(elementsOutsideSlide(withoutLines(slide))).toEqual([]);
  });

  it('draws equal markers with drawn quadrant lines when there is no revenue, and says so', async () => {
    const model = scoringModel(EVEN_CRITERIA, [
      { id: 'A', scores: [7, 7, 7, 7] },
      { id: 'B', scores: [3, 3, 3, 3] },
    ]);
    const { slides } = await compose(model, { quadrant: 'median' });
    const { chart } = chartOf(slides[0]);
    // Equal bubbles would all take the largest size: a scatter of equal markers instead.
    expect(chart.layers[0]).toMatchObject({ type: 'scatter', xValues: [7, 3] });
    expect(chart.xAxis?.crossesAt).toBeUndefined();
    const plot = chart.plotArea;
    if (plot === undefined) throw new Error('no plot area');
    // median lines at 5 on both axes: 4/9 of the plot from its left and bottom edges
    const lines = (slides[0]?.elements ?? []).filter((e) => e.type === 'shape');
    const expected = [
      { xIn: plot.xIn + (4 / 9) * plot.wIn, yIn: plot.yIn, wIn: 0, hIn: plot.hIn },
      { xIn: plot.xIn, yIn: plot.yIn + (5 / 9) * plot.hIn, wIn: plot.wIn, hIn: 0 },
    ];
    expect(lines).toHaveLength(2);
    lines.forEach((line, index) => {
      for (const [key, value] of Object.entries(expected[index] ?? {}))
        expect(line.box[key as keyof typeof line.box]).toBeCloseTo(value, 9);
    });
    expect(textsOf(slides[0]).map(plainText).join(' ')).toContain(
      'All accounts drawn alike: no revenue recorded for FY2026',
    );
    // no revenue column in the priority list
    expect(tablesOf(slides[1])[0]?.rows[0]?.map((c) => c.text)).not.toContain('Revenue FY2026');
  });

  it('marks partially scored accounts and explains the re-normalised weights', async () => {
    const model = scoringModel(WORKED_CRITERIA, [
      { id: 'P', name: 'Partial Co', revenue: 10, scores: [8, null, 2, 1, 6] },
    ]);
    const { slides } = await compose(model);
    expect(tablesOf(slides[1])[0]?.rows[1]?.[1]?.text).toBe('Partial Co *');
    expect(slides[0]?.notes).toContain('- Partial Co: no score for Cost to serve');
    expect(slides[0]?.notes).toContain('re-normalised within their dimension');
    // (0.15 × 8 + 0.2 × 2 + 0.3 × 1) / 0.65: weights 23.1%, 30.8%, 46.2%
    expect(slides[2]?.notes).toContain('- growth: 23.1% × 8 + 30.8% × 2 + 46.2% × 1 = 2.92');
  });

  it('keeps a readable minimum size: no slide text below 8 pt', async () => {
    const { slides } = await compose(manyScoredAccounts(300));
    for (const slide of slides) {
      for (const element of slide.elements) {
        if (element.type === 'text') expect(element.style.sizePt).toBeGreaterThanOrEqual(8);
        if (element.type === 'table') expect(element.style.sizePt).toBeGreaterThanOrEqual(8);
      }
    }
    expect(SLIDE.wIn).toBeCloseTo(13.333, 3);
  });

  it('composes nothing for a model without scored accounts', async () => {
    const { slides } = await compose(scoringModel(EVEN_CRITERIA, []));
    expect(slides).toEqual([]);
  });
});
