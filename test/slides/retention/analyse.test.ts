import { describe, expect, it } from 'vitest';
import {
  analyseRetention,
  windowProblem,
  type RetentionResult,
} from '../../../src/slides/retention/analyse.js';
import { bridgeEnd, type Bridge } from '../../../src/slides/retention/bridge.js';
import { seededRandom } from '../../helpers/model.js';
import { mrrModel, randomMrrModel } from './fixtures.js';

const QUARTERS = ['Q4 2025', 'Q1 2026', 'Q2 2026'];

/** |a − b| within 1e-6 of the larger magnitude (money sums are floats). */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

function expectReconciles(bridge: Bridge): void {
  expectClose(
    bridge.start + bridge.new + bridge.expansion - bridge.contraction - bridge.churn,
    bridge.end,
  );
}

describe('analyseRetention: window against per-period movements', () => {
  // X is new and churns inside the window; Y goes up and back down; Z churns and comes back lower;
  // W is steady; V expands twice.
  const model = mrrModel(QUARTERS, [
    { id: 'X', name: 'Xenon', mrr: [0, 50, 0] },
    { id: 'Y', name: 'Yarrow', mrr: [100, 150, 100] },
    { id: 'Z', name: 'Zephyr', mrr: [50, 0, 40] },
    { id: 'W', name: 'Willow', mrr: [200, 200, 200] },
    { id: 'V', name: 'Verbena', mrr: [10, 20, 40] },
  ]);
  const result = analyseRetention(model, {});

  it('compares only the window ends: X counts as neither, Y is flat, Z contracted by 10', () => {
    // start 0+100+50+200+10 = 360; end 0+100+40+200+40 = 380; expansion V +30, contraction Z −10
    expect(result.window).toMatchObject({
      from: 'Q4 2025',
      to: 'Q2 2026',
      start: 360,
      new: 0,
      expansion: 30,
      contraction: 10,
      churn: 0,
      end: 380,
    });
    expect(result.movements.map((movement) => [movement.id, movement.kind])).toEqual([
      ['Y', 'flat'],
      ['Z', 'contraction'],
      ['W', 'flat'],
      ['V', 'expansion'],
    ]);
    // GRR = (360 − 10) / 360, NRR = (350 + 30) / 360, logo = (4 − 0) / 4
    expect(result.window.grr).toBeCloseTo(350 / 360, 12);
    expect(result.window.nrr).toBeCloseTo(380 / 360, 12);
    expect(result.window.logoRetention).toBe(1);
  });

  it('shows the path in the trend: one bridge per consecutive pair', () => {
    const [first, second] = result.trend;
    // Q4 → Q1: X new 50, Y +50, V +10, Z churns 50 → 360 + 50 + 60 − 0 − 50 = 420
    expect(first).toMatchObject({
      from: 'Q4 2025',
      to: 'Q1 2026',
      start: 360,
      new: 50,
      expansion: 60,
      contraction: 0,
      churn: 50,
      end: 420,
    });
    // Q1 → Q2: Z back (new 40), V +20, Y −50, X churns 50 → 420 + 40 + 20 − 50 − 50 = 380
    expect(second).toMatchObject({
      from: 'Q1 2026',
      to: 'Q2 2026',
      start: 420,
      new: 40,
      expansion: 20,
      contraction: 50,
      churn: 50,
      end: 380,
    });
    // logo Q4 → Q1: paying at start Y,Z,W,V (4); at end X,Y,W,V (4), new X → (4 − 1) / 4
    expect(first?.logoRetention).toBe(0.75);
  });

  it('lists losses largest first and gains largest first', () => {
    expect(result.losses.map((movement) => movement.id)).toEqual(['Z']);
    expect(result.gains.map((movement) => movement.id)).toEqual(['V']);
  });
});

describe('analyseRetention: report window and params', () => {
  const model = mrrModel(
    ['Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026'],
    [
      { id: 'A', mrr: [100, 110, 120, 130] },
      { id: 'B', mrr: [100, 100, 0, 0] },
    ],
  );

  it.each([
    [{}, 'Oct 2025', 'Jan 2026', 3],
    [{ from: 'Nov 2025' }, 'Nov 2025', 'Jan 2026', 2],
    [{ to: 'Dec 2025' }, 'Oct 2025', 'Dec 2025', 2],
    [{ from: '2025-11', to: '2025-12' }, 'Nov 2025', 'Dec 2025', 1],
  ])('params %j give the window %s → %s with %d pair(s)', (params, from, to, pairs) => {
    const result = analyseRetention(model, params);
    expect([result.window.from, result.window.to, result.trend.length]).toEqual([from, to, pairs]);
    expect(result.periods[0]).toBe(from);
    expect(result.periods.at(-1)).toBe(to);
  });

  it.each([
    [
      { from: 'Feb 2026' },
      'period "Feb 2026" is not in the MRR sheet (periods: Oct 2025, Nov 2025, Dec 2025, Jan 2026)',
    ],
    [
      { to: 'FY2026' },
      'period "FY2026" is not in the MRR sheet (periods: Oct 2025, Nov 2025, Dec 2025, Jan 2026)',
    ],
    [
      { from: 'Dec 2025', to: 'Nov 2025' },
      'the window must run forward: "from" (Dec 2025) has to come before "to" (Nov 2025)',
    ],
    [
      { from: 'Dec 2025', to: 'Dec 2025' },
      'the window must run forward: "from" (Dec 2025) has to come before "to" (Dec 2025)',
    ],
  ])('rejects %j', (params, message) => {
    expect(windowProblem(model, params)).toBe(message);
    expect(() => analyseRetention(model, params)).toThrow(message);
  });

  it('a window of the last two months only sees the churn of B in Dec', () => {
    const result = analyseRetention(model, { from: 'Nov 2025', to: 'Dec 2025' });
    // 210 → 120: A +10, B churns 100 → GRR = (210 − 100) / 210, NRR = 120 / 210
    expect(result.window).toMatchObject({ start: 210, expansion: 10, churn: 100, end: 120 });
    expect(result.window.grr).toBeCloseTo(110 / 210, 12);
    expect(result.window.nrr).toBeCloseTo(120 / 210, 12);
    expect(result.window.logoRetention).toBe(0.5);
  });
});

describe('analyseRetention: ordering and edge cases', () => {
  it('breaks ties in losses by name, then id', () => {
    const model = mrrModel(
      ['Q1 2026', 'Q2 2026'],
      [
        { id: 'K3', name: 'Beta', mrr: [100, 50] },
        { id: 'K2', name: 'Alpha', mrr: [70, 20] },
        { id: 'K1', name: 'Beta', mrr: [50, 0] },
        { id: 'K4', name: 'Gamma', mrr: [90, 10] },
      ],
    );
    // losses: Gamma 80, then Alpha/Beta/Beta at 50 → Alpha, Beta K1, Beta K3
    expect(analyseRetention(model, {}).losses.map((movement) => movement.id)).toEqual([
      'K4',
      'K2',
      'K1',
      'K3',
    ]);
  });

  it('a single account that stays flat retains 100% on every measure', () => {
    const result = analyseRetention(
      mrrModel(['Q1 2026', 'Q2 2026'], [{ id: 'A', mrr: [10, 10] }]),
      {},
    );
    expect([result.window.grr, result.window.nrr, result.window.logoRetention]).toEqual([1, 1, 1]);
    expect(result.losses).toEqual([]);
  });

  it('no paying account at the window start: ratios undefined, the bridge still reconciles', () => {
    const result = analyseRetention(
      mrrModel(['Q1 2026', 'Q2 2026'], [{ id: 'A', mrr: [0, 10] }]),
      {},
    );
    expect(result.window).toMatchObject({
      start: 0,
      new: 10,
      end: 10,
      grr: undefined,
      nrr: undefined,
      logoRetention: undefined,
    });
  });

  it('accounts missing from the MRR values count as 0', () => {
    const model = mrrModel(['Q1 2026', 'Q2 2026'], [{ id: 'A', mrr: [10, 10] }]);
    model.accounts.push({ id: 'B', name: 'No row' });
    expect(analyseRetention(model, {}).window.counts.start).toBe(1);
  });
});

function checkProperties(result: RetentionResult): void {
  for (const bridge of [result.window, ...result.trend]) {
    expectReconciles(bridge);
    expectClose(bridgeEnd(bridge), bridge.end);
    if (bridge.grr !== undefined) expect(bridge.grr).toBeLessThanOrEqual(1);
    if (bridge.grr !== undefined && bridge.nrr !== undefined)
      expect(bridge.nrr).toBeGreaterThanOrEqual(bridge.grr);
    for (const value of [bridge.new, bridge.expansion, bridge.contraction, bridge.churn])
      expect(value).toBeGreaterThanOrEqual(0);
  }
  // The pairs chain: each pair ends where the next starts, and they span the window.
  result.trend.forEach((pair, index) => {
    const next = result.trend[index + 1];
    if (next !== undefined) expect(next.start).toBe(pair.end);
  });
  expect(result.trend[0]?.start).toBe(result.window.start);
  expect(result.trend.at(-1)?.end).toBe(result.window.end);
}

describe('analyseRetention properties on random data', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %d: every bridge reconciles within 1e-6, GRR at most 1',
    (seed) => {
      const random = seededRandom(seed * 97);
      const model = randomMrrModel(
        seed,
        1 + Math.floor(random() * 400),
        2 + Math.floor(random() * 30),
      );
      checkProperties(analyseRetention(model, {}));
    },
  );

  it('10,000 accounts over 36 months still reconcile', () => {
    const result = analyseRetention(randomMrrModel(42, 10_000, 36), {});
    checkProperties(result);
    expect(result.trend).toHaveLength(35);
    const classified = result.movements.length;
    const counts = result.window.counts;
    expect(counts.new + counts.expansion + counts.contraction + counts.churn + counts.flat).toBe(
      classified,
    );
  });
});
