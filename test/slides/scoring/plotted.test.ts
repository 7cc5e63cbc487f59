import { describe, expect, it } from 'vitest';
import type { ChartElement, SlideSpec, TextElement } from '../../../src/compose/spec.js';
import type { KamModel } from '../../../src/model/model.js';
import {
  analyseScoring,
  DEFAULT_SCORING_PARAMS,
  type ScoringParams,
} from '../../../src/slides/scoring/analyse.js';
import { composeScoring } from '../../../src/slides/scoring/compose.js';
import { scoringSlide } from '../../../src/slides/scoring/index.js';
import { plottedAccounts } from '../../../src/slides/scoring/plotted.js';
import { composeContext } from '../../helpers/compose.js';
import { EVEN_CRITERIA, manyScoredAccounts, scoringModel } from './fixtures.js';

async function portfolioOf(model: KamModel, params: Partial<ScoringParams> = {}) {
  const result = analyseScoring(model, { ...DEFAULT_SCORING_PARAMS, ...params });
  const slides = composeScoring(result, await composeContext(model.deck));
  return { result, portfolio: slides[0] };
}

function plottedNames(slide: SlideSpec | undefined): string[] {
  const chart = slide?.elements.find(
    (element): element is ChartElement => element.type === 'chart',
  );
  return chart?.chart.layers[0]?.series[0]?.labels ?? [];
}

function panelText(slide: SlideSpec | undefined): string {
  return (slide?.elements ?? [])
    .filter((element): element is TextElement => element.type === 'text')
    .map((element) =>
      typeof element.text === 'string'
        ? element.text
        : element.text.map((run) => run.text).join(''),
    )
    .join('\n');
}

describe('the portfolio chart at many accounts', () => {
  it('draws every account up to maxBubbles, and says nothing about sampling', async () => {
    const { result, portfolio } = await portfolioOf(manyScoredAccounts(40));
    expect(plottedNames(portfolio)).toEqual(result.accounts.map((account) => account.name));
    expect(panelText(portfolio)).not.toContain('largest of');
    expect(portfolio?.notes).not.toContain('To stay readable');
  });

  it('beyond maxBubbles draws the largest by revenue and the numbered top accounts', async () => {
    const { result, portfolio } = await portfolioOf(manyScoredAccounts(300), { maxBubbles: 20 });
    const byRevenue = [...result.accounts].sort((a, b) => b.revenue - a.revenue).slice(0, 20);
    const numbered = result.accounts.slice(0, DEFAULT_SCORING_PARAMS.labelTopN);
    const expected = result.accounts.filter(
      (account) => byRevenue.includes(account) || numbered.includes(account),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(plottedNames(portfolio)).toEqual(expected.map((account) => account.name));
    expect(panelText(portfolio)).toContain(
      'Bubbles: the 20 largest of 300 accounts by revenue and the numbered top 10; quadrant counts include all accounts',
    );
    expect(portfolio?.notes).toContain('the chart draws only the 20 largest of the 300 scored');
    // Quadrant counts still cover every scored account.
    expect(result.quadrants.reduce((sum, quadrant) => sum + quadrant.count, 0)).toBe(300);
  });

  it('without revenue draws the top accounts by combined score', async () => {
    const lines = Array.from({ length: 30 }, (_, index) => ({
      id: `Z${index + 1}`,
      scores: [1 + (index % 10), 1 + ((index * 3) % 10), 5, 6],
    }));
    const model = scoringModel(EVEN_CRITERIA, lines);
    const { result, portfolio } = await portfolioOf(model, { maxBubbles: 12 });
    expect(result.equalBubbles).toBe(true);
    expect(plotted(result)).toEqual(result.accounts.slice(0, 12));
    expect(panelText(portfolio)).toContain('Markers: the top 12 of 30 accounts by combined score');
  });

  it('is an option of the scoring slide, 250 by default', () => {
    expect(scoringSlide.params.parse({})).toMatchObject({ maxBubbles: 250 });
    expect(scoringSlide.params.parse({ maxBubbles: 40 })).toMatchObject({ maxBubbles: 40 });
    expect(() => scoringSlide.params.parse({ maxBubbles: 0 })).toThrow();
    expect(() => scoringSlide.params.parse({ maxBubbles: 2.5 })).toThrow();
  });
});

const plotted = (result: ReturnType<typeof analyseScoring>) => plottedAccounts(result).accounts;
