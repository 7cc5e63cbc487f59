import { describe, expect, it } from 'vitest';
import {
  accountMovements,
  bridgeEnd,
  classifyMovement,
  computeBridge,
  type AccountMrr,
} from '../../../src/slides/retention/bridge.js';

const account = (id: string, start: number, end: number): AccountMrr => ({
  id,
  name: id,
  start,
  end,
});

describe('classifyMovement', () => {
  it.each([
    [0, 30, 'new'],
    [100, 120, 'expansion'],
    [200, 150, 'contraction'],
    [50, 0, 'churn'],
    [80, 80, 'flat'],
    [0, 0, undefined],
    [0.01, 0.02, 'expansion'],
    [0.02, 0.01, 'contraction'],
  ] as const)('%d → %d is %s', (start, end, kind) => {
    expect(classifyMovement(start, end)).toBe(kind);
  });
});

describe('computeBridge by hand', () => {
  // A expands 100 → 120 (+20), B contracts 200 → 150 (−50), C churns 50 → 0 (−50), D is new
  // 0 → 30 (+30), E is flat at 80, F never paid (in no bucket).
  const accounts = [
    account('A', 100, 120),
    account('B', 200, 150),
    account('C', 50, 0),
    account('D', 0, 30),
    account('E', 80, 80),
    account('F', 0, 0),
  ];
  const bridge = computeBridge('Q1 2026', 'Q2 2026', accounts);

  it('sums the movements: 430 + 30 + 20 − 50 − 50 = 380', () => {
    expect(bridge).toMatchObject({
      start: 430,
      new: 30,
      expansion: 20,
      contraction: 50,
      churn: 50,
      end: 380,
    });
    expect(bridgeEnd(bridge)).toBe(380);
  });

  it('counts accounts per movement; paying at start A,B,C,E (4), at end A,B,D,E (4)', () => {
    expect(bridge.counts).toEqual({
      start: 4,
      end: 4,
      new: 1,
      expansion: 1,
      contraction: 1,
      churn: 1,
      flat: 1,
    });
  });

  it('GRR = (430 − 50 − 50) / 430, NRR = (330 + 20) / 430, logo = (4 − 1) / 4', () => {
    expect(bridge.grr).toBeCloseTo(330 / 430, 12); // 76.74%
    expect(bridge.nrr).toBeCloseTo(350 / 430, 12); // 81.40%
    expect(bridge.logoRetention).toBe(0.75);
  });

  it('leaves the never-paying account out of the movements', () => {
    expect(accountMovements(accounts).map((movement) => movement.id)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
  });
});

describe('computeBridge edge cases', () => {
  it('has undefined ratios (not 0, not 100%) when nothing paid at the start', () => {
    const bridge = computeBridge('Jan 2026', 'Feb 2026', [account('A', 0, 10), account('B', 0, 0)]);
    expect(bridge).toMatchObject({ start: 0, new: 10, end: 10 });
    expect([bridge.grr, bridge.nrr, bridge.logoRetention]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('is empty for no accounts', () => {
    const bridge = computeBridge('Jan 2026', 'Feb 2026', []);
    expect(bridge).toMatchObject({ start: 0, end: 0, grr: undefined, nrr: undefined });
  });

  it('a single account that churns: GRR 0, NRR 0, logo 0', () => {
    const bridge = computeBridge('Jan 2026', 'Feb 2026', [account('A', 500, 0)]);
    expect([bridge.grr, bridge.nrr, bridge.logoRetention]).toEqual([0, 0, 0]);
  });

  it('expansion lifts NRR above 100% but never GRR', () => {
    // 100 → 300: GRR = (100 − 0 − 0) / 100 = 1, NRR = (100 + 200) / 100 = 3
    const bridge = computeBridge('Jan 2026', 'Feb 2026', [account('A', 100, 300)]);
    expect([bridge.grr, bridge.nrr, bridge.logoRetention]).toEqual([1, 3, 1]);
  });

  it('new accounts do not count in NRR or logo retention', () => {
    // A flat at 100, B new with 900: NRR = 100 / 100, logo = (2 − 1) / 1
    const bridge = computeBridge('Jan 2026', 'Feb 2026', [
      account('A', 100, 100),
      account('B', 0, 900),
    ]);
    expect([bridge.grr, bridge.nrr, bridge.logoRetention]).toEqual([1, 1, 1]);
  });
});
