import { describe, expect, it } from 'vitest';
import { analyseAbc, DEFAULT_ABC_PARAMS } from '../../../src/slides/abc/analyse.js';
import { makeModel, seededRandom, singlePeriod } from '../../helpers/model.js';

const thresholds = DEFAULT_ABC_PARAMS;

function tiersOf(revenues: number[], t = thresholds) {
  const period = analyseAbc(singlePeriod(revenues), t).periods[0];
  return revenues.map((_, index) => period?.tiers[`A${index + 1}`]);
}

describe('analyseAbc tiers', () => {
  it('50/20/15/10/5: the account crossing 80% is A, the one crossing 95% is B', () => {
    // cumulative before: 0, .50, .70, .85, .95 → A, A, A (.70<.80), B (.85<.95), C (.95 not < .95)
    expect(tiersOf([50, 20, 15, 10, 5])).toEqual(['A', 'A', 'A', 'B', 'C']);
  });

  it('uses configurable thresholds (70/90)', () => {
    // before: 0, .50, .70, .85, .95 → A, A, B (.70 not < .70), B (.85<.90), C
    expect(tiersOf([50, 20, 15, 10, 5], { a: 0.7, b: 0.9 })).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('quantity vs value per tier', () => {
    const period = analyseAbc(singlePeriod([50, 20, 15, 10, 5]), thresholds).periods[0];
    expect(period?.summary).toEqual([
      { tier: 'A', accounts: 3, accountShare: 0.6, revenue: 85, revenueShare: 0.85 },
      { tier: 'B', accounts: 1, accountShare: 0.2, revenue: 10, revenueShare: 0.1 },
      { tier: 'C', accounts: 1, accountShare: 0.2, revenue: 5, revenueShare: 0.05 },
    ]);
  });

  it('a single account is A; all-zero revenue puts everyone in C', () => {
    expect(tiersOf([42])).toEqual(['A']);
    expect(tiersOf([0, 0, 0])).toEqual(['C', 'C', 'C']);
  });

  it('one account holding 100% is A and zero-revenue accounts are C', () => {
    expect(tiersOf([0, 900, 0])).toEqual(['C', 'A', 'C']);
  });

  it('ties at a boundary are split by name, deterministically', () => {
    // 40, 40, 10, 10: before .40 → A,A? second: before .40 <.8 → A; third: before .80 → B; fourth: before .90 → B
    expect(tiersOf([40, 40, 10, 10])).toEqual(['A', 'A', 'B', 'B']);
  });

  it('tiers partition the accounts and shares sum to 1 for 10,000 random accounts', () => {
    const random = seededRandom(11);
    const revenues = Array.from({ length: 10_000 }, () => Math.round(random() ** 3 * 500_000));
    const summary = analyseAbc(singlePeriod(revenues), thresholds).periods[0]?.summary ?? [];
    expect(summary.reduce((sum, tier) => sum + tier.accounts, 0)).toBe(10_000);
    expect(summary.reduce((sum, tier) => sum + tier.revenueShare, 0)).toBeCloseTo(1, 9);
    expect(summary[0]?.revenueShare).toBeGreaterThanOrEqual(0.8);
    expect(
      (summary[0]?.revenueShare ?? 0) + (summary[1]?.revenueShare ?? 0),
    ).toBeGreaterThanOrEqual(0.95);
  });
});

describe('analyseAbc over several periods', () => {
  const model = makeModel(
    ['FY2024', 'FY2025', 'FY2026'],
    [
      { id: 'K1', name: 'Kappa', revenue: [60, 50, 10] },
      { id: 'K2', name: 'Lambda', revenue: [20, 30, 60] },
      { id: 'K3', name: 'Mu', revenue: [15, 15, 15] },
      { id: 'K4', name: 'Nu', revenue: [5, 5, 5] },
      { id: 'K5', name: 'Xi', revenue: [0, 0, 10] },
    ],
  );
  const result = analyseAbc(model, thresholds);

  it('computes one tiering per period, any number of periods', () => {
    expect(result.periods.map((period) => period.period)).toEqual(['FY2024', 'FY2025', 'FY2026']);
    // FY2024 total 100: Kappa 60 (A), Lambda 20 (before .60 → A), Mu 15 (before .80 → B), Nu 5 (before .95 → C), Xi 0 → C
    expect(result.periods[0]?.tiers).toEqual({ K1: 'A', K2: 'A', K3: 'B', K4: 'C', K5: 'C' });
    // FY2026 total 100: Lambda 60 A, Mu 15 (before .60) A, Kappa 10 (before .75) A, Xi 10 (before .85, tie by name after Kappa) B, Nu 5 (before .95) C
    expect(result.periods[2]?.tiers).toEqual({ K1: 'A', K2: 'A', K3: 'A', K4: 'C', K5: 'B' });
  });

  it('lists moves between the first and the last period', () => {
    expect(result.migration?.from).toBe('FY2024');
    expect(result.migration?.to).toBe('FY2026');
    expect(result.migration?.upgrades.map((move) => [move.id, move.from, move.to])).toEqual([
      ['K3', 'B', 'A'],
      ['K5', 'C', 'B'],
    ]);
    expect(result.migration?.downgrades).toEqual([]);
    expect(result.migration?.matrix).toEqual({
      A: { A: 2, B: 0, C: 0 },
      B: { A: 1, B: 0, C: 0 },
      C: { A: 0, B: 1, C: 1 },
    });
  });

  it('has no migration with a single period', () => {
    expect(analyseAbc(singlePeriod([1, 2]), thresholds).migration).toBeUndefined();
  });
});
