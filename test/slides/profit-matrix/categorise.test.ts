import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categorise,
  quartileSizes,
  type CategorisedItem,
  type CutMethod,
} from '../../../src/slides/profit-matrix/categorise.js';

/** Items named N1, N2, … with profit as both ranking value and weight (the customer case). */
function byProfit(profits: readonly number[]): CategorisedItem[] {
  return profits.map((profit, index) => ({
    id: `N${index + 1}`,
    name: `N${index + 1}`,
    rankValue: profit,
    profit,
  }));
}

function groupsOf(
  items: readonly CategorisedItem[],
  method: CutMethod,
  cuts?: [number, number, number],
) {
  const groups = categorise(items, method, cuts);
  return items.map((item) => groups.get(item.id));
}

describe('quartileSizes', () => {
  it.each([
    [0, [0, 0, 0, 0]],
    [1, [1, 0, 0, 0]],
    [3, [1, 1, 1, 0]],
    [4, [1, 1, 1, 1]],
    [5, [2, 1, 1, 1]],
    [6, [2, 2, 1, 1]],
    [7, [2, 2, 2, 1]],
    [8, [2, 2, 2, 2]],
    [40, [10, 10, 10, 10]],
    [301, [76, 75, 75, 75]],
  ])('%i items → %j (larger groups first)', (count, sizes) => {
    expect(quartileSizes(count)).toEqual(sizes);
  });
});

describe('categorise by quartile', () => {
  it('cuts 8 items ranked by profit into groups of 2', () => {
    expect(groupsOf(byProfit([10, 50, 3, 40, 30, 20, 5, 1]), 'quartile')).toEqual([
      2, 0, 3, 0, 1, 1, 2, 3,
    ]);
  });

  it('breaks ties by name, not by input order', () => {
    const items: CategorisedItem[] = [
      { id: 'x2', name: 'Zeta', rankValue: 30, profit: 30 },
      { id: 'x4', name: 'Last', rankValue: 10, profit: 10 },
      { id: 'x1', name: 'Alpha', rankValue: 30, profit: 30 },
      { id: 'x3', name: 'Top', rankValue: 40, profit: 40 },
    ];
    // Order: Top 40, Alpha 30, Zeta 30, Last 10 → one per group.
    const groups = categorise(items, 'quartile');
    expect(['x3', 'x1', 'x2', 'x4'].map((id) => groups.get(id))).toEqual([0, 1, 2, 3]);
    expect(categorise([...items].reverse(), 'quartile')).toEqual(groups);
  });

  it('puts loss-makers in the last group and cuts the others alone', () => {
    // Non-loss 100, 80, 60, 40, 20: five items → sizes 2, 1, 1, 1; −5 is a loss → 3.
    expect(groupsOf(byProfit([100, 80, 60, 40, 20, -5]), 'quartile')).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it('keeps zero profit out of the loss rule: it ranks last among the others', () => {
    expect(groupsOf(byProfit([0, 100, 50, 20]), 'quartile')).toEqual([3, 0, 1, 2]);
  });

  it('handles a single item and no items', () => {
    expect(groupsOf(byProfit([42]), 'quartile')).toEqual([0]);
    expect(categorise([], 'quartile').size).toBe(0);
  });
});

describe('categorise by cumulative profit', () => {
  it('uses the share before each item: 50/20/15/10/5 with cuts 50/80/95%', () => {
    // Shares before: 0, 0.50, 0.70, 0.85, 0.95. 0 < 0.5 → 0; 0.50 < 0.8 → 1; 0.70 < 0.8 → 1;
    // 0.85 < 0.95 → 2; 0.95 is not below 0.95 → 3.
    expect(groupsOf(byProfit([50, 20, 15, 10, 5]), 'cumulative')).toEqual([0, 1, 1, 2, 3]);
  });

  it('takes configurable cuts: 60/90/99%', () => {
    // Shares before: 0, 0.50, 0.70, 0.85, 0.95 → 0, 0, 1, 1, 2.
    expect(groupsOf(byProfit([50, 20, 15, 10, 5]), 'cumulative', [0.6, 0.9, 0.99])).toEqual([
      0, 0, 1, 1, 2,
    ]);
  });

  it('shares are of the profitable items only; losses and zero profit go last', () => {
    // Total of the profitable: 60 + 40 = 100. 60: before 0 → 0; 40: before 0.6 → 1.
    expect(groupsOf(byProfit([60, 40, -30, 0]), 'cumulative')).toEqual([0, 1, 3, 3]);
  });

  it('ranks products by margin but weighs them by profit', () => {
    const items: CategorisedItem[] = [
      { id: 'p1', name: 'High margin, small', rankValue: 0.7, profit: 10 },
      { id: 'p2', name: 'Mid margin, large', rankValue: 0.5, profit: 60 },
      { id: 'p3', name: 'Low margin', rankValue: 0.3, profit: 30 },
    ];
    // Total 100. p1 before 0 → 0; p2 before 0.10 → 0; p3 before 0.70 → 1.
    const groups = categorise(items, 'cumulative');
    expect(items.map((item) => groups.get(item.id))).toEqual([0, 0, 1]);
  });

  it('puts everything last when nobody makes a profit', () => {
    expect(groupsOf(byProfit([0, 0, -1]), 'cumulative')).toEqual([3, 3, 3]);
  });
});

describe('categorise: properties', () => {
  const profits = fc.array(fc.integer({ min: -1000, max: 100_000 }), { maxLength: 120 });
  const method = fc.constantFrom<CutMethod>('quartile', 'cumulative');

  it('gives every item exactly one group, 0–3, and loss-makers 3', () => {
    fc.assert(
      fc.property(profits, method, (values, how) => {
        const items = byProfit(values);
        const groups = categorise(items, how);
        expect(groups.size).toBe(items.length);
        for (const item of items) {
          const group = groups.get(item.id);
          expect([0, 1, 2, 3]).toContain(group);
          if (item.profit < 0) expect(group).toBe(3);
        }
      }),
    );
  });

  it('never puts a more profitable item in a worse group', () => {
    fc.assert(
      fc.property(profits, method, (values, how) => {
        const items = byProfit(values);
        const groups = categorise(items, how);
        for (const a of items)
          for (const b of items)
            if (a.profit > b.profit)
              expect(groups.get(a.id)).toBeLessThanOrEqual(groups.get(b.id) ?? 3);
      }),
      { numRuns: 60 },
    );
  });

  it('quartile groups of the profitable items differ in size by at most one', () => {
    fc.assert(
      fc.property(profits, (values) => {
        const items = byProfit(values).filter((item) => item.profit >= 0);
        const groups = categorise(items, 'quartile');
        const sizes = [0, 1, 2, 3].map((g) => [...groups.values()].filter((v) => v === g).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes).toEqual(quartileSizes(items.length));
      }),
    );
  });
});
