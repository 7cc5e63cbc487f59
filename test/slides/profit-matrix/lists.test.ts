/**
 * The profit matrix's lists are built in single passes (per-account product totals without
 * grouping maps, cell account counts from bit sets, lines bucketed once). These properties compare
 * them with the plain definitions on random sales — names that differ only in case or accents,
 * revenue ties, products bought twice by one account, lines of an account not next to each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SalesLine } from '../../../src/model/sales.js';
import {
  analyseProfitMatrix,
  DEFAULT_PROFIT_MATRIX_PARAMS,
} from '../../../src/slides/profit-matrix/analyse.js';
import { modelWithSales, salesData, type LineSpec } from './fixtures.js';

const NAMES = ['Émile', 'emile', 'Emile', 'Zoë', 'zoe', 'Ana', 'ana', 'Ángel'];
const PRODUCTS = ['Platform', 'platform', 'Éclair', 'Eclair', 'Services', 'Support'];

const accounts = NAMES.map((name, index): [string, string] => [`K${index % 3}${index}`, name]);

const line = fc.tuple(
  fc.constantFrom(...accounts.map(([id]) => id)),
  fc.constantFrom(...PRODUCTS),
  fc.constantFrom(0, 100, 250, 250.5, 1000),
  fc.constantFrom(-50, 0, 40, 100, 100.25),
);

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** Lines grouped by a key, in order of first appearance (the plain definition). */
function grouped(lines: readonly SalesLine[], key: (line: SalesLine) => string) {
  const groups = new Map<string, SalesLine[]>();
  for (const item of lines) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const sum = (lines: readonly SalesLine[], value: (line: SalesLine) => number) =>
  lines.reduce((total, item) => total + value(item), 0);

describe('profit-matrix lists against their plain definitions', () => {
  it('products per account, cell account counts and category totals', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (specs: LineSpec[]) => {
        const sales = salesData(specs);
        const result = analyseProfitMatrix(
          modelWithSales(accounts, sales),
          DEFAULT_PROFIT_MATRIX_PARAMS,
        );
        const customerCategory = new Map(result.customers.map((c) => [c.id, c.category]));
        const productCategory = new Map(result.products.map((p) => [p.name, p.category]));

        for (const customer of result.customers) {
          const own = sales.lines.filter((item) => item.accountId === customer.id);
          const expected = [...grouped(own, (item) => item.product)]
            .map(([product, productLines]) => ({
              product,
              revenue: sum(productLines, (item) => item.revenue),
              profit: sum(productLines, (item) => item.grossProfit),
            }))
            .sort((a, b) => b.revenue - a.revenue || byName(a.product, b.product));
          expect(
            customer.products.map(({ product, revenue, profit }) => ({ product, revenue, profit })),
          ).toEqual(expected);
        }

        const order = [...result.customers].sort(
          (a, b) => b.profit - a.profit || byName(a.name, b.name) || byName(a.id, b.id),
        );
        expect(result.customers.map((c) => c.id)).toEqual(order.map((c) => c.id));

        for (const cell of result.cells) {
          const own = sales.lines.filter(
            (item) =>
              customerCategory.get(item.accountId) === cell.customer &&
              productCategory.get(item.product) === cell.product,
          );
          expect(cell.accounts).toBe(new Set(own.map((item) => item.accountId)).size);
          expect(cell.revenue).toBe(sum(own, (item) => item.revenue));
          expect(cell.profit).toBe(sum(own, (item) => item.grossProfit));
        }
        for (const total of result.customerTotals) {
          const own = sales.lines.filter(
            (i) => customerCategory.get(i.accountId) === total.category,
          );
          expect(total.profit).toBe(sum(own, (item) => item.grossProfit));
        }
        for (const product of result.products) {
          const own = sales.lines.filter((item) => item.product === product.name);
          expect(product.accounts).toBe(new Set(own.map((item) => item.accountId)).size);
        }
      }),
      { numRuns: 300 },
    );
  });
});
