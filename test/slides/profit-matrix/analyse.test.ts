import { describe, expect, it } from 'vitest';
import {
  analyseProfitMatrix,
  DEFAULT_PROFIT_MATRIX_PARAMS,
  type ProfitMatrixParams,
  type ProfitMatrixResult,
} from '../../../src/slides/profit-matrix/analyse.js';
import {
  largeModel,
  modelWithSales,
  salesData,
  SMALL_ACCOUNTS,
  SMALL_LINES,
  smallModel,
} from './fixtures.js';

const params = DEFAULT_PROFIT_MATRIX_PARAMS;
const cumulative: ProfitMatrixParams = {
  ...params,
  customerMethod: 'cumulative',
  productMethod: 'cumulative',
};

function cell(result: ProfitMatrixResult, key: string) {
  const found = result.cells.find((c) => `${c.customer}${c.product}` === key);
  if (found === undefined) throw new Error(`no cell ${key}`);
  return found;
}

describe('analyseProfitMatrix: the small model by hand', () => {
  const result = analyseProfitMatrix(smallModel(), params);

  it('totals every line: revenue 3100, gross profit 1320', () => {
    expect(result.total).toEqual({
      revenue: 3100,
      profit: 1320,
      margin: 1320 / 3100,
      accounts: 4,
      products: 4,
      lines: 7,
    });
  });

  it('ranks accounts by gross profit; quartiles of the 3 profitable ones, the loss-maker in D', () => {
    // K1 800, K2 520, K3 60 → sizes 1, 1, 1, 0; K4 −60 is a loss → D.
    expect(result.customers.map((c) => [c.id, c.profit, c.category, c.rank])).toEqual([
      ['K1', 800, 'A', 1],
      ['K2', 520, 'B', 2],
      ['K3', 60, 'C', 3],
      ['K4', -60, 'D', 4],
    ]);
    expect(result.customerBasis).toBe('quartile');
  });

  it('ranks products by margin; the loss-making product is 4', () => {
    // Platform 1120/1600 = 70%, Training 100/200 = 50%, Services 180/900 = 20%, Upgrade −80/400.
    expect(result.products.map((p) => [p.name, p.margin, p.category, p.accounts])).toEqual([
      ['Platform', 0.7, 1, 2],
      ['Training', 0.5, 2, 1],
      ['Services', 0.2, 3, 2],
      ['Upgrade', -0.2, 4, 2],
    ]);
  });

  it.each([
    // [cell, revenue, profit, margin, accounts]
    ['A1', 1000, 700, 0.7, 1],
    ['A3', 500, 100, 0.2, 1],
    ['B1', 600, 420, 0.7, 1],
    ['B2', 200, 100, 0.5, 1],
    ['C3', 400, 80, 0.2, 1],
    ['C4', 100, -20, -0.2, 1],
    ['D4', 300, -60, -0.2, 1],
  ])(
    'cell %s holds revenue %d, profit %d, margin %d, %d account',
    (key, revenue, profit, margin, accounts) => {
      const found = cell(result, key);
      expect(found).toMatchObject({ revenue, profit, accounts });
      expect(found.margin).toBeCloseTo(margin, 12);
      expect(found.profitShare).toBeCloseTo(profit / 1320, 12);
    },
  );

  it('leaves the other nine cells empty: no margin, no accounts', () => {
    const empty = result.cells.filter((c) => c.margin === undefined);
    expect(empty.map((c) => `${c.customer}${c.product}`)).toEqual([
      'A2',
      'A4',
      'B3',
      'B4',
      'C1',
      'C2',
      'D1',
      'D2',
      'D3',
    ]);
    expect(empty.every((c) => c.revenue === 0 && c.accounts === 0)).toBe(true);
  });

  it('sums category rows and columns', () => {
    expect(result.customerTotals.map((t) => [t.category, t.count, t.revenue, t.profit])).toEqual([
      ['A', 1, 1500, 800],
      ['B', 1, 800, 520],
      ['C', 1, 500, 60],
      ['D', 1, 300, -60],
    ]);
    expect(result.productTotals.map((t) => [t.category, t.count, t.revenue, t.profit])).toEqual([
      [1, 1, 1600, 1120],
      [2, 1, 200, 100],
      [3, 1, 900, 180],
      [4, 1, 400, -80],
    ]);
    // A: 800 / 1320 of profit, 1500 / 3100 of revenue.
    expect(result.customerTotals[0]?.profitShare).toBeCloseTo(800 / 1320, 12);
    expect(result.customerTotals[0]?.revenueShare).toBeCloseTo(1500 / 3100, 12);
  });

  it('lists the products of each account by revenue, with their category', () => {
    expect(result.customers[0]?.products.map((p) => [p.product, p.category, p.revenue])).toEqual([
      ['Platform', 1, 1000],
      ['Services', 3, 500],
    ]);
  });

  it('names the accounts without Sales lines', () => {
    expect(result.accountsWithoutSales).toEqual([{ id: 'K5', name: 'Echo' }]);
  });
});

describe('analyseProfitMatrix: cumulative cuts', () => {
  it('cuts customers at 50/80/95% of cumulative profit among the profitable', () => {
    // Profitable total 800 + 520 + 60 = 1380. Before: K1 0 → A; K2 800/1380 = 0.58 → B;
    // K3 1320/1380 = 0.957 ≥ 0.95 → D; K4 loss → D.
    const result = analyseProfitMatrix(smallModel(), cumulative);
    expect(result.customers.map((c) => c.category)).toEqual(['A', 'B', 'D', 'D']);
    expect(result.customerBasis).toBe('cumulative');
  });

  it('ranks products by margin and cuts them by cumulative profit', () => {
    // Order by margin: Platform 1120, Training 100, Services 180 (total 1400). Before: 0 → 1;
    // 1120/1400 = 0.80 → not below 0.80 → 3; 1220/1400 = 0.871 → 3; Upgrade loss → 4.
    const result = analyseProfitMatrix(smallModel(), cumulative);
    expect(result.products.map((p) => [p.name, p.category])).toEqual([
      ['Platform', 1],
      ['Training', 3],
      ['Services', 3],
      ['Upgrade', 4],
    ]);
  });

  it('takes configurable cuts', () => {
    // Cuts 60/97/99%: K2 before 0.58 < 0.60 → A; K3 before 0.957 < 0.97 → B.
    const result = analyseProfitMatrix(smallModel(), {
      ...cumulative,
      customerCutA: 0.6,
      customerCutB: 0.97,
      customerCutC: 0.99,
    });
    expect(result.customers.map((c) => c.category)).toEqual(['A', 'A', 'B', 'D']);
    expect(result.customerCuts).toEqual([0.6, 0.97, 0.99]);
  });
});

describe('analyseProfitMatrix: given categories and scope', () => {
  it('uses the categories the Sales sheet gives instead of computing them', () => {
    const model = smallModel({
      productCategories: { Platform: 2, Training: 1, Services: 4, Upgrade: 3 },
      customerCategories: { K1: 'B', K2: 'A', K3: 'A', K4: 'C' },
    });
    const result = analyseProfitMatrix(model, params);
    expect(result.customerBasis).toBe('given');
    expect(result.productBasis).toBe('given');
    // K2 Training 200/100 is A × 1; K1 Platform 1000/700 is B × 2.
    expect(cell(result, 'A1')).toMatchObject({ revenue: 200, profit: 100, accounts: 1 });
    expect(cell(result, 'B2')).toMatchObject({ revenue: 1000, profit: 700, accounts: 1 });
    // A × 4 gathers Services of K3 (400/80): A holds K2 and K3.
    expect(cell(result, 'A4')).toMatchObject({ revenue: 400, profit: 80, accounts: 1 });
  });

  it('counts only the accounts of the model (a batch deck for some accounts)', () => {
    const model = modelWithSales(SMALL_ACCOUNTS.slice(1), salesData(SMALL_LINES));
    const result = analyseProfitMatrix(model, params);
    // Without K1: revenue 3100 − 1500 = 1600, profit 1320 − 800 = 520.
    expect(result.total.revenue).toBe(1600);
    expect(result.total.profit).toBe(520);
    expect(result.customers.map((c) => c.id)).toEqual(['K2', 'K3', 'K4']);
  });

  it('counts an account once per cell even with several lines there', () => {
    const model = modelWithSales(
      [['K1', 'Alpha']],
      salesData([
        ['K1', 'Platform', 100, 60],
        ['K1', 'Platform', 50, 30],
        ['K1', 'Add-on', 10, 7],
      ]),
    );
    const result = analyseProfitMatrix(model, params);
    // One account, two products: Add-on 70% → 1, Platform 60% → 2 (two products: sizes 1, 1).
    expect(cell(result, 'A1')).toMatchObject({ revenue: 10, profit: 7, accounts: 1 });
    expect(cell(result, 'A2')).toMatchObject({ revenue: 150, profit: 90, accounts: 1 });
  });
});

describe('analyseProfitMatrix: edge cases', () => {
  it('handles no lines: empty cells and zero totals', () => {
    const result = analyseProfitMatrix(modelWithSales(SMALL_ACCOUNTS, salesData([])), params);
    expect(result.total).toMatchObject({ revenue: 0, profit: 0, margin: 0, accounts: 0 });
    expect(result.cells.every((c) => c.margin === undefined)).toBe(true);
    expect(result.accountsWithoutSales).toHaveLength(5);
  });

  it('reads a line with no revenue and a loss as a −100% margin', () => {
    const model = modelWithSales([['K1', 'Alpha']], salesData([['K1', 'Free pilot', 0, -500]]));
    const result = analyseProfitMatrix(model, params);
    expect(result.customers[0]?.category).toBe('D');
    expect(cell(result, 'D4').margin).toBe(-1);
  });

  it('keeps everything consistent at 300 accounts', () => {
    const result = analyseProfitMatrix(largeModel(300), params);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(result.total.accounts).toBe(300);
    expect(sum(result.cells.map((c) => c.revenue))).toBeCloseTo(result.total.revenue, 3);
    expect(sum(result.cells.map((c) => c.profit))).toBeCloseTo(result.total.profit, 3);
    expect(sum(result.customerTotals.map((t) => t.count))).toBe(300);
    expect(sum(result.productTotals.map((t) => t.count))).toBe(8);
    // A cell never has more accounts than its customer category.
    for (const c of result.cells) {
      const row = result.customerTotals.find((t) => t.category === c.customer);
      expect(c.accounts).toBeLessThanOrEqual(row?.count ?? 0);
    }
    // Loss-makers are D; the others split by quartile.
    const losses = result.customers.filter((c) => c.profit < 0);
    expect(losses.length).toBeGreaterThan(0);
    expect(losses.every((c) => c.category === 'D')).toBe(true);
    expect(result.customerTotals[0]?.count).toBe(Math.ceil((300 - losses.length) / 4));
  });

  it('does not depend on line order', () => {
    const reversed = modelWithSales(SMALL_ACCOUNTS, salesData([...SMALL_LINES].reverse()));
    const a = analyseProfitMatrix(smallModel(), params);
    const b = analyseProfitMatrix(reversed, params);
    expect(b.cells).toEqual(a.cells);
    expect(b.customers.map((c) => [c.id, c.category])).toEqual(
      a.customers.map((c) => [c.id, c.category]),
    );
  });
});
