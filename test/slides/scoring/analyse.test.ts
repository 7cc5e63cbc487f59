import { describe, expect, it } from 'vitest';
import {
  analyseScoring,
  DEFAULT_SCORING_PARAMS,
  type ScoringParams,
} from '../../../src/slides/scoring/analyse.js';
import { scoringSlide } from '../../../src/slides/scoring/index.js';
import { quadrantLines, quadrantOf } from '../../../src/slides/scoring/portfolio.js';
import type { ScoringData } from '../../../src/model/scoring.js';
import { makeModel } from '../../helpers/model.js';
import { combinedScore, median, weightedScore } from '../../../src/slides/scoring/weighting.js';
import {
  EVEN_CRITERIA,
  manyScoredAccounts,
  scoringModel,
  WORKED_CRITERIA,
  type ScoredLine,
} from './fixtures.js';

const params: ScoringParams = DEFAULT_SCORING_PARAMS;
const NO_DATA: ScoringData = { criteriaSheet: '', scoresSheet: '', criteria: [], accounts: [] };

describe('weightedScore', () => {
  it('reproduces the worked check of the method doc: 15/35/20/30 % × 8/3/2/1 = 2.95', () => {
    // 0.15 × 8 + 0.35 × 3 + 0.20 × 2 + 0.30 × 1 = 1.2 + 1.05 + 0.4 + 0.3 = 2.95
    expect(weightedScore([0.15, 0.35, 0.2, 0.3], [8, 3, 2, 1])).toBeCloseTo(2.95, 12);
  });

  it.each([
    ['all tens', [0.15, 0.35, 0.2, 0.3], [10, 10, 10, 10], 10],
    ['all ones', [0.15, 0.35, 0.2, 0.3], [1, 1, 1, 1], 1],
    // 0.5 × 4 + 0.5 × 8 = 6
    ['two halves', [0.5, 0.5], [4, 8], 6],
    // one criterion: its score
    ['single criterion', [1], [7], 7],
    // 0.25 × 10 + 0.75 × 2 = 2.5 + 1.5 = 4
    ['uneven weights', [0.25, 0.75], [10, 2], 4],
    // weights total 99.8%: (0.499 × 4 + 0.499 × 8) / 0.998 = 5.988 / 0.998 = 6
    ['normalised 99.8% total', [0.499, 0.499], [4, 8], 6],
    // partial: Cost to serve missing → (1.2 + 0.4 + 0.3) / (0.15 + 0.2 + 0.3) = 1.9 / 0.65
    [
      're-normalised over the criteria present',
      [0.15, 0.35, 0.2, 0.3],
      [8, null, 2, 1],
      1.9 / 0.65,
    ],
  ])('%s', (_, weights, scores, expected) => {
    expect(weightedScore(weights, scores)).toBeCloseTo(expected, 12);
  });

  it('is undefined when no criterion has a score', () => {
    expect(weightedScore([0.5, 0.5], [null, null])).toBeUndefined();
    expect(weightedScore([], [])).toBeUndefined();
  });
});

describe('quadrants and medians', () => {
  it.each([
    [5.5, 5.5, 'invest'],
    [9, 9, 'invest'],
    [5.49, 5.5, 'maintain'],
    [5.5, 5.49, 'develop'],
    [8, 2, 'develop'],
    [2, 8, 'maintain'],
    [1, 1, 'selective'],
  ] as const)('growth %d, harmony %d at lines 5.5 → %s (a score on a line is high)', (g, h, q) => {
    expect(quadrantOf(g, h, { growth: 5.5, harmony: 5.5 })).toBe(q);
  });

  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[], 0],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('places the median lines at the medians of each dimension', () => {
    const accounts = [
      { growth: 2, harmony: 9 },
      { growth: 8, harmony: 3 },
      { growth: 5, harmony: 6 },
    ];
    expect(quadrantLines(accounts, 'median')).toEqual({ mode: 'median', growth: 5, harmony: 6 });
    expect(quadrantLines(accounts, 'fixed')).toEqual({ mode: 'fixed', growth: 5.5, harmony: 5.5 });
  });

  it('combines growth and harmony with the growth weight', () => {
    expect(combinedScore(6, 4, 0.5)).toBe(5);
    // 0.75 × 6 + 0.25 × 4 = 4.5 + 1 = 5.5
    expect(combinedScore(6, 4, 0.75)).toBe(5.5);
    expect(combinedScore(6, 4, 1)).toBe(6);
  });
});

describe('analyseScoring', () => {
  it('scores the worked example end to end', () => {
    const model = scoringModel(WORKED_CRITERIA, [{ id: 'K1', scores: [8, 3, 2, 1, 6] }]);
    const [account] = analyseScoring(model, params).accounts;
    expect(account?.growth).toBeCloseTo(2.95, 12);
    expect(account?.harmony).toBe(6);
    // (2.95 + 6) / 2 = 4.475
    expect(account?.combined).toBeCloseTo(4.475, 12);
    // growth 2.95 < 5.5 ≤ harmony 6
    expect(account?.quadrant).toBe('maintain');
  });

  it('orders growth criteria first with weights normalised per dimension', () => {
    const model = scoringModel(
      [
        ['Fit', 'Harmony', 0.6],
        ['Potential', 'Growth', 0.499],
        ['Culture', 'Harmony', 0.4],
        ['Stability', 'Growth', 0.499],
      ],
      [{ id: 'K1', scores: [9, 4, 7, 8] }],
    );
    const result = analyseScoring(model, params);
    expect(result.criteria.map((c) => c.name)).toEqual([
      'Potential',
      'Stability',
      'Fit',
      'Culture',
    ]);
    expect(result.criteria[0]?.weight).toBeCloseTo(0.5, 12);
    expect(result.normalisedDimensions).toEqual(['Growth']);
    // scores follow the same order: Potential 4, Stability 8, Fit 9, Culture 7
    expect(result.accounts[0]?.scores).toEqual([4, 8, 9, 7]);
    // growth (4 + 8) / 2 = 6; harmony 0.6 × 9 + 0.4 × 7 = 5.4 + 2.8 = 8.2
    expect(result.accounts[0]?.growth).toBeCloseTo(6, 12);
    expect(result.accounts[0]?.harmony).toBeCloseTo(8.2, 12);
  });

  it('ranks by combined score, ties by name then id, whatever the input order', () => {
    const lines: ScoredLine[] = [
      { id: 'X3', name: 'Zeta', scores: [6, 6, 4, 4] }, // 6, 4 → 5
      { id: 'X1', name: 'Alpha', scores: [4, 4, 6, 6] }, // 4, 6 → 5
      { id: 'X2', name: 'Mid', scores: [9, 9, 9, 9] }, // 9
      { id: 'X0', name: 'Alpha', scores: [5, 5, 5, 5] }, // 5, same name as X1: id decides
    ];
    const ranked = analyseScoring(scoringModel(EVEN_CRITERIA, lines), params).accounts;
    expect(ranked.map((a) => a.id)).toEqual(['X2', 'X0', 'X1', 'X3']);
    expect(ranked.map((a) => a.rank)).toEqual([1, 2, 3, 4]);
    const reversed = analyseScoring(scoringModel(EVEN_CRITERIA, [...lines].reverse()), params);
    expect(reversed.accounts.map((a) => a.id)).toEqual(['X2', 'X0', 'X1', 'X3']);
  });

  it('lets growth weigh more in the combined score', () => {
    const lines: ScoredLine[] = [
      { id: 'G', name: 'Grower', scores: [8, 8, 3, 3] },
      { id: 'H', name: 'Harmonious', scores: [4, 4, 8, 8] },
    ];
    const model = scoringModel(EVEN_CRITERIA, lines);
    // 50/50: Grower 5.5, Harmonious 6; 80/20: Grower 0.8 × 8 + 0.2 × 3 = 7, Harmonious 4.8
    expect(analyseScoring(model, params).accounts[0]?.id).toBe('H');
    const weighted = analyseScoring(model, { ...params, growthWeight: 0.8 });
    expect(weighted.accounts.map((a) => [a.id, a.combined])).toEqual([
      ['G', expect.closeTo(7, 12)],
      ['H', expect.closeTo(4.8, 12)],
    ]);
  });

  it('scores partial accounts on the criteria they have and names the missing ones', () => {
    const model = scoringModel(WORKED_CRITERIA, [{ id: 'K1', scores: [8, null, 2, 1, 5] }]);
    const [account] = analyseScoring(model, params).accounts;
    expect(account?.growth).toBeCloseTo(1.9 / 0.65, 12);
    expect(account?.missing).toEqual(['Cost to serve']);
    expect(account?.scores[1]).toBeNull();
  });

  it('uses median lines when asked', () => {
    const lines: ScoredLine[] = [
      { id: 'A', scores: [2, 2, 3, 3] },
      { id: 'B', scores: [5, 5, 6, 6] },
      { id: 'C', scores: [8, 8, 9, 9] },
    ];
    const result = analyseScoring(scoringModel(EVEN_CRITERIA, lines), {
      ...params,
      quadrant: 'median',
    });
    expect(result.lines).toEqual({ mode: 'median', growth: 5, harmony: 6 });
    // B sits on both lines: high on both
    expect(result.accounts.map((a) => [a.id, a.quadrant])).toEqual([
      ['C', 'invest'],
      ['B', 'invest'],
      ['A', 'selective'],
    ]);
  });

  it('sums revenue per quadrant as shares of the scored revenue', () => {
    const lines: ScoredLine[] = [
      { id: 'A', revenue: 600, scores: [8, 8, 8, 8] }, // invest
      { id: 'B', revenue: 300, scores: [8, 8, 2, 2] }, // develop
      { id: 'C', revenue: 100, scores: [2, 2, 2, 2] }, // selective
    ];
    const result = analyseScoring(scoringModel(EVEN_CRITERIA, lines), params);
    expect(result.period).toBe('FY2026');
    expect(result.equalBubbles).toBe(false);
    expect(result.quadrants).toEqual([
      { quadrant: 'invest', count: 1, revenue: 600, revenueShare: 0.6 },
      { quadrant: 'develop', count: 1, revenue: 300, revenueShare: 0.3 },
      { quadrant: 'maintain', count: 0, revenue: 0, revenueShare: 0 },
      { quadrant: 'selective', count: 1, revenue: 100, revenueShare: 0.1 },
    ]);
  });

  it('asks for equal bubbles when no scored account has revenue', () => {
    const result = analyseScoring(
      scoringModel(EVEN_CRITERIA, [{ id: 'A', scores: [5, 5, 5, 5] }]),
      params,
    );
    expect(result.equalBubbles).toBe(true);
    expect(result.quadrants.every((q) => q.revenueShare === 0)).toBe(true);
  });

  it('lists accounts without scores and skips scores of accounts outside the model', () => {
    const model = scoringModel(
      EVEN_CRITERIA,
      [
        { id: 'A', scores: [5, 5, 5, 5] },
        { id: 'B', scores: [6, 6, 6, 6] },
      ],
      [{ id: 'C', name: 'Unscored Co' }],
    );
    // A batch deck keeps only some accounts; the Scores rows of the others remain in the model.
    const narrowed = { ...model, accounts: model.accounts.filter((a) => a.id !== 'B') };
    const result = analyseScoring(narrowed, params);
    expect(result.accounts.map((a) => a.id)).toEqual(['A']);
    expect(result.unscored).toEqual([{ id: 'C', name: 'Unscored Co' }]);
  });

  it('handles a model without scoring data as empty', () => {
    const { scoring: _, ...model } = scoringModel(EVEN_CRITERIA, []);
    const result = analyseScoring(model, params);
    expect(result.accounts).toEqual([]);
    expect(result.quadrants.map((q) => q.count)).toEqual([0, 0, 0, 0]);
  });

  it('keeps its invariants over 300 seeded accounts', () => {
    const result = analyseScoring(manyScoredAccounts(300), { ...params, growthWeight: 0.3 });
    expect(result.accounts.map((a) => a.rank)).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1),
    );
    for (const [index, account] of result.accounts.entries()) {
      for (const score of [account.growth, account.harmony]) {
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(10);
      }
      expect(account.combined).toBeCloseTo(0.3 * account.growth + 0.7 * account.harmony, 12);
      expect(account.quadrant).toBe(quadrantOf(account.growth, account.harmony, result.lines));
      const next = result.accounts[index + 1];
      if (next !== undefined) expect(account.combined).toBeGreaterThanOrEqual(next.combined);
    }
    expect(result.quadrants.reduce((sum, q) => sum + q.count, 0)).toBe(300);
    expect(result.quadrants.reduce((sum, q) => sum + q.revenueShare, 0)).toBeCloseTo(1, 12);
  });
});

describe('scoring slide options', () => {
  it('defaults to fixed lines, an even combined score and the latest period', () => {
    expect(scoringSlide.params.parse({})).toEqual({
      quadrant: 'fixed',
      growthWeight: 0.5,
      tableAccounts: 16,
      listTopN: 15,
      labelTopN: 10,
      maxBubbles: 250,
    });
    expect(() => scoringSlide.params.parse({ quadrant: 'mean' })).toThrow();
    expect(() => scoringSlide.params.parse({ growthWeight: 1.5 })).toThrow();
  });

  it('sizes bubbles by a chosen period, and refuses a period the Revenue sheet lacks', () => {
    const model = makeModel(['FY2025', 'FY2026'], [{ id: 'A', name: 'Alpha', revenue: [70, 90] }]);
    const { scoring } = scoringModel(EVEN_CRITERIA, [{ id: 'A', scores: [5, 5, 5, 5] }]);
    const scored = { ...model, scoring: scoring ?? NO_DATA };
    const fy2025 = scoringSlide.params.parse({ period: 'FY2025' });
    expect(scoringSlide.checkParams?.(scored, fy2025)).toBeUndefined();
    expect(analyseScoring(scored, { ...params, period: 'FY2025' }).accounts[0]?.revenue).toBe(70);
    expect(analyseScoring(scored, params).accounts[0]?.revenue).toBe(90);
    // --set scoring.period=2024 arrives as a number
    const missing = scoringSlide.params.parse({ period: 2024 });
    expect(scoringSlide.checkParams?.(scored, missing)).toBe(
      'period "2024" is not in the Revenue sheet (periods: FY2025, FY2026)',
    );
  });

  it('is skipped without scoring sheets or without a scored account of the model', () => {
    const { scoring: _, ...bare } = scoringModel(EVEN_CRITERIA, []);
    expect(scoringSlide.unavailable?.(bare, {})).toBe(
      'the workbook has no Scoring criteria and Scores sheets',
    );
    expect(scoringSlide.unavailable?.(scoringModel(EVEN_CRITERIA, []), {})).toBe(
      'no account has scores in the Scores sheet',
    );
  });
});
