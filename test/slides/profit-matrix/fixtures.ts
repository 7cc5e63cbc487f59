/** Models with Sales lines for profit-matrix tests: a hand-checked small one and a large seeded one. */
import type { KamModel } from '../../../src/model/model.js';
import type { SalesData, SalesLine } from '../../../src/model/sales.js';
import { makeModel, seededRandom } from '../../helpers/model.js';

/** [account ID, product, revenue, gross profit] */
export type LineSpec = [string, string, number, number];

export function salesData(lines: readonly LineSpec[], extra: Partial<SalesData> = {}): SalesData {
  return {
    sheet: 'Sales',
    lines: lines.map(([accountId, product, revenue, grossProfit], index): SalesLine => ({
      accountId,
      product,
      revenue,
      grossProfit,
      row: index + 2,
    })),
    ...extra,
  };
}

export function modelWithSales(
  accounts: readonly [string, string][],
  sales: SalesData | undefined,
): KamModel {
  const model = makeModel(
    ['FY2026'],
    accounts.map(([id, name]) => ({ id, name, revenue: [0] })),
  );
  return sales === undefined ? model : { ...model, sales };
}

export const SMALL_ACCOUNTS: [string, string][] = [
  ['K1', 'Alpha'],
  ['K2', 'Bravo'],
  ['K3', 'Charlie'],
  ['K4', 'Delta'],
  ['K5', 'Echo'],
];

/**
 * By hand: products Platform 1600/1120 (70%), Training 200/100 (50%), Services 900/180 (20%),
 * Upgrade 400/−80 (loss); accounts K1 1500/800, K2 800/520, K3 500/60, K4 300/−60 (loss),
 * K5 no lines. Total revenue 3100, gross profit 1320.
 */
export const SMALL_LINES: LineSpec[] = [
  ['K1', 'Platform', 1000, 700],
  ['K1', 'Services', 500, 100],
  ['K2', 'Platform', 600, 420],
  ['K2', 'Training', 200, 100],
  ['K3', 'Services', 400, 80],
  ['K3', 'Upgrade', 100, -20],
  ['K4', 'Upgrade', 300, -60],
];

export function smallModel(extra: Partial<SalesData> = {}): KamModel {
  return modelWithSales(SMALL_ACCOUNTS, salesData(SMALL_LINES, extra));
}

export const LONG_ACCOUNT_NAME =
  'Consolidated Regional Hospital Networks of the Northern Provinces Holding Company';

const PRODUCTS: [string, number][] = [
  ['EHR Cloud Suite', 0.72],
  ['Claims Analytics', 0.66],
  ['Clinical Trials Hub', 0.6],
  ['Population Health', 0.55],
  ['Premium Support', 0.47],
  ['Imaging Archive', 0.38],
  ['Integration Services', 0.22],
  ['Data Migration Services with a Very Long Product Name', 0.05],
];

/** `count` accounts buying 2 to all of the products (8 by default) with skewed revenue; a few lose money. */
export function largeModel(count = 300, products = PRODUCTS): KamModel {
  const random = seededRandom(count);
  const accounts: [string, string][] = Array.from({ length: count }, (_, index) => [
    `A${index + 1}`,
    index % 25 === 0
      ? `${LONG_ACCOUNT_NAME} ${index + 1}`
      : `Account ${String(index + 1).padStart(3, '0')}`,
  ]);
  const lines: LineSpec[] = accounts.flatMap(([id], index) => {
    const size = 5_000_000 / (index + 1) ** 1.1;
    const bought = 2 + Math.floor(random() * (products.length - 1));
    return products.slice(0, bought).map(([product, margin], p): LineSpec => {
      const revenue = Math.round((size * (0.3 + random())) / (p + 1));
      const lossy = index % 37 === 5;
      return [
        id,
        product,
        revenue,
        Math.round(revenue * (lossy ? -0.2 : margin - 0.05 + random() * 0.1)),
      ];
    });
  });
  return modelWithSales(accounts, salesData(lines));
}
