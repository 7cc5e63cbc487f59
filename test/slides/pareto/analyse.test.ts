import { describe, expect, it } from 'vitest';
import { analysePareto, DEFAULT_PARETO_PARAMS } from '../../../src/slides/pareto/analyse.js';
import { makeModel, seededRandom, singlePeriod } from '../../helpers/model.js';

const params = DEFAULT_PARETO_PARAMS;

describe('analysePareto', () => {
  it('computes cumulative shares by hand: 50/20/15/10/5', () => {
    const result = analysePareto(singlePeriod([10, 50, 5, 20, 15]), params);
    expect(result.total).toBe(100);
    expect(result.rows.map((row) => row.value)).toEqual([50, 20, 15, 10, 5]);
    expect(result.rows.map((row) => row.cumulativeShare)).toEqual([0.5, 0.7, 0.85, 0.95, 1]);
    // 0.70 < 0.80 ≤ 0.85: three accounts reach the cut.
    expect(result.vitalFew).toEqual({ count: 3, accountShare: 0.6, revenueShare: 0.85 });
    expect(result.rows.map((row) => row.inVitalFew)).toEqual([true, true, true, false, false]);
  });

  it('stops exactly at the cut when an account lands on it (boundary is inclusive)', () => {
    const result = analysePareto(singlePeriod([60, 20, 10, 10]), params);
    expect(result.rows[1]?.cumulativeShare).toBeCloseTo(0.8, 12);
    expect(result.vitalFew.count).toBe(2);
  });

  it('uses a configurable cut', () => {
    const result = analysePareto(singlePeriod([50, 20, 15, 10, 5]), { ...params, cut: 0.7 });
    expect(result.vitalFew.count).toBe(2);
    expect(result.vitalFew.revenueShare).toBeCloseTo(0.7, 12);
  });

  it('orders ties by name, independent of input order', () => {
    const model = makeModel(
      ['2025'],
      [
        { id: 'X2', name: 'Zeta', revenue: [30] },
        { id: 'X1', name: 'Alpha', revenue: [30] },
        { id: 'X3', name: 'Mid', revenue: [40] },
      ],
    );
    expect(analysePareto(model, params).rows.map((row) => row.name)).toEqual([
      'Mid',
      'Alpha',
      'Zeta',
    ]);
  });

  it('handles a single account', () => {
    const result = analysePareto(singlePeriod([1234]), params);
    expect(result.vitalFew).toEqual({ count: 1, accountShare: 1, revenueShare: 1 });
    expect(result.bars).toHaveLength(1);
  });

  it('handles all-zero revenue: no vital few, shares 0', () => {
    const result = analysePareto(singlePeriod([0, 0, 0]), params);
    expect(result.total).toBe(0);
    expect(result.vitalFew).toEqual({ count: 0, accountShare: 0, revenueShare: 0 });
    expect(result.rows.every((row) => row.cumulativeShare === 0)).toBe(true);
  });

  it('one account holding 100%: the vital few is that account; zero accounts never join', () => {
    const result = analysePareto(singlePeriod([0, 500, 0, 0]), params);
    expect(result.vitalFew).toEqual({ count: 1, accountShare: 0.25, revenueShare: 1 });
    expect(result.accountCount).toBe(4);
  });

  it('zero-revenue accounts never join the vital few even with cut 100%', () => {
    const result = analysePareto(singlePeriod([70, 30, 0]), { ...params, cut: 1 });
    expect(result.vitalFew.count).toBe(2);
  });

  it('uses the latest period by default and a named one on request', () => {
    const model = makeModel(
      ['FY2025', 'FY2024'],
      [
        { id: 'A', revenue: [10, 90] },
        { id: 'B', revenue: [90, 10] },
      ],
    );
    // Periods are given in the model's (already sorted) order; the last one is the default.
    expect(analysePareto(model, params).period).toBe('FY2024');
    expect(analysePareto(model, { ...params, period: 'FY2025' }).rows[0]?.id).toBe('B');
  });

  it('groups the tail into one "Other" bar whose cumulative share stays exact', () => {
    const revenues = Array.from({ length: 30 }, (_, index) => 30 - index); // 30..1, total 465
    const result = analysePareto(singlePeriod(revenues), { ...params, topN: 25 });
    expect(result.bars).toHaveLength(26);
    const other = result.bars[25];
    expect(other?.label).toBe('Other (5 accounts)');
    expect(other?.value).toBe(5 + 4 + 3 + 2 + 1);
    expect(other?.cumulativeShare).toBe(1);
    expect(result.bars[24]?.cumulativeShare).toBeCloseTo((465 - 15) / 465, 12);
  });

  it('does not group a single leftover account', () => {
    const result = analysePareto(singlePeriod(Array.from({ length: 26 }, (_, i) => i + 1)), {
      ...params,
      topN: 25,
    });
    expect(result.bars).toHaveLength(26);
    expect(result.bars.every((bar) => bar.accounts === 1)).toBe(true);
  });

  it('scales to 10,000 accounts with consistent totals', () => {
    const random = seededRandom(7);
    const revenues = Array.from({ length: 10_000 }, () => Math.round(random() ** 4 * 1_000_000));
    const result = analysePareto(singlePeriod(revenues), params);
    const total = revenues.reduce((a, b) => a + b, 0);
    expect(result.total).toBe(total);
    expect(result.rows.at(-1)?.cumulativeShare).toBe(1);
    const sortedDesc = [...revenues].sort((a, b) => b - a);
    let running = 0;
    let count = 0;
    while (running / total < 0.8) running += sortedDesc[count++] ?? 0;
    expect(result.vitalFew.count).toBe(count);
    expect(result.bars).toHaveLength(26);
    expect(result.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(total);
  });
});
